import type { Backup, BackupData } from './backup-schema';
import type { TalkmarksDb } from './db';
import { planImport, type ImportReport } from './import-plan';
import { isAnnotated } from './model';

/** Everything a backup holds, read in one transaction so it is one consistent moment of the profile. */
export async function backupData(db: TalkmarksDb): Promise<BackupData> {
  return db.transaction('r', db.conferences, db.sessions, db.annotations, async () => {
    const [conferences, sessions, annotations] = await Promise.all([
      db.conferences.toArray(),
      db.sessions.toArray(),
      db.annotations.toArray(),
    ]);
    return { conferences, sessions, annotations };
  });
}

/** Remembers that the user holds a backup, for the dashboard's "last backup" line. */
export async function noteBackupTaken(db: TalkmarksDb, annotations: number, at = Date.now()): Promise<void> {
  await db.meta.put({ key: 'lastBackup', at, annotations });
}

export interface ImportResult extends ImportReport {
  /** Sessions the dashboard lists after the import (starred, rated, tagged or noted). */
  total: number;
}

/**
 * Merges a validated backup into the profile in ONE transaction: what is stored is read, merged and written
 * together, so an edit made meanwhile in the popup is either merged or made after, never overwritten; and a
 * failure anywhere leaves the profile as it was.
 */
export async function importBackup(db: TalkmarksDb, backup: Backup, source: string): Promise<ImportResult> {
  return db.transaction('rw', db.conferences, db.sessions, db.annotations, async () => {
    const [conferences, sessions, annotations] = await Promise.all([
      db.conferences.bulkGet(backup.conferences.map((c) => c.id)),
      // Sessions of the annotations too: a conflict is named by the title this profile knows when the file has none.
      db.sessions.bulkGet([...new Set([...backup.sessions, ...backup.annotations].map((r) => r.key))]),
      db.annotations.bulkGet(backup.annotations.map((a) => a.key)),
    ]);
    const index = <T>(list: (T | undefined)[], id: (t: T) => string) =>
      new Map(list.filter((t): t is T => t !== undefined).map((t) => [id(t), t]));
    const known = {
      conferences: index(conferences, (c) => c.id),
      sessions: index(sessions, (s) => s.key),
      annotations: index(annotations, (a) => a.key),
    };
    const plan = planImport(
      {
        conference: (id) => known.conferences.get(id),
        session: (key) => known.sessions.get(key),
        annotation: (key) => known.annotations.get(key),
      },
      backup,
      source,
    );
    await db.conferences.bulkPut(plan.conferences);
    await db.sessions.bulkPut(plan.sessions);
    await db.annotations.bulkPut(plan.annotations);
    const total = await db.annotations.filter(isAnnotated).count();
    return { ...plan.report, total };
  });
}
