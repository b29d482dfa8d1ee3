import type { ImportMessage, ImportRequest } from './backup-import-worker';
import { send } from '../../lib/protocol/send';
import ImportWorker from './backup-import-worker?worker';

export type ImportEnd = Exclude<ImportMessage, { type: 'progress' }>;
export type ImportProgress = Extract<ImportMessage, { type: 'progress' }>;

/**
 * Imports a backup file in a worker and reports progress; when something changed, the schedule tabs that show
 * its conferences are told. Resolves with how it ended, never rejects.
 */
export function importFile(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportEnd> {
  const worker = new ImportWorker();
  return new Promise<ImportEnd>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
      if (data.type === 'progress') return onProgress(data);
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ type: 'failed', error: event.message || 'the import worker stopped' });
    };
    const request: ImportRequest = { file, source: file.name };
    worker.postMessage(request);
  }).then(async (end) => {
    if (end.type === 'done' && end.result.added + end.result.updated > 0) {
      await send({ type: 'annotations/changed', conferences: end.conferences }).catch(() => undefined);
    }
    return end;
  });
}
