/** The text layer of RFC 5545: value escaping, UTC date-times, and line folding at 75 octets. */

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters are not allowed. */
export function escapeText(text: string): string {
  return text.replace(textSpecials, (c) => (c === '\n' || c[0] === '\r' ? '\\n' : c < ' ' || c === '\u007f' ? '' : `\\${c}`));
}

/** In one pass: line breaks (CRLF, CR, LF), control characters but tab, and `\ ; ,`. */
const textSpecials = /\r\n?|[\n\\;,\u0000-\u0008\u000b-\u001f\u007f]/g;

/** `2026-03-24T09:00:00.000Z` → `20260324T090000Z`. */
export function utcDateTime(instant: string | number): string {
  const s = new Date(instant).toISOString();
  return `${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)}T${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}Z`;
}

/** UTF-8 octets of one UTF-16 unit: a high surrogate counts its whole code point, so a low one counts none. */
function octets(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c < 0xdc00) return 4;
  if (c >= 0xdc00 && c < 0xe000) return 0;
  return 3;
}

/**
 * Content lines longer than 75 octets continue on lines starting with a space. Breaks fall between code points,
 * never inside a UTF-8 sequence, so a reader that unfolds bytes gets back valid text; nor inside an escape like
 * `\n`, which the standard allows but naive readers trip over.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most three octets: short lines need no counting.
  if (line.length <= 25) return line;
  let out = '';
  let start = 0;
  let width = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    // What stays together: a surrogate pair, or a backslash and what it escapes.
    const end = (c === 0x5c || (c >= 0xd800 && c < 0xdc00)) && i + 1 < line.length ? i + 2 : i + 1;
    let size = 0;
    for (let k = i; k < end; k++) size += octets(line.charCodeAt(k));
    if (width + size > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      width = 1;
    }
    width += size;
    i = end;
  }
  return out + line.slice(start);
}

/** Properties as `NAME:value` lines, folded and joined with CRLF, with the closing CRLF the format requires. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
