import { describe, expect, it } from 'vitest';
import { assignTalkNames, bytes, NameSet, namePart, talkStem } from '../../lib/export/kb/names';

/** The exact file names the notes export gives: what the user finds in the zip and in their vault. */
describe('a talk’s file name', () => {
  it('cuts a long title so the name with its id fits in 71 bytes', () => {
    const stem = talkStem('a'.repeat(100), 'id1');
    expect(stem).toBe(`${'a'.repeat(65)} (id1)`);
    expect(bytes(stem)).toBe(71);
  });

  it('keeps a short plain id and shortens a long one or one with other characters to a prefix and a fingerprint', () => {
    expect(talkStem('T', 'abcdefghijklmnop')).toBe('T (abcdefghijklmnop)');
    expect(talkStem('T', 'abcdefghijklmnopq')).toMatch(/^T \(abcdefgh-[0-9a-z]+\)$/);
    expect(talkStem('T', 'a.b')).toMatch(/^T \(a-b-[0-9a-z]+\)$/);
    expect(talkStem('T', 'a.b')).toBe(talkStem('T', 'a.b'));
    expect(talkStem('T', 'a.b')).not.toBe(talkStem('T', 'a_b'));
  });
});

describe('a name part', () => {
  it('drops leading and trailing dots and spaces, and folds runs of white space', () => {
    expect(namePart('  ..hidden   name.. ', 40, 'x')).toBe('hidden name');
    expect(namePart(' . ', 40, 'fallback')).toBe('fallback');
  });

  it('composes accents, replaces a lone surrogate, and drops bidi and control characters', () => {
    expect(namePart('e\u0301t\u00e9', 40, 'x')).toBe('été');
    expect(namePart('a\ud800b', 40, 'x')).toBe('a\ufffdb');
    expect(namePart('a\u202eb\u0007c\u2066d', 40, 'x')).toBe('a b c d');
  });

  it('guards reserved device names with superscript digits too', () => {
    expect(namePart('com¹', 40, 'x')).toBe('_com¹');
    expect(namePart('AUX .txt', 40, 'x')).toBe('_AUX .txt');
    expect(namePart('auxiliary', 40, 'x')).toBe('auxiliary');
  });

  it('is cut between characters to the byte limit, never inside one', () => {
    expect(namePart('ééééé', 9, 'x')).toBe('éééé');
    expect(namePart('abc', 3, 'x')).toBe('abc');
    expect(namePart('ab cd', 3, 'x')).toBe('ab');
  });
});

describe('names made unique', () => {
  it('number a taken name from 2, cutting the name so the number fits the limit, without regard to case', () => {
    const names = new NameSet();
    expect(names.unique('x'.repeat(10), 11)).toBe('x'.repeat(10));
    expect(names.unique('x'.repeat(10), 11)).toBe(`${'x'.repeat(9)} 2`);
    expect(names.unique('X'.repeat(10), 11)).toBe(`${'X'.repeat(9)} 3`);
    expect(names.unique('é'.repeat(6), 13)).toBe('é'.repeat(6));
    expect(names.unique('é'.repeat(6), 13)).toBe(`${'é'.repeat(5)} 2`);
    expect(names.unique('short', 72)).toBe('short');
    expect(names.unique('short', 72)).toBe('short 2');
  });

  it('honour an earlier export’s name before giving new ones, whatever the key order', () => {
    const names = assignTalkNames(
      [
        { key: 'sched:x:a', title: 'Same', id: 'k' },
        { key: 'sched:x:b', title: 'Other', id: 'b' },
      ],
      new Map([['sched:x:b', 'Same (k)']]),
    );
    expect(names.get('sched:x:b')).toBe('Same (k)');
    expect(names.get('sched:x:a')).toBe('Same (k) 2');
  });

  it('give the plain name to the talk with the first key when two would share it, whatever order they come in', () => {
    // Two conferences with a keynote of the same id: the same export must name the same file the same way.
    const talks = [
      { key: 'sched:b2026:k1', title: 'Keynote', id: 'k1' },
      { key: 'sched:a2026:k1', title: 'Keynote', id: 'k1' },
    ];
    for (const order of [talks, [...talks].reverse()]) {
      const names = assignTalkNames(order, new Map());
      expect([names.get('sched:a2026:k1'), names.get('sched:b2026:k1')]).toEqual(['Keynote (k1)', 'Keynote (k1) 2']);
    }
  });

  it('do not reuse an earlier name that is empty or too long today', () => {
    const talks = [{ key: 'sched:x:a', title: 'T', id: 'a' }];
    expect(assignTalkNames(talks, new Map([['sched:x:a', '']])).get('sched:x:a')).toBe('T (a)');
    expect(assignTalkNames(talks, new Map([['sched:x:a', 'y'.repeat(73)]])).get('sched:x:a')).toBe('T (a)');
    expect(assignTalkNames(talks, new Map([['sched:x:a', 'y'.repeat(72)]])).get('sched:x:a')).toBe('y'.repeat(72));
  });
});
