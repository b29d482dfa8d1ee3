import { canonical } from '../util/same-data';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '../model/backup';

/** Records sorted by their id in code-unit order: the same on every machine and locale. */
function list<R extends object>(name: string, records: readonly R[], id: (record: R) => string): string {
  if (!records.length) return `  "${name}": []`;
  const sorted = [...records].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return `  "${name}": [\n${sorted.map((r) => `    ${JSON.stringify(canonical(r))}`).join(',\n')}\n  ]`;
}

/**
 * The backup file: a format marker and version, then every record on a line of its own, sorted by id with sorted
 * keys. Exporting the same data again gives the same bytes (no export time inside: the file name has the date),
 * and two backups compare line by line.
 */
export function backupJson(data: BackupData): string {
  return `{\n  "format": "${BACKUP_FORMAT}",\n  "version": ${BACKUP_VERSION},\n${[
    list('conferences', data.conferences, (c) => c.id),
    list('sessions', data.sessions, (s) => s.key),
    list('annotations', data.annotations, (a) => a.key),
    list('ownItems', data.ownItems, (o) => o.id),
    list('journals', data.journals ?? [], (j) => j.id),
    list('templates', data.templates ?? [], (t) => t.id),
    list('noteNames', data.noteNames ?? [], (n) => n.key),
  ].join(',\n')}\n}\n`;
}

/** `talkmarks-backup-2026-03-28.json`, dated in the user's own time zone. */
export function backupFilename(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `talkmarks-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
