import { queryTerms } from './search-index';

/** A hit in the original text: `start` included, `end` not, in UTF-16 units. */
export interface Range {
  start: number;
  end: number;
}

/** A piece of text to draw, marked or not. */
export interface Part {
  text: string;
  hit: boolean;
}

/**
 * Text folded as the search index folds it (lower case, no accents, white space runs as one space), with where each
 * folded unit came from: a hit found in the folded text is marked on the text the user reads.
 */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  let space = true;
  for (const ch of text) {
    const start = at;
    at += ch.length;
    if (/\s/.test(ch)) {
      if (!space) (folded += ' '), from.push(start), to.push(at);
      space = true;
      continue;
    }
    space = false;
    const unit = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    for (let k = 0; k < unit.length; k++) (folded += unit[k]), from.push(start), to.push(at);
  }
  return { folded, from, to };
}

/**
 * Printable ASCII with no white space to fold (no leading space, no run of two): its folded text is its lower case,
 * unit for unit. Most titles and abstracts are; folding them character by character cost most of a keystroke's
 * drawing, since every row on screen marks its title, facts and a passage of its abstract.
 */
const isPlain = (text: string) => /^[\x20-\x7e]*$/.test(text) && text[0] !== ' ' && !text.includes('  ');

/** Where the search's terms occur in `text`, sorted, overlapping hits joined. */
export function hitRanges(text: string, terms: readonly string[]): Range[] {
  if (!text || !terms.length) return [];
  const plain = isPlain(text);
  const { folded, from, to } = plain ? { folded: text.toLowerCase(), from: undefined, to: undefined } : fold(text);
  const found: Range[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0 && term; at = folded.indexOf(term, at + term.length)) {
      found.push(from && to ? { start: from[at]!, end: to[at + term.length - 1]! } : { start: at, end: at + term.length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of found) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** `text` cut into marked and plain parts: what a renderer turns into text nodes and `<mark>`s. */
export function markParts(text: string, terms: readonly string[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const r of hitRanges(text, terms)) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), hit: false });
    parts.push({ text: text.slice(r.start, r.end), hit: true });
    at = r.end;
  }
  if (at < text.length || !parts.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/**
 * A short passage of `text` around the first hit, cut at word boundaries with `…` where it was cut; undefined when
 * no term occurs in it. Line breaks become spaces: a snippet is one line of a result.
 */
export function snippet(text: string, terms: readonly string[], width = 160): string | undefined {
  const first = hitRanges(text, terms)[0];
  if (!first) return undefined;
  const flat = text.replace(/\s+/g, ' ');
  // Collapsing white space moves the hit left by what was removed before it.
  const hit = text.slice(0, first.start).replace(/\s+/g, ' ').length;
  let start = Math.max(0, hit - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < hit ? space + 1 : start;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > hit ? space : end;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/** Where a result matched that its row does not show: a passage of the user's note, else of the abstract. */
export function whyMatched(
  query: string,
  shown: readonly string[],
  sources: readonly { label: string; text: string | undefined }[],
): { label: string; text: string } | undefined {
  const terms = queryTerms(query);
  const hidden = terms.filter((t) => !shown.some((s) => hitRanges(s, [t]).length));
  if (!hidden.length) return undefined;
  for (const { label, text } of sources) {
    const passage = text && snippet(text, hidden);
    if (passage) return { label, text: passage };
  }
  return undefined;
}
