import type { StoredSession, TalkmarksDb } from './database';
import type { ScheduleEntry } from '../model/schema';
import { withoutSeenAt } from '../model/annotated';
import { readInPages } from './paged';

/** Every session seen or imported, as stored (with when it was last seen), in key order. */
export function storedSessions(db: TalkmarksDb): Promise<StoredSession[]> {
  return readInPages(db.sessions, (s) => s.key);
}

/** The sessions of one conference, annotated or not, as schedule entries (without when they were seen). */
export async function conferenceEntries(db: TalkmarksDb, conference: string): Promise<ScheduleEntry[]> {
  const stored = await db.sessions.where('conference').equals(conference).toArray();
  return stored.map(withoutSeenAt);
}
