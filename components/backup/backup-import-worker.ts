/// <reference lib="webworker" />
import { importBackup, type BackupImportResult } from '../../lib/db/backup';
import { getDb } from '../../lib/db/database';
import { MAX_BACKUP_BYTES, readBackup, type Problem } from '../../lib/backup/read';
import { errorMessage } from '../../lib/util/errors';

/**
 * The backup import runs off the page's thread: reading a large file, JSON.parse and checking every record would
 * otherwise freeze the dashboard. The worker opens the same database (same origin); Dexie tells the pages.
 */
export type BackupImportRequest = { file: Blob; source: string };
export type BackupImportMessage =
  | { type: 'progress'; phase: 'reading' | 'checking' | 'writing'; done: number; total: number }
  | { type: 'refused'; problems: Problem[]; total: number }
  | { type: 'done'; result: BackupImportResult; conferences: string[] }
  | { type: 'failed'; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BackupImportMessage) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<BackupImportRequest>) => {
  try {
    const { file, source } = data;
    if (file.size > MAX_BACKUP_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      return post({ type: 'refused', problems: [{ where: 'file', message: `is ${mb(file.size)}; backups over ${mb(MAX_BACKUP_BYTES)} are refused` }], total: 1 });
    }
    post({ type: 'progress', phase: 'reading', done: 0, total: file.size });
    const text = await file.text();
    const read = readBackup(text, (done, total) => post({ type: 'progress', phase: 'checking', done, total }));
    if (!read.ok) return post({ type: 'refused', problems: read.problems, total: read.total });
    post({ type: 'progress', phase: 'writing', done: 0, total: read.backup.annotations.length + read.backup.ownItems.length });
    const result = await importBackup(getDb(), read.backup, source);
    post({ type: 'done', result, conferences: [...new Set(read.backup.annotations.map((a) => a.conference))] });
  } catch (error) {
    post({ type: 'failed', error: errorMessage(error) });
  }
};
