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

/**
 * One change in words, as the page's mark, the popup and the Changes view say it:
 * "Moved: was Tue 10:00 CET, now Tue 10:15 CET", "Room: was Hall 12, now Hall 8", "No longer on the schedule".
 */
export function changeLabel(change: ScheduleChange): string {
  const zone = change.timeZone ?? browserZone();
  switch (change.field) {
    case 'time': {
      const [was, now] = [timeOf(change.old ?? ''), timeOf(change.new ?? '')];
      if (was.start !== now.start) return `Moved: was ${moment(was.start, zone)}, now ${moment(now.start, zone)}`;
      return `New times: was ${range(change.old!, zone)}, now ${range(change.new!, zone)}`;
    }
    case 'room':
      return `Room: was ${change.old}, now ${change.new}`;
    case 'title':
      return `Renamed: was “${change.old}”, now “${change.new}”`;
    case 'removed':
      return 'No longer on the schedule';
    case 'restored':
      return 'Back on the schedule';
  }
}

/** What a session's mark on the page says: every change not yet dismissed, oldest first. */
export function markLabel(changes: readonly ScheduleChange[]): string {
  return [...changes].sort((a, b) => a.seenAt - b.seenAt).map(changeLabel).join('; ');
}
