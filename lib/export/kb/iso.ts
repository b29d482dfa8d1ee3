import { localDate, localTime, zoneOffsetMinutes, wallClock } from '../../util/time';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `2026-03-24T10:00:00+01:00`: the event's wall clock with its offset, so a notes app shows the time the schedule
 * showed and still knows the instant.
 */
export function isoWithOffset(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  const offset = zoneOffsetMinutes(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const seconds = pad(wallClock(ms, timeZone).second);
  return `${localDate(instant, timeZone)}T${localTime(instant, timeZone)}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
