import { describe, expect, it } from 'vitest';
import { drawnCounts, fillOrder } from '../../lib/util/fill-order';

describe('which rows of a filling list are drawn', () => {
  it('hands the budget to the parts in fill order: the opening day first, then the rest in document order', () => {
    const order = fillOrder(4, [2, 3]);
    expect(order).toEqual([2, 3, 0, 1]);
    expect(drawnCounts([100, 0, 30, 5], order, 40)).toEqual([5, 0, 30, 5]);
    expect(drawnCounts([100, 0, 30, 5], order, 20)).toEqual([0, 0, 20, 0]);
    expect(drawnCounts([100, 0, 30, 5], order, 1_000)).toEqual([100, 0, 30, 5]);
  });

  it('draws a part jumped to whole, without taking from the budget of the others', () => {
    expect(drawnCounts([100, 0, 30, 5], fillOrder(4, [2, 3]), 40, new Set([0]))).toEqual([100, 0, 30, 5]);
    expect(drawnCounts([100, 50, 30], fillOrder(3, [2]), 10, new Set([1]))).toEqual([0, 50, 10]);
  });

  it('ignores opening parts that are not there (an empty list, a filter that left none)', () => {
    expect(fillOrder(2, [5, -1])).toEqual([0, 1]);
    expect(drawnCounts([], [], 40)).toEqual([]);
  });
});
