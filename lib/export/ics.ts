import { byTime, ratingStars } from '../model/display';
import { contentLines, escapeText, utcDateTime } from './ics-text';
import { byKey } from './select';
import type { ExportSource } from './source';
import type { AnnotatedSession } from '../model/annotated';
import type { CalendarHistory } from '../model/change';

export interface CalendarExport {
  /** The iCalendar file: CRLF lines folded at 75 octets. */
  text: string;
  /** Starred sessions written as events, in time order. */
  written: AnnotatedSession[];
  /** Starred sessions left out because the schedule gave no start time: no time is ever made up. */
  skipped: AnnotatedSession[];
}

const unchanged: CalendarHistory = { sequence: 0, removed: false };

/**
 * URL is a URI value, not TEXT: only a plain http(s) URL goes out, without white space or control characters.
 * (Stored entries were checked as HttpUrl when they were saved; this guards the file format.)
 */
function webUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(url) ? url : undefined;
}

function description({ entry, annotation }: AnnotatedSession): string {
  const facts = [
    entry.speakers.length ? `Speakers: ${entry.speakers.map((s) => s.name).join(', ')}` : '',
    annotation.rating !== null ? `Rating: ${ratingStars(annotation.rating)} (${annotation.rating}/5)` : '',
    annotation.tags.length ? `Tags: ${annotation.tags.join(', ')}` : '',
    entry.track ? `Track: ${entry.track}` : '',
  ].filter(Boolean);
  const note = annotation.note.replace(/\r\n?/g, '\n').trim();
  // Calendars that ignore URL (Google's) still show the link here.
  return [facts.join('\n'), note, webUrl(entry.url) ?? ''].filter(Boolean).join('\n\n');
}

function event(session: AnnotatedSession, stamp: string, { sequence, removed }: CalendarHistory): string[] {
  const { entry, annotation } = session;
  const lines = [
    'BEGIN:VEVENT',
    // The session key never changes for a session, so importing a newer export updates the event in place.
    `UID:${escapeText(entry.key)}@talkmarks`,
    `DTSTAMP:${stamp}`,
    // Rises with each change the schedule made (see sequenceAt): a calendar holding an older copy takes this one.
    `SEQUENCE:${sequence}`,
    `DTSTART:${utcDateTime(entry.start!)}`,
  ];
  if (entry.end && Date.parse(entry.end) > Date.parse(entry.start!)) lines.push(`DTEND:${utcDateTime(entry.end)}`);
  lines.push(`SUMMARY:${escapeText(entry.title)}`);
  // Kept, not left out: a calendar that has the event learns it was cancelled rather than keeping it.
  if (removed) lines.push('STATUS:CANCELLED');
  if (entry.room) lines.push(`LOCATION:${escapeText(entry.room)}`);
  const url = webUrl(entry.url);
  if (url) lines.push(`URL:${url}`);
  const text = description(session);
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  if (annotation.tags.length) lines.push(`CATEGORIES:${annotation.tags.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The starred sessions of the given conferences as one iCalendar file, times as UTC instants (exact whatever
 * zone the calendar shows). Sessions without a start time are reported in `skipped`, not written.
 */
export function starredCalendar(sources: readonly ExportSource[], now: number = Date.now()): CalendarExport {
  const starred = sources
    .flatMap((s) => s.sessions.filter((x) => x.annotation.starred))
    .sort((a, b) => byTime(a.entry, b.entry) || byKey(a, b));
  const written = starred.filter((s) => s.entry.start);
  const skipped = starred.filter((s) => !s.entry.start);
  const histories = new Map(sources.flatMap((s) => [...(s.history ?? [])]));
  const name = sources.length === 1 ? `${sources[0]!.conference.name} (starred)` : 'Starred talks';
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talkmarks//Starred talks//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...written.flatMap((s) => event(s, stamp, histories.get(s.entry.key) ?? unchanged)),
    'END:VCALENDAR',
  ];
  return { text: contentLines(lines), written, skipped };
}
