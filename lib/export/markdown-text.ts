import { fold } from '../util/text';

/** One pass over the text: single characters, `&` of an entity, and runs of `%` or `=`. */
const markup = /[\\`*_{}[\]<>#$^~]|&(?=#?[A-Za-z0-9]+;)|%{2,}|={2,}/g;

/**
 * Where GFM would make a link of plain text: `https://`, `ftp://` and `www.` (extended autolinks), and `@`, which
 * starts an e-mail autolink and, on GitHub, a mention. A backslash does not stop them everywhere: remark-gfm finds
 * them in the decoded text. An invisible WORD JOINER after the `:`, before the `.` or after the `@` does, in both.
 */
const autolinkStart = /\b(?:https?|ftp):(?=\/\/)|\bwww(?=\.)|@/gi;
export const WORD_JOINER = '\u2060';

/**
 * Page text goes into Markdown as text. The ASCII punctuation that can start markup is backslash-escaped
 * (CommonMark allows that for all of it), so `<img onerror>` stays literal, and so do the extensions GitHub,
 * Obsidian and site generators add: `~~` strikethrough, `$` math, `^` block ids, `%%` comments, `==` highlights,
 * `{{ }}` templates, `#tags`. `&` only where it would spell an entity, so "Q&A" and "75%" stay readable.
 * A leading `-`, `+` or `1.` is escaped because a title can land at the start of a list item. Nothing of it becomes
 * a link or a mention (see autolinkStart): the page chose that text, not the user.
 */
export function escapeMarkdown(text: string): string {
  return fold(text)
    .replace(autolinkStart, `$&${WORD_JOINER}`)
    .replace(markup, (m) => m.replace(/./g, '\\$&'))
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** An http(s) URL in angle brackets: nothing in it can close the link early, start markup or smuggle a scheme. */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return `<${url.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** `[text](<url>)` with the text escaped, or the escaped text alone when there is no usable URL. */
export function link(text: string, url: string | undefined): string {
  const target = linkTarget(url);
  return target ? `[${escapeMarkdown(text)}](${target})` : escapeMarkdown(text);
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

/** Prefixes every non-blank line: how a block is placed inside a list item. Blank lines stay empty. */
export function indent(block: string, prefix: string): string {
  return block
    .split('\n')
    .map((line) => (line ? prefix + line : ''))
    .join('\n');
}

/** Tags as code spans: literal everywhere, and not turned into links by GitHub (`#123`) or Obsidian (`#tag`). */
export function tagList(tags: readonly string[]): string {
  return tags.map((t) => `\`${t.replace(/`/g, '')}\``).join(', ');
}
