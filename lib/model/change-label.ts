import type { ScheduleChange } from './change';
import { timeOf } from './change';
import { localDate, localTime, zoneAbbreviation } from '../util/time';
import { browserZone } from '../util/zones';

const weekday = new Map<string, Intl.DateTimeFormat>();

/** `Tue 10:00 CET`: the day matters, a talk may move to another day. */
function moment(instant: string, zone: string): string {
  let format = weekday.get(zone);
  if (!format) weekday.set(zone, (format = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: zone })));
  return `${format.format(Date.parse(instant))} ${localTime(instant, zone)} ${zoneAbbreviation(instant, zone)}`;
}

/** `Tue 10:00–10:40 CET`, or the start alone when no end is known. */
function range(value: string, zone: string): string {
  const { start, end } = timeOf(value);
  if (!end) return moment(start, zone);
  const endsSameDay = localDate(start, zone) === localDate(end, zone);
  return endsSameDay ? `${moment(start, zone).replace(/ \S+$/, '')}–${localTime(end, zone)} ${zoneAbbreviation(end, zone)}` : `${moment(start, zone)}–${moment(end, zone)}`;
}

/** A change as its kind and its two values in words: `Moved`, `Tue 10:00 CET`, `Tue 10:15 CET`. */
export interface ChangeParts {
  kind: string;
  old?: string;
  new?: string;
}

export function changeParts(change: ScheduleChange): ChangeParts {
  const zone = change.timeZone ?? browserZone();
  switch (change.field) {
    case 'time': {
      const [was, now] = [timeOf(change.old ?? ''), timeOf(change.new ?? '')];
      if (was.start !== now.start) return { kind: 'Moved', old: moment(was.start, zone), new: moment(now.start, zone) };
      return { kind: 'New times', old: range(change.old!, zone), new: range(change.new!, zone) };
    }
    case 'room':
      return { kind: 'Room', old: change.old ?? '', new: change.new ?? '' };
    case 'title':
      return { kind: 'Renamed', old: `“${change.old}”`, new: `“${change.new}”` };
    case 'removed':
      return { kind: 'No longer on the schedule' };
    case 'restored':
      return { kind: 'Back on the schedule' };
  }
}

/**
 * One change in words, as the page's mark, the popup and the Changes view say it:
 * "Moved: was Tue 10:00 CET, now Tue 10:15 CET", "Room: was Hall 12, now Hall 8", "No longer on the schedule".
 */
export function changeLabel(change: ScheduleChange): string {
  const parts = changeParts(change);
  return parts.old === undefined ? parts.kind : `${parts.kind}: was ${parts.old}, now ${parts.new}`;
}

/** What a session's mark on the page says: every change not yet dismissed, oldest first. */
export function markLabel(changes: readonly ScheduleChange[]): string {
  return [...changes].sort((a, b) => a.seenAt - b.seenAt).map(changeLabel).join('; ');
}
