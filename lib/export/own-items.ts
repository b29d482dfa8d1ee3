import { dayOf, timeRange } from '../format';
import type { OwnItem, ScheduleEntry } from '../model';

/** An own item in the shape the time helpers read. */
export function ownItemAsEntry(item: OwnItem): ScheduleEntry {
  return { key: `${item.conference}:own-${item.id}`, conference: item.conference, aliases: [], title: item.title, speakers: [], start: item.start, end: item.end, timeZone: item.timeZone, room: item.place || undefined };
}

export function ownItemDay(item: OwnItem): string | undefined {
  return dayOf(ownItemAsEntry(item));
}

/**
 * A meeting, hallway slot or booth duty in a day of the Markdown export: title, time, place and note.
 * `escape` is the export's escaping of text (passed in, so this file and the exporter do not import each other).
 */
export function ownItemBlock(item: OwnItem, escape: (text: string) => string): string {
  const lines = [`### ${escape(item.title)}`, '', `- **When:** ${escape(timeRange(ownItemAsEntry(item)))}`];
  if (item.place) lines.push(`- **Where:** ${escape(item.place)}`);
  lines.push('- **Own item**');
  const note = item.note.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (note) lines.push('', note);
  return lines.join('\n');
}
