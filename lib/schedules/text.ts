import { clip } from '../text';

const looksLikeHtml = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const blockEnd = /<\/(?:p|div|li|h[1-6]|tr)>|<br\s*\/?>/gi;

/**
 * Abstracts in schedule files are plain text, Markdown, or HTML (FOSDEM escapes it into the XML). HTML becomes its
 * text through an inert DOMParser document (no script runs, nothing loads); line breaks of blocks are kept.
 */
export function plainText(value: string | null | undefined, max = 100_000): string | undefined {
  const raw = (value ?? '').trim();
  if (!raw) return undefined;
  let text = raw;
  if (looksLikeHtml.test(raw)) {
    const doc = new DOMParser().parseFromString(raw.replace(blockEnd, '$&\n'), 'text/html');
    text = doc.body?.textContent ?? raw;
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
