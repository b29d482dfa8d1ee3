import { hasTable, type TalkmarksDb } from './database';
import { NoteNamesRow, NotesSettingsRow } from './rows';
import { readNotesSettings, type NotesSettings } from '../export/kb/settings';

/** The notes export's settings; defaults when none were saved or the row does not read back. */
export async function notesSettings(db: TalkmarksDb): Promise<NotesSettings> {
  if (!hasTable(db, 'meta')) return readNotesSettings(undefined);
  const parsed = NotesSettingsRow.safeParse(await db.meta.get('notesSettings'));
  return readNotesSettings(parsed.success ? parsed.data : undefined);
}

export async function saveNotesSettings(db: TalkmarksDb, settings: NotesSettings): Promise<void> {
  await db.meta.put(NotesSettingsRow.parse({ ...settings, key: 'notesSettings' }));
}

/** Each talk's file name from earlier notes exports. */
export async function noteNames(db: TalkmarksDb): Promise<Map<string, string>> {
  if (!hasTable(db, 'meta')) return new Map();
  const parsed = NoteNamesRow.safeParse(await db.meta.get('noteNames'));
  return new Map(parsed.success ? Object.entries(parsed.data.names) : []);
}

/** Adds the names of an export to those kept: talks of other conferences keep theirs. */
export async function rememberNoteNames(db: TalkmarksDb, names: ReadonlyMap<string, string>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const kept = await noteNames(db);
    for (const [key, name] of names) kept.set(key, name);
    await db.meta.put(NoteNamesRow.parse({ key: 'noteNames', names: Object.fromEntries(kept) }));
  });
}
