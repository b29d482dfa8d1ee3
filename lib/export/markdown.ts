import type { AnnotatedSession } from '../annotations';
import { byTime, dayHeading, dayOf, groupBy, ratingStars, timeRange } from '../format';
import { fold } from '../text';
import { isAnnotated, type Conference, type OwnItem } from '../model';
import { ownItemBlock, ownItemDay } from './own-items';

/**
 * Page text goes into Markdown as text: every ASCII punctuation character that could start markup is
 * backslash-escaped (CommonMark allows that for all of them), so `<img onerror>` stays literal.
 */
export function escapeMarkdown(text: string): string {
  return fold(text).replace(/[\\`*_{}[\]<>#!|~&$^%]/g, (c) => `\\${c}`);
}

/** A link target that cannot close the link early or smuggle a scheme: http(s) only, angle-bracketed. */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

function sessionBlock({ entry, annotation }: AnnotatedSession): string {
  const title = escapeMarkdown(entry.title);
  const target = linkTarget(entry.url);
  const stars = annotation.rating === null ? '' : ` ${ratingStars(annotation.rating)}`;
  const lines = [`### ${target ? `[${title}](${target})` : title}${stars}`];
  const facts: string[] = [];
  const when = timeRange(entry);
  if (when) facts.push(`**When:** ${escapeMarkdown(when)}`);
  if (entry.room) facts.push(`**Room:** ${escapeMarkdown(entry.room)}`);
  if (entry.speakers.length) facts.push(`**Speakers:** ${entry.speakers.map((s) => escapeMarkdown(s.name)).join(', ')}`);
  if (entry.track) facts.push(`**Track:** ${escapeMarkdown(entry.track)}`);
  if (annotation.rating !== null) facts.push(`**Rating:** ${annotation.rating}/5`);
  if (annotation.tags.length) facts.push(`**Tags:** ${annotation.tags.map((t) => `\`${t.replace(/`/g, '')}\``).join(', ')}`);
  if (annotation.starred) facts.push('**Starred**');
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  // Kept as written: only blank lines around it go, so an indented first line keeps its indent.
  const note = annotation.note.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (note) lines.push('', note);
  return lines.join('\n');
}

/**
 * A highlights post for one conference: a heading per event-local day, each annotated session with its
 * link, time, room, speakers, rating, tags and the user's note as written. Unannotated sessions are left out.
 * The user's own items (meetings, booth duty) join their day in time order.
 */
export function conferenceMarkdown(conference: Conference, sessions: readonly AnnotatedSession[], ownItems: readonly OwnItem[] = []): string {
  const kept = sessions.filter((s) => isAnnotated(s.annotation)).sort((a, b) => byTime(a.entry, b.entry));
  const blocks = [
    ...kept.map((s) => ({ day: dayOf(s.entry), start: s.entry.start, text: () => sessionBlock(s) })),
    ...ownItems.map((item) => ({ day: ownItemDay(item), start: item.start, text: () => ownItemBlock(item, escapeMarkdown) })),
  ].sort((a, b) => (a.start === b.start ? 0 : !a.start ? 1 : !b.start ? -1 : Date.parse(a.start) - Date.parse(b.start)));
  const out = [`# ${escapeMarkdown(conference.name)}`];
  if (conference.url) out.push('', `Schedule: <${conference.url}>`);
  for (const [day, group] of groupBy(blocks, (b) => b.day)) {
    out.push('', `## ${dayHeading(day)}`);
    for (const block of group) out.push('', block.text());
  }
  if (!blocks.length) out.push('', '_No starred, rated, tagged or noted sessions yet._');
  return `${out.join('\n')}\n`;
}
