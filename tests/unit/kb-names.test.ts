import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTalkNames, bytes, namePart, talkStem } from '../../lib/export/kb/names';

/** What every file system and Obsidian accept: the rules the names promise. */
function valid(stem: string): boolean {
  const name = `${stem}.md`;
  return (
    bytes(name) <= 120 &&
    stem.length > 0 &&
    !/[<>:"/\\|?*[\]#^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(stem) &&
    !/[. ]$/.test(stem) &&
    !stem.startsWith('.') &&
    !/^(con|prn|aux|nul|com\d|lpt\d) *(\..*)?$/i.test(stem) &&
    stem === stem.toWellFormed()
  );
}

const title = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('CON', 'nul', 'COM1.txt', '...', '   ', '../../etc/passwd', '..\\..\\win.ini', 'a|b[c]#d^e', 'trailing. ', '\u202Egnp.exe', '🚀'.repeat(80)),
);
const id = fc.stringMatching(/^[A-Za-z0-9._-]{1,100}$/);

describe('notes file names', () => {
  it('gives any title a valid name, the same every time, unique among talks (also without regard to case)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(title, id), { maxLength: 30 }), (talks) => {
        const input = talks.map(([t, i], n) => ({ key: `sched:x:${i}${n}`, title: t, id: `${i}${n}` }));
        const names = assignTalkNames(input, new Map());
        const stems = [...names.values()];
        expect(stems.every(valid)).toBe(true);
        expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(stems.length);
        expect(assignTalkNames([...input].reverse(), new Map())).toEqual(names);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps path traversal, reserved device names and link-breaking characters out', () => {
    expect(talkStem('../../etc/passwd', 'a1')).toBe('etc passwd (a1)');
    expect(talkStem('..\\..\\Windows\\win.ini', 'a1')).toBe('Windows win.ini (a1)');
    expect(namePart('CON', 40, 'x')).toBe('_CON');
    expect(namePart('lpt1.md', 40, 'x')).toBe('_lpt1.md');
    expect(talkStem('CON', 'c1')).toBe('CON (c1)');
    expect(talkStem('COM1.txt', 'c1')).toBe('_COM1.txt (c1)');
    expect(talkStem('nul .x', 'c1')).toBe('_nul .x (c1)');
    expect(talkStem('Kubernetes [SIG] | #1 ^beta', 'K8')).toBe('Kubernetes SIG 1 beta (K8)');
    expect(talkStem('Ends with dots...', 'z')).toBe('Ends with dots (z)');
    expect(talkStem('', 'z')).toBe('Untitled (z)');
  });

  it('cuts long titles between graphemes to stay under 120 bytes, and shortens long ids', () => {
    const stem = talkStem('👩‍💻'.repeat(40), 'e'.repeat(32));
    expect(bytes(`${stem}.md`)).toBeLessThanOrEqual(120);
    expect(stem).toMatch(/^(👩‍💻)+ \(eeeeeeee-[0-9a-z]+\)$/);
  });

  it('gives two talks that would collide distinct names', () => {
    const names = assignTalkNames(
      [
        { key: 'sched:x:Ab', title: 'Same', id: 'Ab' },
        { key: 'sched:x:aB', title: 'same', id: 'aB' },
      ],
      new Map(),
    );
    expect([...names.values()]).toEqual(['Same (Ab)', 'same (aB) 2']);
  });

  it('keeps the name an earlier export gave a talk the schedule has since renamed', () => {
    const first = assignTalkNames([{ key: 'sched:x:k1', title: 'Old title', id: 'k1' }], new Map());
    const again = assignTalkNames([{ key: 'sched:x:k1', title: 'Brand new title', id: 'k1' }, { key: 'sched:x:k0', title: 'Old title', id: 'k1' }], first);
    expect(again.get('sched:x:k1')).toBe('Old title (k1)');
    expect(again.get('sched:x:k0')).toBe('Old title (k1) 2');
    // A name stored by some older version that breaks today's rules is not reused.
    expect(assignTalkNames([{ key: 'sched:x:k1', title: 'T', id: 'k1' }], new Map([['sched:x:k1', '../evil']])).get('sched:x:k1')).toBe('T (k1)');
  });
});
