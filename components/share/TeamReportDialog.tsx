import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { teamSources } from '../../lib/db/queries';
import type { Conference } from '../../lib/model/schema';
import type { ColleagueLayer } from '../../lib/model/colleague';
import { teamReport } from '../../lib/export/team-report';
import { ConferenceSelect } from '../ui/ConferenceSelect';
import { Dialog } from '../ui/Dialog';
import { downloadText } from '../ui/download';
import { copyText } from '../ui/clipboard';
import { useLive } from '../hooks/use-live';
import { loadShareProfile } from './share-profile';
import './share.css';
import { conferenceOrId } from '../../lib/model/conference';

interface Props {
  conferences: readonly Conference[];
  layers: readonly ColleagueLayer[];
  onClose: () => void;
}

/** One Markdown report of colleagues' picks and the user's own notes, grouped by day or tag, every note attributed. */
export function TeamReportDialog({ conferences, layers, onClose }: Props) {
  const withLayers = [...new Set(layers.map((l) => l.conference))];
  const [conference, setConference] = useState(withLayers[0] ?? conferences[0]?.id ?? '');
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set(layers.filter((l) => l.hidden).map((l) => l.id)));
  const [mine, setMine] = useState(true);
  const [myName, setMyName] = useState('Me');
  const [groupBy, setGroupBy] = useState<'day' | 'tag'>('day');
  const [status, setStatus] = useState('');
  const data = useLive(() => teamSources(getDb(), conference), [conference]);
  const theirs = layers.filter((l) => l.conference === conference);
  const chosen = theirs.filter((l) => !left.has(l.id));
  const info = conferenceOrId(conference, conferences.find((c) => c.id === conference));
  const ids = [...new Set([...withLayers, ...conferences.map((c) => c.id)])];

  useEffect(() => {
    // The stored name replaces only the default, never a name typed before it was read.
    void loadShareProfile().then((p) => p.name && setMyName((typed) => (typed === 'Me' ? p.name : typed)), () => undefined);
  }, []);
  const report = useMemo(
    () => (data.status === 'ready' ? teamReport({ conference: info, ...data.value, layers: chosen }, { groupBy, myName: mine ? myName.trim() || 'Me' : undefined }) : ''),
    [data, info, chosen.map((l) => l.id).join(), groupBy, mine, myName],
  );
  const filename = `talkmarks-team-${info.event}.md`;

  return (
    <Dialog
      class="tm-dialog tm-team"
      titleId="tm-team-title"
      title="Team report"
      status={status}
      onClose={onClose}
      actions={
        <>
          <button type="button" disabled={!report} onClick={() => copyText(report).then(() => setStatus('Copied the team report.'), (e: unknown) => setStatus(`Could not copy: ${String(e)}`))}>
            Copy Markdown
          </button>
          <button type="button" disabled={!report} onClick={() => (downloadText(filename, report, 'text/markdown'), setStatus('Team report downloaded.'))}>
            Download team report
          </button>
        </>
      }
    >
      <ConferenceSelect conferences={ids.map((id) => conferenceOrId(id, conferences.find((c) => c.id === id)))} value={conference} onChange={setConference} />
      <fieldset>
        <legend>Whose picks</legend>
        <label class="tm-check">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
          My own picks and notes
        </label>
        {mine && (
          <label class="tm-field">
            <span>My name in the report</span>
            <input value={myName} maxLength={60} onInput={(e) => setMyName(e.currentTarget.value)} />
          </label>
        )}
        {theirs.map((l) => (
          <label key={l.id} class="tm-check">
            <input
              type="checkbox"
              checked={!left.has(l.id)}
              onChange={(e) => {
                const next = new Set(left);
                if (e.currentTarget.checked) next.delete(l.id);
                else next.add(l.id);
                setLeft(next);
              }}
            />
            <span class="tm-name">{l.name}</span> ({l.picks.length})
          </label>
        ))}
        {!theirs.length && <p class="tm-hint">No colleague has shared picks of this conference with you yet.</p>}
      </fieldset>
      <label class="tm-field">
        <span>Group by</span>
        <select value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as 'day' | 'tag')}>
          <option value="day">Day</option>
          <option value="tag">Tag</option>
        </select>
      </label>
      {data.status === 'error' && <p role="alert">Could not read your notes: {data.error}</p>}
      <pre tabIndex={0} aria-label="Team report preview">
        {report}
      </pre>
    </Dialog>
  );
}
