import { escapeMarkdown } from '../markdown-text';
import type { Markdown } from './template-render';

/** The notes app the files are for: its link syntax, front matter and folder layout. */
export type Flavour = 'obsidian' | 'logseq' | 'plain';
export const FLAVOURS: readonly Flavour[] = ['obsidian', 'logseq', 'plain'];
export const flavourNames: Record<Flavour, string> = { obsidian: 'Obsidian', logseq: 'Logseq', plain: 'Plain Markdown (Notion, Joplin)' };

/** A note in the export: a talk, a day of a conference, or a conference's index. `folder` names the conference. */
export interface Place {
  kind: 'talk' | 'day' | 'index';
  folder: string;
  stem: string;
}

const ROOT = 'Talkmarks';
const sub = { talk: 'Talks/', day: 'Days/', index: '' } as const;

/**
 * Where a note goes in the zip. Obsidian and plain Markdown: `Talkmarks/<conference>/Talks|Days/<name>.md`, so the
 * zip extracts over a vault folder. Logseq keeps every page in `pages/`, its namespaces spelt `a___b.md` in file
 * names (and `a/b` in the `title::`), the conference being the namespace of its talks and days.
 */
export function notePath(place: Place, flavour: Flavour): string {
  if (flavour === 'logseq') return `pages/${place.kind === 'index' ? place.folder : `${place.folder}___${place.stem}`}.md`;
  return `${ROOT}/${place.folder}/${sub[place.kind]}${place.stem}.md`;
}

/** Logseq's page name: `KubeCon EU 2026/eBPF for all (2EsAI)`. */
export function pageName(place: Place): string {
  return place.kind === 'index' ? place.folder : `${place.folder}/${place.stem}`;
}

/** Link text inside `[[…|text]]`: Obsidian ends the alias at `]]`, `|` or a line end and nothing escapes them, so those go. */
const wikiText = (text: string) => text.replace(/[[\]|<>\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();

/** A path segment as a URL: parentheses too, so no Markdown reader ends the link early. */
const segment = (part: string) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function relative(from: Place, to: Place): string {
  const depth = from.kind === 'index' ? 0 : 1;
  const target = notePath(to, 'plain').split('/').slice(2).map(segment).join('/');
  return `${'../'.repeat(depth)}${target}`;
}

/** A link from one note to another, in the flavour's syntax. */
export function noteLink(from: Place, to: Place, text: string, flavour: Flavour): Markdown {
  switch (flavour) {
    case 'obsidian': {
      const alias = wikiText(text);
      return { markdown: alias && alias !== to.stem ? `[[${to.stem}|${alias}]]` : `[[${to.stem}]]` };
    }
    case 'logseq':
      return { markdown: `[[${pageName(to)}]]` };
    case 'plain':
      return { markdown: `[${escapeMarkdown(text)}](${relative(from, to)})` };
  }
}
