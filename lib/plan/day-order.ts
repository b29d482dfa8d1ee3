import { byTime } from '../model/display';
import type { ScheduleEntry } from '../model/schema';

export interface DayOrder {
  /** On now or later (every session, on a day other than today). */
  readonly ahead: ScheduleEntry[];
  /** Today's sessions that are over: after the rest, so the list opens at now. */
  readonly earlier: ScheduleEntry[];
}

interface Options {
  /** Starred first (each part by time), or strictly by time. */
  starredFirst: boolean;
  starred: (key: string) => boolean;
  /** The session the page is about: first of all. */
  focus?: string;
  /** The instant (ms) when the day is today; undefined for other days. */
  now?: number;
}

const endOf = (e: ScheduleEntry) => Date.parse(e.end ?? e.start ?? '') || Infinity;

/** One day of the popup's list: the page's own session, then (by choice) starred ones, each part by time. */
export function orderDay(entries: readonly ScheduleEntry[], { starredFirst, starred, focus, now }: Options): DayOrder {
  const sorted = [...entries].sort(
    (a, b) =>
      Number(b.key === focus) - Number(a.key === focus) ||
      (starredFirst ? Number(starred(b.key)) - Number(starred(a.key)) : 0) ||
      byTime(a, b),
  );
  if (now === undefined) return { ahead: sorted, earlier: [] };
  const over = (e: ScheduleEntry) => e.key !== focus && endOf(e) <= now;
  return { ahead: sorted.filter((e) => !over(e)), earlier: sorted.filter(over) };
}
