import type { StoredSession, TalkmarksDb } from './database';
import type { Annotation } from '../model/schema';
import { groupBy } from '../model/display';

/**
 * Below this share of a conference's stored sessions, its annotated ones are read one key at a time; above it,
 * the conference's whole range in one request. With thousands annotated, one `get` per key (a request, an event
 * and a key for liveQuery to track each) cost several times the single range read.
 */
const RANGE_SHARE = 0.25;

/** The stored session of each annotation (undefined where none was stored), in the annotations' order. */
export async function sessionsOf(
  db: TalkmarksDb,
  annotations: readonly Annotation[],
  /** Session counts already asked for, by conference: counted while the annotations were being read. */
  counts?: ReadonlyMap<string, Promise<number>>,
): Promise<(StoredSession | undefined)[]> {
  const found = new Map<string, StoredSession>();
  const ranged = new Set<string>();
  // A row an upgrade could not repair may lack its conference (it is kept as it was): read by its key.
  const byConference = groupBy(annotations, (a) => (typeof a.conference === 'string' ? a.conference : ''));
  await Promise.all(
    [...byConference].map(async ([conference, some]) => {
      const range = conference ? db.sessions.where('conference').equals(conference) : undefined;
      const whole = !!range && some.length >= RANGE_SHARE * (await (counts?.get(conference) ?? range.count()));
      if (whole) ranged.add(conference);
      const rows = range && whole ? await range.toArray() : await db.sessions.bulkGet(some.map((a) => a.key));
      for (const row of rows) if (row) found.set(row.key, row);
    }),
  );
  // A session stored under another conference than its annotation's: not expected, but not lost either.
  const missing = annotations.filter((a) => ranged.has(a.conference) && !found.has(a.key)).map((a) => a.key);
  if (missing.length) for (const row of await db.sessions.bulkGet(missing)) if (row) found.set(row.key, row);
  return annotations.map((a) => found.get(a.key));
}
