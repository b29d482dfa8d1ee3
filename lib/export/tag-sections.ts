import type { AnnotatedSession } from '../annotations';
import { escapeMarkdown, heading, tagList } from './markdown-text';
import { speakerNames, titleOf } from './markdown-session';
import { firstLine, markedLines } from './note';
import type { Include } from './options';
import { tagHeading } from './select';

/** What a talk contributes under a tag: the note lines marked `#tag`, or for a tagged talk its note's first line. */
export function tagLines({ annotation }: AnnotatedSession, tag: string): string[] | undefined {
  const marked = markedLines(annotation.note, tag);
  if (marked.length) return marked;
  if (!annotation.tags.includes(tag)) return undefined;
  const gist = firstLine(annotation.note);
  return gist ? [gist] : [];
}

/**
 * A closing section gathering, in export order, the talks tagged `tag` and the note lines marked `#tag` in any
 * talk: "Cool tech" at the end of a write-up, each talk linked with what the user wrote about it.
 */
export function tagSection(sessions: readonly AnnotatedSession[], tag: string, level: number, include: Include): string {
  const items: string[] = [];
  for (const session of sessions) {
    const lines = tagLines(session, tag);
    if (!lines) continue;
    const who = include.speakers ? speakerNames(session) : '';
    items.push(`- ${titleOf(session, include)}${who ? ` — ${who}` : ''}`);
    if (include.notes) items.push(...lines.map((line) => `  - ${line}`));
  }
  const body = items.length ? items.join('\n') : `_Nothing tagged ${tagList([tag])} in this export._`;
  return `${heading(level, escapeMarkdown(tagHeading(tag)))}\n\n${body}`;
}
