import { dayOf, timeRange } from '../model/display';
import type { OwnItem, ScheduleEntry } from '../model/schema';
import { escapeMarkdown, heading, indent } from './markdown-text';
import type { SessionFormat } from './markdown-session';
import { noteBlock } from './note';

/** An own item in the shape the time helpers read. */
export function ownItemAsEntry(item: OwnItem): ScheduleEntry {
  return { key: `${item.conference}:own-${item.id}`, conference: item.conference, aliases: [], title: item.title, speakers: [], start: item.start, end: item.end, timeZone: item.timeZone, room: item.place || undefined };
}

export function ownItemDay(item: OwnItem): string | undefined {
  return dayOf(ownItemAsEntry(item));
}

/** A meeting, hallway slot or booth duty as a section: title, time, place and the user's note. */
export function ownItemSection(item: OwnItem, format: SessionFormat): string {
  const facts = [];
  if (format.include.times) facts.push(`- **When:** ${escapeMarkdown(timeRange(ownItemAsEntry(item)))}`);
  if (format.include.rooms && item.place.trim()) facts.push(`- **Where:** ${escapeMarkdown(item.place)}`);
  facts.push('- **Own item**');
  const note = format.include.notes ? noteBlock(item.note) : '';
  return [heading(format.level, escapeMarkdown(item.title)), facts.join('\n'), ...(note ? [note] : [])].join('\n\n');
}

/** The same as one list item, its note indented into it. */
export function ownItemItem(item: OwnItem, format: SessionFormat): { text: string; blocks: boolean } {
  const details = [
    format.include.times ? escapeMarkdown(timeRange(ownItemAsEntry(item))) : '',
    format.include.rooms ? escapeMarkdown(item.place) : '',
  ].filter(Boolean);
  const line = `- **${escapeMarkdown(item.title)}** (own item)${details.length ? ` — ${details.join(' · ')}` : ''}`;
  const note = format.include.notes ? noteBlock(item.note) : '';
  return { text: note ? `${line}\n\n${indent(note, '  ')}` : line, blocks: !!note };
}
