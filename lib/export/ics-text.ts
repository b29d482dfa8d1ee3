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
  const s = new Date(instant).toISOString();
  return `${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)}T${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}Z`;
}

/** UTF-8 length of the code point starting at `i`, and how many UTF-16 units it takes. */
function unitAt(line: string, i: number): [octets: number, units: number] {
  const c = line.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < line.length) return [4, 2];
  return [3, 1];
}

/**
 * Content lines longer than 75 octets continue on lines starting with a space. Breaks fall between code points,
 * never inside a UTF-8 sequence, so a reader that unfolds bytes gets back valid text; nor inside an escape like
 * `\n`, which the standard allows but naive readers trip over.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most three octets: short lines need no counting.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < line.length; ) {
    let [size, units] = unitAt(line, i);
    if (line.charCodeAt(i) === 0x5c && i + 1 < line.length) {
      const [nextSize, nextUnits] = unitAt(line, i + 1);
      size += nextSize;
      units += nextUnits;
    }
    if (width + size > 75) {
      parts.push(line.slice(start, i));
      start = i;
      width = 1;
    }
    width += size;
    i += units;
  }
  if (start === 0) return line;
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Properties as `NAME:value` lines, folded and joined with CRLF, with the closing CRLF the format requires. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
