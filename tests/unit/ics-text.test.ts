import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLines, escapeText, foldLine, utcDateTime } from '../../lib/export/ics-text';

const utf8 = (s: string) => new TextEncoder().encode(s).length;
/** The physical lines of one folded content line, each continuation without its leading space. */
const pieces = (folded: string) => folded.split('\r\n').map((piece, i) => (i === 0 ? piece : piece.slice(1)));

describe('ICS text values', () => {
  it('escape backslash, semicolon and comma, and turn every kind of line break into \\n', () => {
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('drop control characters a calendar would refuse, but keep tabs, spaces and text', () => {
    expect(escapeText('a\u0000b\u0001c\u0008d\u000be\u001ff\u007fg')).toBe('abcdefg');
    expect(escapeText('Tab\there and space, é → 😀')).toBe('Tab\there and space\\, é → 😀');
  });
});

describe('UTC date-times', () => {
  it('write stored instants, other ISO forms and epoch milliseconds alike', () => {
    expect(utcDateTime('2026-03-24T09:00:00.000Z')).toBe('20260324T090000Z');
    expect(utcDateTime('2026-03-24T09:05:07Z')).toBe('20260324T090507Z');
    expect(utcDateTime('2026-03-24T10:00:00+01:00')).toBe('20260324T090000Z');
    expect(utcDateTime(Date.UTC(2026, 9, 25, 0, 59, 59))).toBe('20261025T005959Z');
  });
});

/** Code points at every UTF-8 length boundary, a surrogate pair, and escapes that must not be split. */
const units = ['a', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uffff', '\u{10000}', '😀', '\u{10ffff}', '\\n', '\\,', ' '];

describe('line folding', () => {
  it('breaks only past 75 octets, as late as it can, never inside a code point or an escape', () => {
    fc.assert(
      // `size: 'max'`: fast-check's default size keeps arrays to about ten units, a line that never needs a fold.
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 120, size: 'max' }), (parts) => {
        const line = `DESCRIPTION:${parts.join('')}`;
        const folded = foldLine(line);
        const lines = pieces(folded);
        expect(lines.join('')).toBe(line);
        for (const [i, piece] of lines.entries()) {
          // A continuation's leading space counts toward its 75 octets.
          expect(utf8(piece) + (i === 0 ? 0 : 1)).toBeLessThanOrEqual(75);
          expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
          if (i > 0) expect(lines[i - 1]).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
          // As late as it can: the next unit (pair or escape) would not have fitted.
          const next = lines[i + 1];
          if (next !== undefined) {
            const unit = /^(\\.|[\ud800-\udbff][\udc00-\udfff]|.)/su.exec(next)![0];
            expect(utf8(piece) + (i === 0 ? 0 : 1) + utf8(unit)).toBeGreaterThan(75);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a line of exactly 75 octets whole, also when it ends in a lone backslash', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine(`${'a'.repeat(74)}\\`)).toBe(`${'a'.repeat(74)}\\`);
    expect(foldLine(`${'a'.repeat(73)}é`)).toBe(`${'a'.repeat(73)}é`);
    expect(foldLine(`${'a'.repeat(74)}é`)).toBe(`${'a'.repeat(74)}\r\n é`);
  });

  it('ends every content line with CRLF, the last one too', () => {
    expect(contentLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
