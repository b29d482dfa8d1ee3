import { problemText } from '../../lib/backup/read';
import type { BackupImportEnd, BackupImportProgress } from './backup-import-client';
import { Dialog } from '../ui/Dialog';

export interface BackupImportRun {
  fileName: string;
  progress?: BackupImportProgress;
  end?: BackupImportEnd;
}

const n = (value: number) => value.toLocaleString('en');
const phases = { reading: 'Reading the file…', checking: 'Checking records', writing: 'Saving…' } as const;

function Progress({ progress }: { progress?: BackupImportProgress }) {
  const phase = progress?.phase ?? 'reading';
  const label = phase === 'checking' && progress ? `${phases.checking}: ${n(progress.done)} of ${n(progress.total)}` : phases[phase];
  return (
    <>
      <progress
        aria-label="Import progress"
        max={phase === 'checking' ? progress!.total || 1 : undefined}
        value={phase === 'checking' ? progress!.done : undefined}
      />
      <p role="status">{label}</p>
    </>
  );
}

function Outcome({ end }: { end: BackupImportEnd }) {
  if (end.type === 'failed') return <p role="alert">Nothing was changed: {end.error}</p>;
  if (end.type === 'refused') {
    return (
      <div role="alert">
        <p>
          Nothing was changed: this file has {end.total === 1 ? 'a problem' : `${n(end.total)} problems`}.
        </p>
        <ul class="tm-problems">
          {end.problems.map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
        {end.total > end.problems.length && <p>…and {n(end.total - end.problems.length)} more.</p>}
      </div>
    );
  }
  const r = end.result;
  const own = r.ownItems;
  return (
    <div role="status">
      <p>
        <span data-testid="tm-import-counts">
          {n(r.added)} added, {n(r.updated)} updated, {n(r.unchanged)} unchanged
        </span>
        {r.conflicts.length > 0 && `, ${n(r.conflicts.length)} with both notes kept`}.
      </p>
      {r.conflicts.length > 0 && (
        <>
          <p>These sessions had a different note on each side; both are in the note now, the imported one after a marked line:</p>
          <ul class="tm-problems">
            {r.conflicts.map((c) => (
              <li key={c.key}>{c.title}</li>
            ))}
          </ul>
        </>
      )}
      {own.added + own.updated + own.unchanged > 0 && (
        <p>
          Your own items (meetings, booth duty…):{' '}
          <span data-testid="tm-import-own-counts">
            {n(own.added)} added, {n(own.updated)} updated, {n(own.unchanged)} unchanged
          </span>
          {own.conflicts.length > 0 && `, ${n(own.conflicts.length)} with both notes kept`}.
        </p>
      )}
      {own.conflicts.length > 0 && (
        <>
          <p>These own items had a different note on each side; both are in the note now, the imported one after a marked line:</p>
          <ul class="tm-problems">
            {own.conflicts.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        </>
      )}
      {r.journals && (
        <p data-testid="tm-import-journals">
          Journals (per day and per conference): {n(r.journals.added)} added, {n(r.journals.updated)} updated,{' '}
          {n(r.journals.unchanged)} unchanged
          {r.journals.conflicts.length > 0 && `, ${n(r.journals.conflicts.length)} with both texts kept`}.
        </p>
      )}
      {r.templates && (
        <p data-testid="tm-import-templates">
          Notes-app templates: {n(r.templates.added)} added, {n(r.templates.unchanged)} unchanged
          {r.templates.kept.length > 0 && `; yours kept for ${r.templates.kept.join(', ')}`}.
        </p>
      )}
      <p>
        You now have <strong data-testid="tm-import-total">{n(r.total)}</strong> sessions with stars or notes
        {r.ownItemsTotal > 0 && (
          <>
            {' '}
            and <strong data-testid="tm-import-own-total">{n(r.ownItemsTotal)}</strong> own items
          </>
        )}
        . Schedule details: {n(r.sessions.added)} sessions and {n(r.conferences.added)} conferences added,{' '}
        {n(r.sessions.updated + r.conferences.updated)} refreshed.
      </p>
    </div>
  );
}

/** A modal that follows one backup import: progress while it runs, then what changed, or why nothing did. */
export function BackupImportDialog({ run, onClose }: { run: BackupImportRun; onClose: () => void }) {
  const running = !run.end;
  const title = running ? 'Importing' : run.end?.type === 'done' ? 'Imported' : 'Could not import';
  return (
    <Dialog
      class="tm-dialog"
      titleId="tm-backup-import-title"
      title={
        <>
          {title} {run.fileName}
        </>
      }
      busy={running}
      onClose={onClose}
    >
      {running ? <Progress progress={run.progress} /> : <Outcome end={run.end!} />}
    </Dialog>
  );
}
