import type { ScheduleEntry } from './schema';
import { localDate, localTime, longDay, zoneAbbreviation } from '../util/time';
import { browserZone } from '../util/zones';

/** The zone an entry's times are shown in: its own, else the viewer's. */
export function zoneOf(entry: ScheduleEntry): string {
  return entry.timeZone ?? browserZone();
}

/** Event-local day `YYYY-MM-DD`, or undefined for sessions without a time. */
export function dayOf(entry: ScheduleEntry): string | undefined {
  return entry.start ? localDate(entry.start, zoneOf(entry)) : undefined;
}

/** `10:00–10:30 CET`, `10:00 CET`, or '' when the page gave no time; `01:30 CET–03:30 CEST` across a DST change. */
export function timeRange(entry: ScheduleEntry): string {
  if (!entry.start) return '';
  const zone = zoneOf(entry);
  const from = localTime(entry.start, zone);
  const fromZone = zoneAbbreviation(entry.start, zone);
  if (!entry.end) return `${from} ${fromZone}`;
  const toZone = zoneAbbreviation(entry.end, zone);
  const to = localTime(entry.end, zone);
  return toZone === fromZone ? `${from}–${to} ${fromZone}` : `${from} ${fromZone}–${to} ${toZone}`;
}

export function dayHeading(day: string | undefined): string {
  return day ? longDay(day) : 'No time given';
}

export function ratingStars(rating: number | null): string {
  return rating === null ? '' : `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}`;
}

/** One collator for every comparison: `localeCompare` sets one up per call, which dominates sorting thousands. */
export const byText = new Intl.Collator('en').compare;

/** Sessions in schedule order: by start, untimed last, then by title. */
export function byTime(a: ScheduleEntry, b: ScheduleEntry): number {
  if (a.start !== b.start) {
    if (!a.start) return 1;
    if (!b.start) return -1;
    return a.start < b.start ? -1 : 1;
  }
  return byText(a.title, b.title);
}

/** Groups items by a key, keeping first-seen order of the keys. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
