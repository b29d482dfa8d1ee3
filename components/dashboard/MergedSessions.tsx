import { useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { recentMerges, undoMerge } from '../../lib/db/merges';
import type { MergeRecord } from '../../lib/db/merge-record';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../lib/util/errors';
import { useLive } from '../hooks/use-live';
import { useDbState } from './use-db-state';

const titleOf = (side: MergeRecord['before']['from'], key: string) => side.session?.title ?? key;

/**
 * Sessions a schedule page showed as one and Talkmarks merged (a note moved with them): each can be undone, which
 * puts both back as they were. Shown only when there is a merge to list.
 */
export function MergedSessions() {
  const live = useLive(() => recentMerges(getDb()), []);
  const db = useDbState();
  const [status, setStatus] = useState('');
  if (live.status !== 'ready' || !live.value.length) return null;

  const undo = async (merge: MergeRecord, names: string) => {
    try {
      const done = await undoMerge(getDb(), merge.id!);
      // Open tabs of that schedule learn the restored stars and notes from the background.
      if (done) await send({ type: 'annotations/changed', conferences: [done.conference] }).catch(() => undefined);
      setStatus(done ? `Undone: ${names} are two sessions again.` : 'Already undone.');
    } catch (error) {
      setStatus(`Not undone: ${errorMessage(error)}`);
    }
  };

  return (
    <section class="tm-merges" aria-labelledby="tm-merges-title">
      <h2 id="tm-merges-title">Merged sessions</h2>
      <ul>
        {live.value.map((merge) => {
          const from = titleOf(merge.before.from, merge.from);
          const into = titleOf(merge.before.into, '') || from;
          const names = `“${from}” and “${into}”`;
          return (
            <li key={merge.id}>
              “{from}” ({merge.from}) merged into “{into}” ({merge.into}) on {new Date(merge.at).toLocaleString()}
              {merge.pageUrl && <span class="tm-muted"> as shown by {merge.pageUrl}</span>}{' '}
              {merge.undoneAt === undefined ? (
                <button type="button" disabled={db.status !== 'ready'} onClick={() => void undo(merge, names)}>
                  Undo merge of {names}
                </button>
              ) : (
                <span class="tm-muted">undone {new Date(merge.undoneAt).toLocaleString()}</span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="tm-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
