import { useRef, useState } from 'preact/hooks';
import { backupData, noteBackupTaken } from '../../lib/db/backup';
import { getDb } from '../../lib/db/database';
import { backupFilename, backupJson } from '../../lib/backup/write';
import { lastBackup } from '../../lib/db/meta';
import { downloadText } from '../ui/download';
import { useLive } from '../hooks/use-live';
import { importBackupFile } from './backup-import-client';
import { BackupImportDialog, type BackupImportRun } from './BackupImportDialog';
import { StorageStatus } from './StorageStatus';
import { useDbState } from '../dashboard/use-db-state';
import { errorMessage } from '../../lib/util/errors';

function LastBackup() {
  const last = useLive(() => lastBackup(getDb()), []);
  if (last.status !== 'ready') return null;
  const when = last.value ? new Date(last.value.at).toLocaleDateString(undefined, { dateStyle: 'medium' }) : 'never';
  return <span class="tm-muted">Last backup: {when}</span>;
}

/** Backup and backup import: every note can leave this browser as one file, and come back without losing anything. */
export function BackupPanel() {
  const state = useDbState();
  const picker = useRef<HTMLInputElement>(null);
  const [run, setRun] = useState<BackupImportRun>();
  const [error, setError] = useState('');

  const backup = async () => {
    try {
      const db = getDb();
      const data = await backupData(db);
      downloadText(backupFilename(new Date()), backupJson(data), 'application/json');
      if (state.status === 'ready') await noteBackupTaken(db, data.annotations.length);
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const startBackupImport = (file: File) => {
    setRun({ fileName: file.name });
    void importBackupFile(file, (progress) => setRun({ fileName: file.name, progress })).then((end) =>
      setRun({ fileName: file.name, end }),
    );
  };

  return (
    <section class="tm-data" aria-labelledby="tm-data-title">
      <h3 id="tm-data-title">Backup</h3>
      <StorageStatus />
      <div class="tm-actions">
        <button type="button" onClick={() => void backup()} disabled={state.status === 'unavailable'}>
          Backup (JSON)
        </button>
        <button type="button" onClick={() => picker.current?.click()} disabled={state.status !== 'ready'}>
          Import…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          aria-label="Backup file to import"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) startBackupImport(file);
          }}
        />
        <LastBackup />
      </div>
      {error && (
        <p class="tm-error" role="alert">
          Could not write the backup: {error}
        </p>
      )}
      {run && <BackupImportDialog run={run} onClose={() => setRun(undefined)} />}
    </section>
  );
}
