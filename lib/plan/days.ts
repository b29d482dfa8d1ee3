import { dayHeading, dayOf, timeRange, zoneOf } from '../model/display';
import type { ScheduleEntry } from '../model/schema';
import { localDate, shortDay } from '../util/time';

/** One event-local day of a list: `day` is `YYYY-MM-DD`, undefined for sessions the schedule gives no time. */
export interface DayGroup<T> {
  readonly day: string | undefined;
  readonly heading: string;
  readonly items: T[];
}

/**
 * The items under their event-local days, days in calendar order and untimed ones last; within a day the items
 * keep the order they came in, so the caller's sort (by time, starred first, relevance) survives.
 */
export function groupByDay<T>(items: readonly T[], entryOf: (item: T) => ScheduleEntry): DayGroup<T>[] {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const day = dayOf(entryOf(item));
    const list = groups.get(day);
    if (list) list.push(item);
    else groups.set(day, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1))
    .map(([day, list]) => ({ day, heading: dayHeading(day), items: list }));
}

/** The event-local days the entries fall on, in order; `undefined` (no time given) last when there are such. */
export function daysOf(entries: readonly ScheduleEntry[]): (string | undefined)[] {
  return groupByDay(entries, (e) => e).map((g) => g.day);
}

/** "Tue" of a `YYYY-MM-DD` day. */
export function weekday(day: string): string {
  return shortDay(day).split(' ')[0]!;
}

/** "Tue 14:30–15:00 CET": the time with its event-local weekday, for rows not under a day heading. */
export function dayAndTime(entry: ScheduleEntry): string {
  const day = dayOf(entry);
  const range = timeRange(entry);
  return day && range ? `${weekday(day)} ${range}` : range;
}

/** `YYYY-MM-DD` of the instant `now` (ms) in `zone`. */
export function today(now: number, zone: string): string {
  return localDate(new Date(now).toISOString(), zone);
}

/**
 * The day a list opens at: during the event, today in the event's zone (or, between two days, the next one);
 * before or after it, the first day.
 */
export function openingDay(days: readonly (string | undefined)[], now: number, zone: string): string | undefined {
  const dated = days.filter((d): d is string => d !== undefined);
  const day = today(now, zone);
  if (!dated.length || day < dated[0]! || day > dated.at(-1)!) return days[0];
  return dated.find((d) => d >= day);
}

/** The zone of the first timed entry: the event's, for "today" (entries of one page share it). */
export function eventZone(entries: readonly ScheduleEntry[]): string | undefined {
  const timed = entries.find((e) => e.start);
  return timed && zoneOf(timed);
}
