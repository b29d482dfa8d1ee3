/** Work between two yields to the page: well under the 50 ms that makes a task "long", even on a busy machine. */
export const SLICE_MS = 8;
/**
 * Entries always handled before a yield. A few dozen entries added at once must get their controls in the frame
 * they appear in: a yield there lets the browser paint them bare first (on a 10,000-entry page that frame's
 * layout takes over 100 ms, measured), so the budget only splits large batches.
 */
export const SLICE_MIN_ITEMS = 128;

declare const scheduler: { yield?: () => Promise<void> } | undefined;

/** Lets the page handle input and paint, then continues: `scheduler.yield` where there is one, else a message. */
export function yieldToPage(): Promise<void> {
  if (typeof scheduler !== 'undefined' && scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Pulls items from `items` and hands them to `take` in small batches, yielding to the page whenever a slice has
 * run `budgetMs`: a 10,000-entry page never freezes, and a short one is done in its first slice.
 */
export async function inSlices<T>(
  items: Iterable<T>,
  take: (batch: T[]) => void,
  signal: AbortSignal,
  budgetMs = SLICE_MS,
): Promise<{ slices: number; busyMs: number; longestMs: number }> {
  const iterator = items[Symbol.iterator]();
  let done = false;
  let slices = 0;
  let busyMs = 0;
  let longestMs = 0;
  while (!done && !signal.aborted) {
    const started = performance.now();
    let count = 0;
    slices++;
    do {
      const batch: T[] = [];
      for (let i = 0; i < 16; i++) {
        const next = iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(next.value);
      }
      if (batch.length) take(batch);
      count += batch.length;
    } while (!done && (count < SLICE_MIN_ITEMS || performance.now() - started < budgetMs));
    const took = performance.now() - started;
    busyMs += took;
    longestMs = Math.max(longestMs, took);
    if (!done) await yieldToPage();
  }
  return { slices, busyMs, longestMs };
}
