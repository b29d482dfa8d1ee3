import { escapeMarkdown, heading, tagList } from './markdown-text';
import { speakerNames, titleOf } from './markdown-session';
import { firstLine, markedLines, proseLines } from './note';
import type { Include } from './options';
import { tagHeading } from './select';
import type { AnnotatedSession } from '../model/annotated';

/** What a talk contributes under a tag: the note lines marked `#tag`, or for a tagged talk its note's first line. */
function tagLines(tags: readonly string[], prose: readonly string[], tag: string): string[] | undefined {
  const marked = markedLines(prose, tag);
  if (marked.length) return marked;
  if (!tags.includes(tag)) return undefined;
  const gist = firstLine(prose);
  return gist ? [gist] : [];
}

/**
 * A closing section gathering, in export order, the talks tagged `tag` and the note lines marked `#tag` in any
 * talk: "Cool tech" at the end of a write-up, each talk linked with what the user wrote about it.
 */
function tagSection(sessions: readonly AnnotatedSession[], prose: readonly string[][], tag: string, level: number, include: Include): string {
  const items: string[] = [];
  for (const [i, session] of sessions.entries()) {
    const lines = tagLines(session.annotation.tags, prose[i]!, tag);
    if (!lines) continue;
    const who = include.speakers ? speakerNames(session) : '';
    items.push(`- ${titleOf(session, include)}${who ? ` — ${who}` : ''}`);
    if (include.notes) items.push(...lines.map((line) => `  - ${line}`));
  }
  const body = items.length ? items.join('\n') : `_Nothing tagged ${tagList([tag])} in this export._`;
  return `${heading(level, escapeMarkdown(tagHeading(tag)))}\n\n${body}`;
}

/** Every closing section: each note is read once, however many tags are picked. */
export function tagSections(sessions: readonly AnnotatedSession[], tags: readonly string[], level: number, include: Include): string[] {
  if (!tags.length) return [];
  const prose = sessions.map((s) => proseLines(s.annotation.note));
  return tags.map((tag) => tagSection(sessions, prose, tag, level, include));
}
