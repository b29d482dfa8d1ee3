import { hasTable, type TalkmarksDb } from './database';
import { journalId, type JournalEntry } from '../model/journal';
import { keptMarker, mergeNotes } from '../merge/annotation';

/** The journal entries of one conference (its days and the whole conference), or of every conference. */
export async function journalsOf(db: TalkmarksDb, conference?: string): Promise<JournalEntry[]> {
  // A read-only database from before version 7 (see open.ts) has no journals yet.
  if (!hasTable(db, 'journals')) return [];
  return conference === undefined ? db.journals.toArray() : db.journals.where('conference').equals(conference).toArray();
}

/**
 * Saves a journal note written from `base` (the text the editor last saw). When it was changed elsewhere since
 * (another window, the side panel and the dashboard at once), both texts are kept, as for session notes.
 */
export async function saveJournal(
  db: TalkmarksDb,
  conference: string,
  day: string | undefined,
  note: string,
  base: string,
  now = Date.now(),
): Promise<JournalEntry> {
  const id = journalId(conference, day);
  return db.transaction('rw', db.journals, async () => {
    const current = await db.journals.get(id);
    const text = current && current.note !== base ? mergeNotes(current.note, note, keptMarker('another window', now)).note : note;
    const entry: JournalEntry = { id, conference, ...(day ? { day } : {}), note: text, updatedAt: now, fieldUpdatedAt: { note: now } };
    if (current?.note === text) return current;
    await db.journals.put(entry);
    return entry;
  });
}
