import type { Backup, BackupData, ConferenceRecord } from '../model/backup';
import { hasTable, type TalkmarksDb } from './database';
import { planBackupImport, type BackupImportReport } from '../merge/backup-plan';
import { ownItemsOf } from './own-items';
import { journalsOf } from './journal';
import { isAnnotated } from '../model/fields';
import { conferenceOrId } from '../model/conference';
import { noteNames, notesSettings, saveNotesSettings } from './notes-export';
import { templateRecords, withTemplateRecords, type NoteNameRecord } from '../model/notes-export';
import { NoteNamesRow } from './rows';

/**
 * A backup must read back, and the reader refuses an own item whose conference the file lacks (the plan lists own
 * items by conference). An own item added before its schedule was ever opened (`own/put` takes any conference) has
 * no recorded conference: the file then carries one named by its id, seen at time 0, so the real one wins the
 * merge as soon as a profile has seen the schedule. Pure.
 */
export function withOwnItemConferences(data: BackupData): BackupData {
  const known = new Set(data.conferences.map((c) => c.id));
  const missing = [...new Set([...data.ownItems, ...(data.journals ?? [])].map((o) => o.conference))].filter((id) => !known.has(id));
  if (!missing.length) return data;
  const named: ConferenceRecord[] = missing.map((id) => ({ ...conferenceOrId(id, undefined), seenAt: 0 }));
  return { ...data, conferences: [...data.conferences, ...named] };
}

/** Everything a backup holds, read in one transaction so it is one consistent moment of the profile. */
export async function backupData(db: TalkmarksDb): Promise<BackupData> {
  // A database left at an older version after a failed upgrade (read-only) has no own items table yet.
  const optional = (['ownItems', 'journals', 'meta'] as const).filter((t) => hasTable(db, t)).map((t) => db[t]);
  return db.transaction('r', [db.conferences, db.sessions, db.annotations, ...optional], async () => {
    const [conferences, sessions, annotations, ownItems, journals, settings, names] = await Promise.all([
      db.conferences.toArray(),
      db.sessions.toArray(),
      db.annotations.toArray(),
      ownItemsOf(db),
      journalsOf(db),
      notesSettings(db),
      noteNames(db),
    ]);
    const templates = templateRecords(settings);
    const noteNameRecords = [...names].map(([key, name]) => ({ key, name }));
    return withOwnItemConferences({ conferences, sessions, annotations, ownItems, journals, templates, noteNames: noteNameRecords });
  });
}

/** Remembers that the user holds a backup, for the dashboard's "last backup" line. */
export async function noteBackupTaken(db: TalkmarksDb, annotations: number, at = Date.now()): Promise<void> {
  await db.meta.put({ key: 'lastBackup', at, annotations });
}

export interface BackupImportResult extends BackupImportReport {
  /** Sessions the dashboard lists after the import (starred, rated, tagged or noted). */
  total: number;
  /** Own items the profile holds after the import. */
  ownItemsTotal: number;
}

/**
 * Merges a validated backup into the profile in ONE transaction: what is stored is read, merged and written
 * together, so an edit made meanwhile in the popup or the plan is either merged or made after, never overwritten;
 * and a failure anywhere leaves the profile as it was.
 */
export async function importBackup(db: TalkmarksDb, backup: Backup, source: string): Promise<BackupImportResult> {
  return db.transaction('rw', [db.conferences, db.sessions, db.annotations, db.ownItems, db.journals, db.meta], async () => {
    const [conferences, sessions, annotations, ownItems, journals, settings, names] = await Promise.all([
      db.conferences.bulkGet(backup.conferences.map((c) => c.id)),
      // Sessions of the annotations too: a conflict is named by the title this profile knows when the file has none.
      db.sessions.bulkGet([...new Set([...backup.sessions, ...backup.annotations].map((r) => r.key))]),
      db.annotations.bulkGet(backup.annotations.map((a) => a.key)),
      db.ownItems.bulkGet(backup.ownItems.map((o) => o.id)),
      db.journals.bulkGet((backup.journals ?? []).map((j) => j.id)),
      notesSettings(db),
      noteNames(db),
    ]);
    const index = <T>(list: (T | undefined)[], id: (t: T) => string) =>
      new Map(list.filter((t): t is T => t !== undefined).map((t) => [id(t), t]));
    const known = {
      conferences: index(conferences, (c) => c.id),
      sessions: index(sessions, (s) => s.key),
      annotations: index(annotations, (a) => a.key),
      ownItems: index(ownItems, (o) => o.id),
      journals: index(journals, (j) => j.id),
      templates: new Map(templateRecords(settings).map((t) => [t.id, t])),
    };
    const plan = planBackupImport(
      {
        conference: (id) => known.conferences.get(id),
        session: (key) => known.sessions.get(key),
        annotation: (key) => known.annotations.get(key),
        ownItem: (id) => known.ownItems.get(id),
        journal: (id) => known.journals.get(id),
        template: (id) => known.templates.get(id),
        noteName: (key): NoteNameRecord | undefined => {
          const name = names.get(key);
          return name === undefined ? undefined : { key, name };
        },
      },
      backup,
      source,
    );
    await db.conferences.bulkPut(plan.conferences);
    await db.sessions.bulkPut(plan.sessions);
    await db.annotations.bulkPut(plan.annotations);
    await db.ownItems.bulkPut(plan.ownItems);
    await db.journals.bulkPut(plan.journals);
    if (plan.templates.length) await saveNotesSettings(db, withTemplateRecords(settings, plan.templates));
    if (plan.noteNames.length) {
      for (const { key, name } of plan.noteNames) names.set(key, name);
      await db.meta.put(NoteNamesRow.parse({ key: 'noteNames', names: Object.fromEntries(names) }));
    }
    const [total, ownItemsTotal] = await Promise.all([db.annotations.filter(isAnnotated).count(), db.ownItems.count()]);
    return { ...plan.report, total, ownItemsTotal };
  });
}
