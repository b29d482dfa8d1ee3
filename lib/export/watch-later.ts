import { byTime, dayHeading, dayOf, timeRange } from '../model/display';
import { materialLinks } from '../model/links';
import type { Conference } from '../model/schema';
import { escapeMarkdown, linkTarget } from './markdown-text';
import type { AnnotatedSession } from '../model/annotated';

export interface WatchLaterGroup {
  conference: Conference;
  sessions: readonly AnnotatedSession[];
}

function item({ entry }: AnnotatedSession): string {
  const title = escapeMarkdown(entry.title);
  const page = linkTarget(entry.url);
  const facts = [
    entry.speakers.map((s) => escapeMarkdown(s.name)).join(', '),
    escapeMarkdown([dayHeading(dayOf(entry)), timeRange(entry)].filter(Boolean).join(', ')),
  ].filter(Boolean);
  const lines = [`- [ ] ${page ? `[${title}](${page})` : title}${facts.length ? ` — ${facts.join(' · ')}` : ''}`];
  for (const link of materialLinks(entry)) {
    if (link.url === entry.url) continue;
    lines.push(`  - ${escapeMarkdown(link.label)}: ${linkTarget(link.url)}`);
  }
  return lines.join('\n');
}

/**
 * The watch-later list as a Markdown checklist, per conference in schedule order: each talk linked to its
 * page, with speakers, when it was on, and the recording and slides links where the schedule gave them.
 */
export function watchLaterMarkdown(groups: readonly WatchLaterGroup[]): string {
  const out = ['# Watch later'];
  for (const { conference, sessions } of groups) {
    const kept = sessions.filter((s) => s.annotation.watchLater).sort((a, b) => byTime(a.entry, b.entry));
    if (!kept.length) continue;
    out.push('', `## ${escapeMarkdown(conference.name)}`, '', ...kept.map(item));
  }
  if (out.length === 1) out.push('', '_Nothing on the watch-later list._');
  return `${out.join('\n')}\n`;
}
