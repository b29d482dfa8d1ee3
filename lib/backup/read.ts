import { BACKUP_FORMAT, BACKUP_VERSION, BackupHeader, backupLists, type Backup, type BackupData } from '../model/backup';
import type { OwnItem } from '../model/schema';
import { quote } from '../util/quote';
import { errorMessage } from '../util/errors';

/** Files larger than this are refused before they are read: a backup of 10,000 annotated talks is a few MB. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
/** Problems listed at most; the rest are counted. */
const MAX_LISTED = 100;

/** One thing wrong with a file: where (field path, entry index and key) and what. */
export interface Problem {
  where: string;
  message: string;
}

export type ReadResult =
  | { ok: true; backup: Backup }
  | { ok: false; problems: Problem[]; total: number };

export type Progress = (done: number, total: number) => void;

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

function mbytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function fail(where: string, message: string): ReadResult {
  return { ok: false, problems: [{ where, message }], total: 1 };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: ReadResult } {
  if (text.length > MAX_BACKUP_BYTES) {
    return { ok: false, result: fail('file', `is ${mbytes(text.length)}; backups over ${mbytes(MAX_BACKUP_BYTES)} are refused`) };
  }
  const body = text.replace(/^\ufeff/, '');
  if (!body.trim()) return { ok: false, result: fail('file', 'is empty') };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const reason = errorMessage(error);
    return { ok: false, result: fail('file', `is not JSON (${reason.slice(0, 200)})`) };
  }
}

type Header = { ok: true; version: number } | { ok: false; result: ReadResult };

function readHeader(value: unknown): Header {
  const refuse = (where: string, message: string): Header => ({ ok: false, result: fail(where, message) });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('file', `is JSON but not a Talkmarks backup: expected an object with "format": "${BACKUP_FORMAT}"`);
  }
  const header = BackupHeader.safeParse(value);
  if (header.success) {
    if (header.data.version > BACKUP_VERSION) {
      return refuse(
        'version',
        `is ${header.data.version}: this file was written by a newer Talkmarks, and this one reads backups up to version ${BACKUP_VERSION}. Update Talkmarks, then import it again`,
      );
    }
    return { ok: true, version: header.data.version };
  }
  const format = (value as Record<string, unknown>).format;
  if (format !== BACKUP_FORMAT) {
    return refuse('format', `is ${format === undefined ? 'missing' : quote(format)}: this is not a Talkmarks backup (expected "${BACKUP_FORMAT}")`);
  }
  const issue = header.error.issues[0]!;
  return refuse(pathText(issue.path).slice(1) || 'file', issue.message);
}

/** The ids a list of the file gives its records, valid or not: a record naming one is not told it is missing. */
function idsOf(list: unknown, idField: string): Set<unknown> {
  if (!Array.isArray(list)) return new Set();
  return new Set(list.map((r) => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>)[idField] : undefined)));
}

/**
 * Reads a backup file's text completely before anything is written: every record is checked on its own, and every
 * problem is reported with where it is (`annotations[12] "sched:kccnceu2026:2EsAI" .rating`). Never throws.
 * A version-1 file (before own items) reads as one with no own items; before version 3, with no journals; before
 * version 4, with no templates or note names.
 */
export function readBackup(text: string, onProgress?: Progress): ReadResult {
  const json = parseJson(text);
  return json.ok ? checkBackup(json.value, onProgress) : json.result;
}

/** The checks of readBackup on a value already parsed from JSON (a backup inside a sync device file). Never throws. */
export function checkBackup(value: unknown, onProgress?: Progress): ReadResult {
  const header = readHeader(value);
  if (!header.ok) return header.result;
  const file = value as Record<string, unknown>;
  const problems: Problem[] = [];
  let total = 0;
  const report = (where: string, message: string) => {
    total++;
    if (problems.length < MAX_LISTED) problems.push({ where, message });
  };
  const lists = backupLists.map(([name]) => file[name]);
  const count = lists.reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : 0), 0);
  const out: Record<string, unknown[]> = {};
  // An own item shows in the plan of its conference: the file must hold that conference too.
  const conferences = idsOf(file.conferences, 'id');
  let done = 0;
  backupLists.forEach(([name, schema, idField, since], i) => {
    const records = lists[i];
    out[name] = [];
    // A file older than the list holds none of its records.
    if (records === undefined && header.version < since) return;
    if (!Array.isArray(records)) {
      report(name, records === undefined ? 'is missing (expected a list)' : 'must be a list');
      return;
    }
    const seen = new Map<unknown, number>();
    records.forEach((record, index) => {
      const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[idField] : undefined;
      const at = `${name}[${index}]${typeof id === 'string' ? ` ${quote(id)}` : ''}`;
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(`${at}${pathText(issue.path)}`, issue.message);
      } else if (seen.has(id)) {
        report(at, `has the same ${idField} as ${name}[${seen.get(id)}]`);
      } else if ((name === 'ownItems' || name === 'journals') && !conferences.has((parsed.data as Pick<OwnItem, 'conference'>).conference)) {
        report(`${at}.conference`, `is ${quote((parsed.data as Pick<OwnItem, 'conference'>).conference)}, a conference this file does not hold`);
      } else {
        seen.set(id, index);
        out[name]!.push(parsed.data);
      }
      if (++done % 500 === 0) onProgress?.(done, count);
    });
  });
  onProgress?.(count, count);
  if (total) return { ok: false, problems, total };
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...(out as BackupData) } };
}

/** One problem as a line for people. */
export function problemText({ where, message }: Problem): string {
  return `${where}: ${message}`;
}
