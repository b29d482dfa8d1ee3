import type { StoredConference, TalkmarksDb } from './database';

/** Every conference stored (seen on a page or imported), in id order. */
export function storedConferences(db: TalkmarksDb): Promise<StoredConference[]> {
  return db.conferences.orderBy('id').toArray();
}

/** Every conference stored, by id: what views look names and time zones up in. */
export async function conferencesById(db: TalkmarksDb): Promise<Map<string, StoredConference>> {
  return new Map((await storedConferences(db)).map((c) => [c.id, c]));
}

/** The conferences whose schedule the user imported, the latest import first. */
export async function importedConferences(db: TalkmarksDb): Promise<StoredConference[]> {
  const all = await storedConferences(db);
  return all.filter((c) => c.imported).sort((a, b) => b.imported!.at - a.imported!.at);
}
