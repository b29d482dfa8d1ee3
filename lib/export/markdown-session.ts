import { dayOf, ratingStars, timeRange } from '../model/display';
import { shortDay } from '../util/time';
import { escapeMarkdown, heading, indent, link, tagList } from './markdown-text';
import { noteBlock } from './note';
import { linkTimestamps } from './timestamps';
import type { Include } from './options';
import type { AnnotatedSession } from '../model/annotated';

export interface SessionFormat {
  include: Include;
  /** Outside day groups a time needs its day to mean anything. */
  withDay: boolean;
  /** Heading level of a session in heading style. */
  level: number;
  /** Colleagues who went, by session key, when the export names them. */
  whoWent?: ReadonlyMap<string, readonly string[]>;
}

const wentWith = (session: AnnotatedSession, format: SessionFormat) => format.whoWent?.get(session.entry.key)?.map(escapeMarkdown).join(', ') ?? '';

function when({ entry }: AnnotatedSession, withDay: boolean): string {
  const range = timeRange(entry);
  const day = dayOf(entry);
  return range && withDay && day ? `${shortDay(day)} ${range}` : range;
}

export function titleOf({ entry, annotation }: AnnotatedSession, include: Include): string {
  const title = include.links ? link(entry.title, entry.url) : escapeMarkdown(entry.title);
  return annotation.rating === null ? title : `${title} ${ratingStars(annotation.rating)}`;
}

export function speakerNames({ entry }: AnnotatedSession): string {
  return entry.speakers.map((s) => escapeMarkdown(s.name)).join(', ');
}

/** Abstract (page text, quoted so it reads apart from the note) and the user's note, each a block. */
function bodyBlocks({ entry, annotation }: AnnotatedSession, include: Include): string[] {
  const blocks: string[] = [];
  if (include.abstracts && entry.abstract?.trim()) blocks.push(`> ${escapeMarkdown(entry.abstract)}`);
  const note = include.notes ? noteBlock(linkTimestamps(annotation.note, entry)) : '';
  if (note) blocks.push(note);
  return blocks;
}

/** `### Title ★★★★☆`, a list of facts, then abstract and note: the walking skeleton's export, kept as it was. */
export function sessionSection(session: AnnotatedSession, format: SessionFormat): string {
  const { entry, annotation } = session;
  const { include } = format;
  const facts: string[] = [];
  const time = include.times ? when(session, format.withDay) : '';
  if (time) facts.push(`**When:** ${escapeMarkdown(time)}`);
  if (include.rooms && entry.room?.trim()) facts.push(`**Room:** ${escapeMarkdown(entry.room)}`);
  if (include.speakers && entry.speakers.length) facts.push(`**Speakers:** ${speakerNames(session)}`);
  if (entry.track?.trim()) facts.push(`**Track:** ${escapeMarkdown(entry.track)}`);
  if (annotation.rating !== null) facts.push(`**Rating:** ${annotation.rating}/5`);
  if (annotation.tags.length) facts.push(`**Tags:** ${tagList(annotation.tags)}`);
  if (annotation.starred) facts.push('**Starred**');
  const went = wentWith(session, format);
  if (went) facts.push(`**Who went:** ${went}`);
  const blocks = [heading(format.level, titleOf(session, include))];
  if (facts.length) blocks.push(facts.map((f) => `- ${f}`).join('\n'));
  return [...blocks, ...bodyBlocks(session, include)].join('\n\n');
}

/** `- [Title](<url>) ★★★★☆ — speakers · time · room · tags`, then abstract and note indented into the item. */
export function sessionItem(session: AnnotatedSession, format: SessionFormat): { text: string; blocks: boolean } {
  const { include } = format;
  const went = wentWith(session, format);
  const details = [
    include.speakers ? speakerNames(session) : '',
    include.times ? escapeMarkdown(when(session, format.withDay)) : '',
    include.rooms && session.entry.room?.trim() ? escapeMarkdown(session.entry.room) : '',
    tagList(session.annotation.tags),
    went && `went: ${went}`,
  ].filter(Boolean);
  const line = `- ${titleOf(session, include)}${details.length ? ` — ${details.join(' · ')}` : ''}`;
  const body = bodyBlocks(session, include);
  return { text: [line, ...body.map((b) => indent(b, '  '))].join('\n\n'), blocks: body.length > 0 };
}
