import type { ParsedSchedule } from '../../lib/schedules';
import { scheduleFormats } from '../../lib/schedules';
import { ZoneSelect } from './ZoneSelect';
import { ImportDiffView } from './ImportDiffView';
import type { ImportDiff } from '../../lib/db/import-diff';

interface Props {
  parsed: ParsedSchedule;
  from: string;
  name: string;
  onName: (name: string) => void;
  onZone: (zone: string) => void;
  onImport: () => void;
  onCancel: () => void;
  busy: boolean;
  /** What the file changes against the last import of the same conference. */
  diff?: ImportDiff;
}

/** What a file holds, before anything is stored: the user checks the name and, where the file does not say, the zone. */
export function ScheduleImportPreview({ parsed, from, name, onName, onZone, onImport, onCancel, busy, diff }: Props) {
  const { entries, zone, skipped, notes } = parsed;
  const timed = entries.filter((e) => e.start).length;
  return (
    <section class="tm-preview" aria-label="Schedule to import">
      <p>
        <strong>{scheduleFormats[parsed.format]}</strong> from <span class="tm-from">{from}</span>: {entries.length} sessions
        {timed < entries.length ? ` (${entries.length - timed} without a time)` : ''}
        {skipped.length ? `; left out: ${skipped.map((s) => `${s.count} ${s.what}`).join(', ')}` : ''}.
      </p>
      <label class="tm-field">
        <span>Conference name</span>
        <input type="text" value={name} onInput={(e) => onName(e.currentTarget.value)} />
      </label>
      {zone.source === 'file' ? (
        <p class="tm-muted">Time zone: {zone.note}.</p>
      ) : (
        <div class={zone.affectsTimes ? 'tm-zone tm-attention' : 'tm-zone'}>
          <ZoneSelect value={zone.timeZone} onChange={onZone} label="Time zone of the event" />
          <p class="tm-muted">{zone.affectsTimes ? 'The file’s times have no zone: they are read in this zone. ' : ''}Now: {zone.note}.</p>
        </div>
      )}
      {diff && <ImportDiffView diff={diff} />}
      {notes.length > 0 && (
        <ul class="tm-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div class="tm-actions">
        <button type="button" class="tm-primary" disabled={busy || entries.length === 0} onClick={onImport}>
          Import {entries.length} sessions
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
