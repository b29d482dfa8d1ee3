import { zoneOf } from '../model/display';
import type { ScheduleEntry } from '../model/schema';
import { localDate, zonedToInstant } from '../util/time';
import { linkTarget } from './markdown-text';

/** `[14:32]` as *Insert time* writes it, not already a link or a reference. */
const stamp = /\[(\d{2}):(\d{2})\](?![(\[:])/g;

/** YouTube reads the position from the query (`?t=`); other players from a media fragment (`#t=`). */
function at(recording: string, seconds: number): string {
  const url = new URL(recording);
  if (/(^|\.)(youtube\.com|youtu\.be)$/i.test(url.hostname)) url.searchParams.set('t', `${seconds}s`);
  else url.hash = `t=${seconds}`;
  return url.toString();
}

/**
 * The note with each time stamped during the talk (event-local, between its start and end) made a link to that
 * moment of the recording, when the schedule gave one. Stamps outside the talk, and notes of talks without a
 * recording or a time, stay as written.
 */
export function linkTimestamps(note: string, entry: ScheduleEntry): string {
  const recording = entry.links?.find((l) => l.kind === 'recording')?.url;
  if (!recording || !entry.start || !note.includes('[')) return note;
  const start = Date.parse(entry.start);
  const end = entry.end ? Date.parse(entry.end) : start + 3 * 60 * 60_000;
  const zone = zoneOf(entry);
  const day = localDate(entry.start, zone);
  return note.replace(stamp, (text, hh: string, mm: string) => {
    const instant = zonedToInstant(day, `${hh}:${mm}`, zone);
    const when = instant ? Date.parse(instant) : NaN;
    if (!(when >= start && when <= end)) return text;
    return `[${hh}:${mm}](${linkTarget(at(recording, Math.round((when - start) / 1000)))})`;
  });
}
