import { fingerprint } from '../../util/ids';

/**
 * File names that every system and notes app accepts: no character Windows, macOS or Linux forbids, none that
 * breaks an Obsidian link (`[ ] | # ^`), no control or bidi-override character (a name must read as it sorts),
 * no leading dot (hidden) and no trailing dot or space (Windows drops them).
 */
const forbidden = /[<>:"/\\|?*[\]#^\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
// Windows reads the name before its first dot, spaces dropped: `COM1.txt (x1).md` is the port too.
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export const bytes = (text: string) => encoder.encode(text).length;

/** Cut to at most `max` UTF-8 bytes between graphemes, so an emoji or an accented letter is never split. */
function cut(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = bytes(segment);
    if (used + size > max) break;
    out += segment;
    used += size;
  }
  return out;
}

const trimEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/gu, '');

function cleanPart(text: string, max: number, fallback: string): string {
  const clean = trimEnds(text.toWellFormed().normalize('NFC').replace(forbidden, ' ').replace(/\s+/gu, ' '));
  return trimEnds(cut(clean, max)) || fallback;
}

/** Page text as a whole file name (no extension), at most `max` bytes; `fallback` when nothing usable is left. */
export function namePart(text: string, max: number, fallback: string): string {
  const short = cleanPart(text, max, fallback);
  return reserved.test(short) ? `_${short}` : short;
}

/** The session's own id, short enough for a name: long ids (32-hex, cleaned-up UIDs) keep a prefix and a fingerprint. */
export function shortId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return safe.length <= 16 && safe === id ? id : `${safe.slice(0, 8)}-${fingerprint(id)}`;
}

/** A talk's name is at most this long, so `<conference>___<talk>.md` (Logseq's namespaces) stays under 120 bytes. */
export const TALK_BYTES = 72;
export const CONFERENCE_BYTES = 40;

/** `<slug of title> (<short id>)`, without extension. */
export function talkStem(title: string, id: string): string {
  const suffix = ` (${shortId(id)})`;
  const stem = `${cleanPart(title, TALK_BYTES - 1 - bytes(suffix), 'Untitled')}${suffix}`;
  return reserved.test(stem) ? `_${stem}` : stem;
}

/** Whether a stem stored by an earlier export still passes today's rules (it may come from an older version). */
export function isSafeStem(stem: string): boolean {
  return stem !== '' && stem === namePart(stem, TALK_BYTES, '') && bytes(stem) <= TALK_BYTES;
}

/**
 * Hands out names unique without regard to case (macOS and Windows see `A.md` and `a.md` as one file): a name
 * already taken gets ` 2`, ` 3`… at its end.
 */
export class NameSet {
  private readonly taken = new Set<string>();

  claim(stem: string): boolean {
    const folded = stem.toLowerCase();
    if (this.taken.has(folded)) return false;
    this.taken.add(folded);
    return true;
  }

  unique(stem: string, max = TALK_BYTES): string {
    if (this.claim(stem)) return stem;
    for (let n = 2; ; n++) {
      const mark = ` ${n}`;
      const candidate = bytes(stem) + bytes(mark) <= max ? `${stem}${mark}` : `${trimEnds(cut(stem, max - bytes(mark)))}${mark}`;
      if (this.claim(candidate)) return candidate;
    }
  }
}

export interface Named {
  key: string;
  title: string;
  id: string;
}

/**
 * Each talk's file name: the one an earlier export gave it when there is one (a renamed talk keeps its file, so
 * extracting over the vault replaces it), else `<title> (<id>)`. Earlier names are honoured first and the rest go
 * in key order, so the same talks always get the same names.
 */
export function assignTalkNames(talks: readonly Named[], earlier: ReadonlyMap<string, string>, names = new NameSet()): Map<string, string> {
  const sorted = [...talks].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = new Map<string, string>();
  for (const talk of sorted) {
    const before = earlier.get(talk.key);
    if (before !== undefined && isSafeStem(before) && names.claim(before)) out.set(talk.key, before);
  }
  for (const talk of sorted) if (!out.has(talk.key)) out.set(talk.key, names.unique(talkStem(talk.title, talk.id)));
  return out;
}
