import type { AnnotatedSession } from '../annotations';
import { isAnnotated, type Conference } from '../model';
import { escapeMarkdown, heading, linkTarget } from './markdown-text';
import { sessionItem, sessionSection, type SessionFormat } from './markdown-session';
import { withPreset, type MarkdownOptions } from './options';
import { groupSessions, selectSessions, type Group } from './select';
import type { ExportSource } from './source';
import { tagSections } from './tag-sections';

export { escapeMarkdown } from './markdown-text';
export type { ExportSource } from './source';

function groupBody(group: Group, options: MarkdownOptions, format: SessionFormat): string {
  if (group.empty) return '_Nothing selected on this day._';
  if (options.style === 'heading') return group.sessions.map((s) => sessionSection(s, format)).join('\n\n');
  const items = group.sessions.map((s) => sessionItem(s, format));
  // A list whose items hold paragraphs is loose anyway: blank lines between all items keep it uniform.
  return items.map((i) => i.text).join(items.some((i) => i.blocks) ? '\n\n' : '\n');
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
  const days = options.groupBy === 'day' && options.include.emptyDays ? (source.days ?? []) : [];
  const groups = groupSessions(selected, options.groupBy, days);
  if (!selected.length) out.push(emptyText(source));
  const format: SessionFormat = { include: options.include, withDay: options.groupBy !== 'day', level: level + 2 };
  for (const group of groups) {
    out.push(heading(level + 1, escapeMarkdown(group.heading)), groupBody(group, options, format));
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
export function conferenceMarkdown(conference: Conference, sessions: readonly AnnotatedSession[]): string {
  return renderMarkdown([{ conference, sessions }], withPreset('notes'));
}
