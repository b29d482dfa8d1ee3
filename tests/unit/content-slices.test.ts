import { describe, expect, it, vi } from 'vitest';
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

  it('lets the page run its own tasks between slices, so input is handled while a large page is read', async () => {
    let pageTaskRan = false;
    setTimeout(() => (pageTaskRan = true), 0);
    const seenByBatch: boolean[] = [];
    await inSlices(range(2000), () => seenByBatch.push(pageTaskRan), new AbortController().signal, 0);
    expect(seenByBatch[0]).toBe(false);
    expect(seenByBatch.at(-1)).toBe(true);
  });

  it('yields through the browser’s scheduler where there is one', async () => {
    const yieldNow = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldNow });
    try {
      const work = await inSlices(range(1000), () => undefined, new AbortController().signal, 0);
      expect(yieldNow).toHaveBeenCalledTimes(work.slices - 1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('handles a large batch in one slice while its time budget lasts: no needless yields on a fast page', async () => {
    const handled: number[] = [];
    const work = await inSlices(range(2000), (batch) => handled.push(...batch), new AbortController().signal, 60_000);
    expect(handled).toEqual(range(2000));
    expect(work.slices).toBe(1);
  });

  it('reports the time it kept the page busy: each slice counted once, within the time that passed', async () => {
    const started = performance.now();
    const work = await inSlices(range(500), () => busy(1), new AbortController().signal, 0);
    const elapsed = performance.now() - started;
    expect(work.slices).toBe(4);
    // A slice is 128 entries, 8 batches of 16 that each keep the page busy for 1 ms; the last has 116 (8 batches).
    expect(work.longestMs).toBeGreaterThanOrEqual(8);
    expect(work.busyMs).toBeGreaterThanOrEqual(4 * 8);
    expect(work.busyMs).toBeGreaterThanOrEqual(work.longestMs);
    expect(work.busyMs).toBeLessThanOrEqual(elapsed);
  });
});
