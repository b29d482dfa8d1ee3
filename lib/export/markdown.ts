import { type Conference, type OwnItem } from '../model/schema';
import { escapeMarkdown, heading, linkTarget } from './markdown-text';
import { sessionItem, sessionSection, type SessionFormat } from './markdown-session';
import { withPreset, type MarkdownOptions } from './options';
import { ownItemDay, ownItemItem, ownItemSection } from './own-items';
import { groupSessions, selectSessions, type Group } from './select';
import type { ExportSource } from './source';
import { tagSections } from './tag-sections';
import { noteBlock } from './note';
import type { AnnotatedSession } from '../model/annotated';
import { isAnnotated } from '../model/fields';

export { escapeMarkdown } from './markdown-text';
export type { ExportSource } from './source';

interface Rendered {
  start?: string;
  text: string;
  blocks: boolean;
}

/** In time order own items go between the sessions around them; in rating order, after the day's sessions. */
function interleave(sessions: Rendered[], own: Rendered[], byTime: boolean): Rendered[] {
  if (!byTime) return [...sessions, ...own];
  const out = [...sessions];
  for (const item of own) {
    const at = out.findIndex((r) => r.start !== undefined && item.start !== undefined && r.start > item.start);
    out.splice(at === -1 ? out.length : at, 0, item);
  }
  return out;
}

function groupBody(group: Group, own: readonly OwnItem[], options: MarkdownOptions, format: SessionFormat): string {
  if (group.empty && !own.length) return '_Nothing selected on this day._';
  const headings = options.style === 'heading';
  const sessions = group.sessions.map((s): Rendered => ({
    start: s.entry.start,
    ...(headings ? { text: sessionSection(s, format), blocks: true } : sessionItem(s, format)),
  }));
  const mine = own.map((item): Rendered => ({
    start: item.start,
    ...(headings ? { text: ownItemSection(item, format), blocks: true } : ownItemItem(item, format)),
  }));
  const items = interleave(sessions, mine, options.sortBy === 'time');
  // A list whose items hold paragraphs is loose anyway: blank lines between all items keep it uniform.
  return items.map((i) => i.text).join(headings || items.some((i) => i.blocks) ? '\n\n' : '\n');
}

function emptyText(source: ExportSource): string {
  return source.sessions.some((s) => isAnnotated(s.annotation))
    ? '_No sessions match these export options._'
    : '_No starred, rated, tagged or noted sessions yet._';
}

function conferenceBlock(source: ExportSource, options: MarkdownOptions): string {
  const level = options.headingLevel;
  const { conference } = source;
  const out = [heading(level, escapeMarkdown(conference.name))];
  const schedule = options.include.links ? linkTarget(conference.url) : undefined;
  if (schedule) out.push(`Schedule: ${schedule}`);
  const selected = selectSessions(source.sessions, options);
  const own = source.ownItems ?? [];
  const byDay = options.groupBy === 'day';
  // The journal is the user's notes: where notes go (Highlights, Full notes), the conference's goes first.
  const journals = options.include.notes ? (source.journals ?? []).filter((j) => j.note.trim()) : [];
  const whole = journals.find((j) => !j.day);
  if (whole) out.push(noteBlock(whole.note));
  const dayNotes = new Map(byDay ? journals.flatMap((j) => (j.day ? [[j.day, j.note] as const] : [])) : []);
  const ownDays = own.map(ownItemDay).filter((d): d is string => d !== undefined);
  const days = byDay ? [...(options.include.emptyDays ? (source.days ?? []) : []), ...ownDays, ...dayNotes.keys()] : [];
  const groups = groupSessions(selected, options.groupBy, days);
  // Own items belong to days; any other grouping gathers them in a section of their own.
  if (!byDay && own.length) groups.push({ heading: 'Own items', sessions: [] });
  if (!selected.length && !own.length) out.push(emptyText(source));
  const format: SessionFormat = { include: options.include, withDay: !byDay, level: level + 2, whoWent: options.include.whoWent ? source.whoWent : undefined };
  for (const group of groups) {
    const mine = byDay ? own.filter((item) => ownItemDay(item) === group.key) : group.sessions.length ? [] : own;
    // A day's journal goes under its heading, before its talks.
    const journal = group.key === undefined ? undefined : dayNotes.get(group.key);
    out.push(heading(level + 1, escapeMarkdown(group.heading)));
    if (journal) out.push(noteBlock(journal));
    if (!journal || !group.empty || mine.length) out.push(groupBody(group, mine, options, format));
  }
  out.push(...tagSections(selected, options.tagSections, level + 1, options.include));
  return out.join('\n\n');
}

/**
 * CommonMark for a write-up: per conference a heading, its sessions grouped and ordered as the options say, and
 * closing tag sections. Page text is escaped; the user's notes go in as written. Ends with one newline.
 */
export function renderMarkdown(sources: readonly ExportSource[], options: MarkdownOptions): string {
  return `${sources.map((s) => conferenceBlock(s, options)).join('\n\n')}\n`;
}

/** The "Full notes" preset for one conference: what the dashboard's quick Export Markdown button downloads. */
export function conferenceMarkdown(
  conference: Conference,
  sessions: readonly AnnotatedSession[],
  ownItems: readonly OwnItem[] = [],
): string {
  return renderMarkdown([{ conference, sessions, ownItems }], withPreset('notes'));
}
