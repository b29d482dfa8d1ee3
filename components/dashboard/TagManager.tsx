import { useState } from 'preact/hooks';
import { tagCounts } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import { send } from '../../lib/protocol/send';
import { formatView } from '../../lib/search/dashboard-view';
import { useLive } from '../hooks/use-live';
import { normaliseTag } from '../../lib/model/keys';
import { errorMessage } from '../../lib/util/errors';
import { offerUndo } from '../ui/UndoToast';
import { Dialog } from '../ui/Dialog';
import { TagMenu, type TagAction } from './TagMenu';

/**
 * Every tag with how many sessions carry it, each a link to those sessions (the search filtered by it). Rename one,
 * or merge it into another, from its menu: across all sessions at once.
 */
export function TagManager() {
  const live = useLive(() => tagCounts(getDb()), []);
  const [editing, setEditing] = useState<{ tag: string; action: TagAction }>();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  if (live.status === 'loading') return <p class="tm-muted">Loading…</p>;
  if (live.status === 'error') return <p role="alert">Could not read your tags: {live.error}</p>;

  const tags = live.value.map(([t]) => t);
  const rename = async (from: string, to: string) => {
    try {
      const { changed, undo } = await send({ type: 'tags/rename', from: [from], to });
      const done = `${from} → ${normaliseTag(to)}: ${changed} sessions changed`;
      setStatus(done);
      if (changed) offerUndo(`${done}.`, undo);
    } catch (error) {
      setStatus(`Not changed: ${errorMessage(error)}`);
    }
  };
  const start = (tag: string, action: TagAction) => {
    setName(action === 'rename' ? tag : (tags.find((t) => t !== tag) ?? ''));
    setEditing({ tag, action });
  };
  if (!live.value.length) {
    return (
      <p class="tm-empty">
        No tags yet. Open a session&apos;s row with ▸ (here, in the popup or on its page), type a tag and press Enter; tick
        several sessions in <a href="#view=sessions">Sessions</a> to tag them at once. Tags then gather here, to rename or merge.
      </p>
    );
  }

  const renaming = editing?.action === 'rename';
  return (
    <section class="tm-tag-manager" aria-label="Tags">
      <ul class="tm-tag-list">
        {live.value.map(([tag, count]) => (
          <li key={tag}>
            <a href={formatView({ section: 'sessions', text: '', tag })} aria-label={`${tag}: ${count} ${count === 1 ? 'session' : 'sessions'}`}>
              #{tag}
            </a>
            <span class="tm-tag-count" aria-hidden="true">
              {count}
            </span>
            <TagMenu tag={tag} canMerge={tags.length > 1} onPick={(action) => start(tag, action)} />
          </li>
        ))}
      </ul>
      {editing && (
        <Dialog
          class="tm-dialog"
          titleId="tm-tag-edit-title"
          title={renaming ? `Rename #${editing.tag}` : `Merge #${editing.tag} into another tag`}
          onClose={() => setEditing(undefined)}
          actions={
            <button type="submit" form="tm-tag-edit" class="tm-primary" disabled={!name.trim() || normaliseTag(name) === editing.tag}>
              {renaming ? 'Rename' : 'Merge'}
            </button>
          }
        >
          <form
            id="tm-tag-edit"
            onSubmit={(e) => {
              e.preventDefault();
              void rename(editing.tag, name);
              setEditing(undefined);
            }}
          >
            {renaming ? (
              <label class="tm-field">
                <span>New name (an existing tag's name merges the two)</span>
                <input type="text" value={name} autofocus list="tm-tag-names" onInput={(e) => setName(e.currentTarget.value)} />
              </label>
            ) : (
              <label class="tm-field">
                <span>Merge into</span>
                <select value={name} autofocus onChange={(e) => setName(e.currentTarget.value)}>
                  {tags
                    .filter((t) => t !== editing.tag)
                    .map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                </select>
              </label>
            )}
            <datalist id="tm-tag-names">
              {tags.map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
          </form>
        </Dialog>
      )}
      <p role="status" class="tm-muted">
        {status}
      </p>
    </section>
  );
}
