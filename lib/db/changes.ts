import { hasTable, type TalkmarksDb } from './database';
import { entryChanges } from '../merge/schedule-diff';
import { calendarHistoryOf, isRemoved, type CalendarHistory, type ScheduleChange } from '../model/change';
import { markLabel } from '../model/change-label';
import { isAnnotated } from '../model/fields';
import type { Annotation, ScheduleEntry } from '../model/schema';
import { groupBy } from '../model/display';

/** The change log, where the database has one: a read-only database of an older version (db-open.ts) does not. */
export function changeTables(db: TalkmarksDb) {
  return hasTable(db, 'changes') ? [db.changes] : [];
}

/** A session as stored before a write and as the write leaves it, with what the user said about it. */
export interface SeenPair {
  before: ScheduleEntry | undefined;
  after: ScheduleEntry;
  annotation: Annotation | undefined;
}

/** Per key, whether the session's last recorded word is that it left the schedule. */
async function removedOf(db: TalkmarksDb, conference: string): Promise<Set<string>> {
  const rows = await db.changes.where('conference').equals(conference).toArray();
  return new Set([...groupBy(rows, (c) => c.key)].filter(([, history]) => isRemoved(history)).map(([key]) => key));
}

/**
 * Records what a page, a file or the event's data changed about sessions the user annotated (and that a session
 * said to be gone is back), in the caller's transaction. Sessions nobody annotated change silently.
 */
export async function recordChanges(db: TalkmarksDb, conference: string, pairs: readonly SeenPair[], source: string, now: number): Promise<ScheduleChange[]> {
  const mine = pairs.filter((p) => p.annotation && isAnnotated(p.annotation));
  if (!mine.length || !hasTable(db, 'changes')) return [];
  const removed = await removedOf(db, conference);
  const rows: ScheduleChange[] = [];
  const row = (after: ScheduleEntry, change: Pick<ScheduleChange, 'field' | 'old' | 'new'>): ScheduleChange => ({
    conference, key: after.key, ...change, ...(after.timeZone ? { timeZone: after.timeZone } : {}), seenAt: now, source: source.slice(0, 4096),
  });
  for (const { before, after } of mine) {
    if (removed.has(after.key)) rows.push(row(after, { field: 'restored', old: null, new: null }));
    if (before) for (const c of entryChanges(before, after)) rows.push(row(after, c));
  }
  if (rows.length) await db.changes.bulkAdd(rows);
  return rows;
}

/**
 * Records as no longer on the schedule every annotated session of the conference that a view of the whole event
 * (`present`: its keys and aliases) lacks. Evidence of the whole event only: a view of part of it proves nothing.
 * Nothing is deleted: the session, its notes and its last known time stay.
 */
export async function recordRemovals(db: TalkmarksDb, conference: string, present: ReadonlySet<string>, source: string, now = Date.now()): Promise<ScheduleChange[]> {
  if (!hasTable(db, 'changes')) return [];
  return db.transaction('rw', [db.sessions, db.annotations, db.changes], async () => {
    const annotated = (await db.annotations.where('conference').equals(conference).toArray()).filter(isAnnotated);
    const sessions = await db.sessions.bulkGet(annotated.map((a) => a.key));
    const removed = await removedOf(db, conference);
    const rows = sessions.flatMap((s): ScheduleChange[] => {
      if (!s || removed.has(s.key) || present.has(s.key) || s.aliases.some((a) => present.has(a))) return [];
      return [{ conference, key: s.key, field: 'removed', old: null, new: null, ...(s.timeZone ? { timeZone: s.timeZone } : {}), seenAt: now, source: source.slice(0, 4096) }];
    });
    if (rows.length) await db.changes.bulkAdd(rows);
    return rows;
  });
}

/** Every recorded change, dismissed or not, of one conference or all, the newest first. */
export async function changesOf(db: TalkmarksDb, conference?: string): Promise<ScheduleChange[]> {
  if (!hasTable(db, 'changes')) return [];
  const rows = conference ? await db.changes.where('conference').equals(conference).toArray() : await db.changes.toArray();
  return rows.sort((a, b) => b.seenAt - a.seenAt || (b.id ?? 0) - (a.id ?? 0));
}

/** The changes not yet dismissed, the newest first. */
export async function openChanges(db: TalkmarksDb, conference?: string): Promise<ScheduleChange[]> {
  return (await changesOf(db, conference)).filter((c) => c.dismissedAt === undefined);
}

/** One session's history: every change recorded for it, dismissed ones included, the newest first. */
export async function historyOf(db: TalkmarksDb, key: string): Promise<ScheduleChange[]> {
  if (!hasTable(db, 'changes')) return [];
  return (await db.changes.where('key').equals(key).toArray()).sort((a, b) => b.seenAt - a.seenAt || (b.id ?? 0) - (a.id ?? 0));
}

/** Dismisses these changes (they stay in the history); says how many and of which conferences. */
export async function dismissChanges(db: TalkmarksDb, ids: readonly number[], now = Date.now()): Promise<{ dismissed: number; conferences: string[] }> {
  return db.transaction('rw', db.changes, async () => {
    const rows = (await db.changes.bulkGet([...ids])).filter((c): c is ScheduleChange => !!c && c.dismissedAt === undefined);
    await db.changes.bulkPut(rows.map((c) => ({ ...c, dismissedAt: now })));
    return { dismissed: rows.length, conferences: [...new Set(rows.map((c) => c.conference))] };
  });
}

/** What each changed session's mark on a schedule page says: its changes not yet dismissed. */
export async function changeMarks(db: TalkmarksDb, conference: string): Promise<Record<string, string>> {
  const open = await openChanges(db, conference);
  return Object.fromEntries([...groupBy(open, (c) => c.key)].map(([key, changes]) => [key, markLabel(changes)]));
}

/** Per changed session of a conference, its SEQUENCE and whether it left the schedule, for the calendar export. */
export async function calendarHistory(db: TalkmarksDb, conference: string): Promise<Map<string, CalendarHistory>> {
  const byKey = groupBy(await changesOf(db, conference), (c) => c.key);
  return new Map([...byKey].map(([key, history]) => [key, calendarHistoryOf(history)]));
}
