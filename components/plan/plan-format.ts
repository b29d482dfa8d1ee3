import { localTime, zoneAbbreviation } from '../../lib/util/time';

const iso = (ms: number) => new Date(ms).toISOString();

/** `10:00` in the event's zone. */
export const clock = (ms: number, zone: string) => localTime(iso(ms), zone);

/** `10:00–10:45 CET`. */
export const span = (start: number, end: number, zone: string) => `${clock(start, zone)}–${clock(end, zone)} ${zoneAbbreviation(iso(start), zone)}`;

/** `45 min`, `1 h 30 min`. */
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}
