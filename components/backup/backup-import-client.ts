import type { BackupImportMessage, BackupImportRequest } from './backup-import-worker';
import { send } from '../../lib/protocol/send';
import BackupImportWorker from './backup-import-worker?worker';

export type BackupImportEnd = Exclude<BackupImportMessage, { type: 'progress' }>;
export type BackupImportProgress = Extract<BackupImportMessage, { type: 'progress' }>;

/**
 * Imports a backup file in a worker and reports progress; when something changed, the schedule tabs that show
 * its conferences are told. Resolves with how it ended, never rejects.
 */
export function importBackupFile(file: File, onProgress: (p: BackupImportProgress) => void): Promise<BackupImportEnd> {
  const worker = new BackupImportWorker();
  return new Promise<BackupImportEnd>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<BackupImportMessage>) => {
      if (data.type === 'progress') return onProgress(data);
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ type: 'failed', error: event.message || 'the import worker stopped' });
    };
    const request: BackupImportRequest = { file, source: file.name };
    worker.postMessage(request);
  }).then(async (end) => {
    if (end.type === 'done' && end.result.added + end.result.updated > 0) {
      await send({ type: 'annotations/changed', conferences: end.conferences }).catch(() => undefined);
    }
    return end;
  });
}
