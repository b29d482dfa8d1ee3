import { describe, expect, it } from 'vitest';
import { groupStarts, ItemHeights, spansToDraw, visibleSpan } from '../../lib/util/windowing';

describe('the heights of a long list', () => {
  it('places items by their estimates until measured, then by what was measured', () => {
    const h = new ItemHeights(5, (i) => (i === 0 ? 30 : 50));
    expect([0, 1, 2, 5].map((i) => h.offset(i))).toEqual([0, 30, 80, 230]);
    // Row 1's editor opened: everything below it moves down, nothing above.
    expect(h.set(1, 250)).toBe(true);
    expect([0, 1, 2, 4].map((i) => h.offset(i))).toEqual([0, 30, 280, 380]);
    expect(h.total).toBe(430);
    expect(h.set(1, 250)).toBe(false);
  });

  it('finds the item at a height, the first and last at the ends', () => {
    const h = new ItemHeights(10_000, () => 60);
    expect(h.indexAt(0)).toBe(0);
    expect(h.indexAt(59.9)).toBe(0);
    expect(h.indexAt(60)).toBe(1);
    expect(h.indexAt(300_000)).toBe(5000);
    expect(h.indexAt(-10)).toBe(0);
    expect(h.indexAt(10_000_000)).toBe(9999);
    expect(new ItemHeights(0, () => 60).indexAt(100)).toBe(0);
  });
});

describe('what a screen of a long list draws', () => {
  const rows = new ItemHeights(10_000, () => 50);

  it('draws the rows on screen and a margin either side, never beyond the list', () => {
    // 800 px screen scrolled 10,000 px into the list, 200 px margin: rows 196…220.
    expect(visibleSpan(rows, 10_000, 10_800, 200)).toEqual({ start: 196, end: 221 });
    expect(visibleSpan(rows, -400, 400, 200)).toEqual({ start: 0, end: 13 });
    expect(visibleSpan(rows, 499_000, 499_800, 200)).toEqual({ start: 9976, end: 10_000 });
    expect(visibleSpan(new ItemHeights(0, () => 50), 0, 800, 200)).toEqual({ start: 0, end: 0 });
  });

  it('a list far below the screen draws nothing', () => {
    expect(visibleSpan(rows, -5000, -4200, 200)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the focused row drawn when it scrolls away, joining runs that touch', () => {
    expect(spansToDraw({ start: 196, end: 221 }, [3], 10_000)).toEqual([
      { start: 3, end: 4 },
      { start: 196, end: 221 },
    ]);
    expect(spansToDraw({ start: 196, end: 221 }, [221], 10_000)).toEqual([{ start: 196, end: 222 }]);
    expect(spansToDraw({ start: 196, end: 221 }, [200], 10_000)).toEqual([{ start: 196, end: 221 }]);
    expect(spansToDraw({ start: 0, end: 0 }, [10_000, -1], 10_000)).toEqual([]);
  });
});

describe('day headings in a list sorted by time', () => {
  it('puts a heading where each day starts, and none without days', () => {
    const days = ['Tue', 'Tue', 'Wed', 'Wed', 'No time given'];
    expect([...groupStarts(days, (d) => d)]).toEqual([
      [0, 'Tue'],
      [2, 'Wed'],
      [4, 'No time given'],
    ]);
    expect(groupStarts(days, undefined).size).toBe(0);
  });
});
