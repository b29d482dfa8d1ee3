/** The text layer of RFC 5545: value escaping, UTC date-times, and line folding at 75 octets. */

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters are not allowed. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** `2026-03-24T09:00:00.000Z` → `20260324T090000Z`. */
export function utcDateTime(instant: string | number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Content lines longer than 75 octets continue on lines starting with a space. Breaks fall between code points,
 * never inside a UTF-8 sequence, so a reader that unfolds bytes gets back valid text; nor inside an escape like
 * `\n`, which the standard allows but naive readers trip over.
 */
export function foldLine(line: string): string {
  let out = '';
  let width = 0;
  for (const [unit] of line.matchAll(/\\[\s\S]|[\s\S]/gu)) {
    const size = [...unit].reduce((sum, c) => sum + octets(c.codePointAt(0)!), 0);
    if (width + size > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += unit;
    width += size;
  }
  return out;
}

/** Properties as `NAME:value` lines, folded and joined with CRLF, with the closing CRLF the format requires. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
