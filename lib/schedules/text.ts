import type { Speaker } from '../model/schema';
import { clip } from '../util/text';

const looksLikeHtml = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const blockEnd = /<\/(?:p|div|li|h[1-6]|tr)>|<br\s*\/?>/gi;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Where there is no DOM (the service worker): tags dropped, the common entities decoded. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return entities[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    });
}

/**
 * Abstracts in schedule files are plain text, Markdown, or HTML (FOSDEM escapes it into the XML). HTML becomes its
 * text through an inert DOMParser document (no script runs, nothing loads); line breaks of blocks are kept.
 */
export function plainText(value: string | null | undefined, max = 100_000): string | undefined {
  const raw = (value ?? '').trim();
  if (!raw) return undefined;
  let text = raw;
  if (looksLikeHtml.test(raw)) {
    const marked = raw.replace(blockEnd, '$&\n');
    text = typeof DOMParser === 'undefined' ? stripTags(marked) : (new DOMParser().parseFromString(marked, 'text/html').body?.textContent ?? raw);
  }
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return text ? clip(text, max) : undefined;
}

/** A one-line field (title, room, name): white space folded, capped. */
export function line(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text ? clip(text, max) : undefined;
}

/** Speakers from the names a file gives: each name one line (see `line`), nameless ones left out. */
export function speakersNamed(names: readonly unknown[]): Speaker[] {
  return names.map((name) => line(name, 500)).filter((name): name is string => !!name).map((name) => ({ name }));
}
