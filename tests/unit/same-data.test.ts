import { describe, expect, it } from 'vitest';
import { sameData } from '../../lib/util/same-data';

describe('sameData: equal as data', () => {
  it('does not care in which order keys were written, at any depth', () => {
    expect(sameData({ a: 1, b: { c: 2, d: [1, 2] } }, { b: { d: [1, 2], c: 2 }, a: 1 })).toBe(true);
    expect(sameData([{ x: 1, y: 2 }], [{ y: 2, x: 1 }])).toBe(true);
  });

  it('cares about the order of arrays, and about values', () => {
    expect(sameData({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: null }, {})).toBe(false);
  });

  it('reads a field set to undefined as a field left out, as JSON does', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData(undefined, undefined)).toBe(true);
    expect(sameData('x', 'x')).toBe(true);
  });
});
