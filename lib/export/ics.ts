import { byTime, ratingStars } from '../model/display';
import { contentLines, escapeText, utcDateTime } from './ics-text';
import { byKey } from './select';
import type { ExportSource } from './source';
import type { AnnotatedSession } from '../model/annotated';
import { sequenceAt, type CalendarHistory } from '../model/change';
import type { OwnItem } from '../model/schema';

export interface CalendarExport {
  /** The iCalendar file: CRLF lines folded at 75 octets. */
  text: string;
  /** Planned talks written as events, in time order (with the alternatives, when they go out as tentative). */
  written: AnnotatedSession[];
  /** The user's own items written as events. */
  own: OwnItem[];
  /** Alternatives set aside in a clash: left out, or written as tentative when the user asks. */
  setAside: AnnotatedSession[];
  /** Starred sessions left out because the schedule gave no start time: no time is ever made up. */
  skipped: AnnotatedSession[];
}

export interface CalendarOptions {
  /** `tentative`: alternatives go out with STATUS:TENTATIVE instead of being left out. */
  alternatives: 'leave-out' | 'tentative';
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
  if (entry.room) lines.push(`LOCATION:${escapeText(entry.room)}`);
  const url = webUrl(entry.url);
  if (url) lines.push(`URL:${url}`);
  const text = description(session);
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  if (annotation.tags.length) lines.push(`CATEGORIES:${annotation.tags.map(escapeText).join(',')}`);
  // Kept, not left out: a calendar that has the event learns it was cancelled rather than keeping it.
  if (removed) lines.push('STATUS:CANCELLED');
  // A calendar shows a tentative event as maybe-busy: the alternative is there, but not as the plan.
  else if (annotation.alternative) lines.push('STATUS:TENTATIVE');
  lines.push('END:VEVENT');
  return lines;
}

function ownEvent(item: OwnItem, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${item.conference}:own-${item.id}`)}@talkmarks`,
    `DTSTAMP:${stamp}`,
    // The user's last edit of the item: a moved lunch replaces the old one in the calendar.
    `SEQUENCE:${sequenceAt(item.updatedAt)}`,
    `DTSTART:${utcDateTime(item.start)}`,
    `DTEND:${utcDateTime(item.end)}`,
    `SUMMARY:${escapeText(item.title)}`,
  ];
  if (item.place.trim()) lines.push(`LOCATION:${escapeText(item.place)}`);
  const note = item.note.replace(/\r\n?/g, '\n').trim();
  if (note) lines.push(`DESCRIPTION:${escapeText(note)}`);
  if (item.alternative) lines.push('STATUS:TENTATIVE');
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The plan of the given conferences as one iCalendar file: the starred talks the user attends and their own
 * items (lunch, meetings), times as UTC instants (exact whatever zone the calendar shows). Talks set aside in a
 * clash are left out, or written as tentative if asked. Sessions without a start time are reported in `skipped`.
 */
export function planCalendar(
  sources: readonly ExportSource[],
  now: number = Date.now(),
  { alternatives }: CalendarOptions = { alternatives: 'leave-out' },
): CalendarExport {
  const starred = sources
    .flatMap((s) => s.sessions.filter((x) => x.annotation.starred))
    .sort((a, b) => byTime(a.entry, b.entry) || byKey(a, b));
  const tentative = alternatives === 'tentative';
  const setAside = starred.filter((s) => s.annotation.alternative);
  const written = starred.filter((s) => s.entry.start && (tentative || !s.annotation.alternative));
  const skipped = starred.filter((s) => !s.entry.start && (tentative || !s.annotation.alternative));
  const own = sources.flatMap((s) => s.ownItems ?? []).filter((i) => tentative || !i.alternative);
  const name = sources.length === 1 ? `${sources[0]!.conference.name} (my plan)` : 'My conference plan';
  const histories = new Map(sources.flatMap((s) => [...(s.history ?? [])]));
  const stamp = utcDateTime(now);
  const events = [
    ...written.map((s) => ({ at: Date.parse(s.entry.start!), key: s.entry.key, lines: event(s, stamp, histories.get(s.entry.key) ?? unchanged) })),
    ...own.map((i) => ({ at: Date.parse(i.start), key: i.id, lines: ownEvent(i, stamp) })),
  ].sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talkmarks//My plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((e) => e.lines),
    'END:VCALENDAR',
  ];
  return { text: contentLines(lines), written, own, setAside, skipped };
}
