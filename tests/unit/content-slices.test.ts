import { describe, expect, it } from 'vitest';
import { inSlices, SLICE_MIN_ITEMS } from '../../lib/content/slices';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('work in slices', () => {
  it('spreads a large batch over several slices, and handles every entry of it once, in order', async () => {
    const handled: number[] = [];
    // No time budget: every slice stops as soon as it has done the minimum.
    const work = await inSlices(range(2000), (batch) => handled.push(...batch), new AbortController().signal, 0);
    expect(handled).toEqual(range(2000));
    expect(work.slices).toBe(Math.ceil(2000 / SLICE_MIN_ITEMS));
  });

  it('never splits a small batch, however slow its entries are: they get controls in the frame they appear in', async () => {
    const handled: number[] = [];
    const work = await inSlices(range(100), (batch) => (busy(2), handled.push(...batch)), new AbortController().signal, 1);
    expect(handled).toEqual(range(100));
    expect(work.slices).toBe(1);
  });

  it('pulls entries lazily, and stops with the page script', async () => {
    const controller = new AbortController();
    let pulled = 0;
    function* entries() {
      for (let i = 0; i < 10_000; i++, pulled++) yield i;
    }
    const handled: number[] = [];
    await inSlices(entries(), (batch) => (handled.push(...batch), controller.abort()), controller.signal, 0);
    expect(handled.length).toBeGreaterThan(0);
    expect(handled.length).toBeLessThan(10_000);
    expect(pulled).toBeLessThan(10_000);
  });
});
