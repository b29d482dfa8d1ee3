import { useMemo, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { storedConferences } from '../../lib/db/conferences';
import { groupBy } from '../../lib/model/display';
import { send } from '../../lib/protocol/send';
import type { ColleagueLayer } from '../../lib/model/colleague';
import { includedText, picksText, possessive } from '../../lib/share/words';
import { useLive } from '../hooks/use-live';
import { ColleagueJournal } from './ColleagueJournal';
import { ReceiveDialog } from './ReceiveDialog';
import { ShareButton } from './ShareButton';
import { TeamReportDialog } from './TeamReportDialog';
import { useColleagues } from './use-colleagues';
import './share.css';
import { conferenceOrId } from '../../lib/model/conference';
import { errorMessage } from '../../lib/util/errors';
import { offerUndo } from '../ui/UndoToast';

/** The browser's file picker, from an input that never joins the page: the dashboard keeps one file input (backups). */
function pickFile(onFile: (file: File) => void): void {
  const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.json,application/json' });
  input.addEventListener('change', () => input.files?.[0] && onFile(input.files[0]), { once: true });
  input.click();
}

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

function LayerRow({ layer, onStatus }: { layer: ColleagueLayer; onStatus: (text: string) => void }) {
  const act = (request: Parameters<typeof send>[0], done: string) =>
    send(request).then(
      () => onStatus(done),
      (e: unknown) => onStatus(`Could not do that: ${errorMessage(e)}`),
    );
  const who = possessive(layer.name);
  return (
    <li>
      <span>
        <span class="tm-name">{layer.name}</span>: {picksText(layer.picks.length)}, shared {day(layer.sharedAt)}, with {includedText(layer.include)}
        {layer.hidden && ' · hidden'}
      </span>
      <button type="button" aria-label={`${layer.hidden ? 'Show' : 'Hide'} ${who} picks`} onClick={() => void act({ type: 'colleagues/hide', id: layer.id, hidden: !layer.hidden }, `${layer.hidden ? 'Showing' : 'Hid'} ${who} picks.`)}>
        {layer.hidden ? 'Show' : 'Hide'}
      </button>
      <button
        type="button"
        aria-label={`Copy all to my notes: ${who} picks`}
        onClick={() =>
          void send({ type: 'colleagues/copy', id: layer.id }).then(
            ({ changed }) => onStatus(`Copied ${who} picks: ${changed} of your sessions changed.`),
            (e: unknown) => onStatus(`Could not copy: ${errorMessage(e)}`),
          )
        }
      >
        Copy all to my notes
      </button>
      <button
        type="button"
        aria-label={`Remove ${who} picks`}
        onClick={() =>
          void send({ type: 'colleagues/remove', id: layer.id }).then(
            ({ undo }) => offerUndo(`Removed ${who} picks.`, undo),
            (e: unknown) => onStatus(`Could not do that: ${errorMessage(e)}`),
          )
        }
      >
        Remove
      </button>
      <ColleagueJournal layer={layer} />
    </li>
  );
}

/** Colleagues: share one's own picks, open a colleague's file, their layers (hide, copy, remove) and the team report. */
export function ColleaguesPanel() {
  const { layers } = useColleagues();
  const stored = useLive(() => storedConferences(getDb()), []);
  const conferences = useMemo(() => (stored.status === 'ready' ? [...stored.value].sort((a, b) => b.seenAt - a.seenAt) : []), [stored]);
  const [file, setFile] = useState<File>();
  const [team, setTeam] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <section class="tm-data" aria-labelledby="tm-colleagues-title">
      <h2 id="tm-colleagues-title">Colleagues</h2>
      <p class="tm-muted">Send your picks as a link or file; open a colleague’s to see their picks beside yours. Nothing is sent anywhere by Talkmarks.</p>
      <div class="tm-actions">
        <ShareButton conferences={conferences} />
        <button type="button" onClick={() => pickFile(setFile)}>
          Open a shared picks file…
        </button>
        <button type="button" aria-haspopup="dialog" disabled={!layers.length && !conferences.length} onClick={() => setTeam(true)}>
          Team report…
        </button>
      </div>
      {[...groupBy(layers, (l) => l.conference)].map(([id, list]) => {
        const name = conferences.find((c) => c.id === id)?.name ?? list[0]!.conferenceName ?? conferenceOrId(id, undefined).name;
        return (
        <div key={id}>
          <h3>{name}</h3>
          <ul class="tm-layers" aria-label={`Colleagues’ picks for ${name}`}>
            {list.map((l) => (
              <LayerRow key={l.id} layer={l} onStatus={setStatus} />
            ))}
          </ul>
        </div>
        );
      })}
      <p class="tm-status" role="status" aria-live="polite">
        {status}
      </p>
      {file && <ReceiveDialog file={file} onClose={() => setFile(undefined)} />}
      {team && <TeamReportDialog conferences={conferences} layers={layers} onClose={() => setTeam(false)} />}
    </section>
  );
}
