import type { ScheduleEntry } from './schema';

/**
 * What changed about a session the user annotated: its time (start or end), room or title, or whether it is on the
 * schedule at all. `time` values are ISO 8601 intervals (`start/end`, or a lone start when the schedule gave no end).
 */
export type ChangeField = 'time' | 'room' | 'title' | 'removed' | 'restored';

/** The fields whose changes a calendar must hear of: each one raises the event's SEQUENCE. */
export const calendarFields: readonly ChangeField[] = ['time', 'room', 'title', 'removed', 'restored'];

/** One recorded change (`changes` table, database version 8). Kept after it is dismissed: it is the session's history. */
export interface ScheduleChange {
  id?: number;
  conference: string;
  key: string;
  field: ChangeField;
  /** Before and after; null for `removed` and `restored`. */
  old: string | null;
  new: string | null;
  /** The zone the session's times are shown in, so the change reads as the schedule does. */
  timeZone?: string;
  seenAt: number;
  /** The page address or file name that showed it. */
  source: string;
  dismissedAt?: number;
}

/** An entry's time as an ISO 8601 interval, or undefined when the schedule gave none. */
export function timeValue(entry: Pick<ScheduleEntry, 'start' | 'end'>): string | undefined {
  if (!entry.start) return undefined;
  return entry.end ? `${entry.start}/${entry.end}` : entry.start;
}

/** The start and end an interval names. */
export function timeOf(value: string): { start: string; end?: string } {
  const [start, end] = value.split('/');
  return end ? { start: start!, end } : { start: start! };
}

/** Whether a session's latest word on being scheduled is that it is not: the removal was not followed by a return. */
export function isRemoved(history: readonly ScheduleChange[]): boolean {
  let removed = false;
  for (const c of [...history].sort((a, b) => a.seenAt - b.seenAt || (a.id ?? 0) - (b.id ?? 0))) {
    if (c.field === 'removed') removed = true;
    if (c.field === 'restored') removed = false;
  }
  return removed;
}

/** Per session, what a calendar needs: the SEQUENCE of its latest version, and whether it left the schedule. */
export interface CalendarHistory {
  sequence: number;
  removed: boolean;
}

/**
 * SEQUENCE counts in minutes since 2024 at the latest change to time, room, title or presence, 0 when there was
 * none. So it rises with every change, is the same on every export in between, and stays above what earlier
 * Talkmarks wrote (the minutes since 2024 at export): a calendar holding any older file takes the changed event.
 */
export const sequenceAt = (instant: number) => Math.max(0, Math.floor((instant - Date.UTC(2024, 0, 1)) / 60_000));

export function calendarHistoryOf(history: readonly ScheduleChange[]): CalendarHistory {
  const latest = Math.max(0, ...history.filter((c) => calendarFields.includes(c.field)).map((c) => c.seenAt));
  return { sequence: latest ? sequenceAt(latest) : 0, removed: isRemoved(history) };
}
