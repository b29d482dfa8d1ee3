/** Work between two yields to the page: well under the 50 ms that makes a task "long", even on a busy machine. */
export const SLICE_MS = 8;

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
): Promise<{ slices: number; busyMs: number }> {
  const iterator = items[Symbol.iterator]();
  let done = false;
  let slices = 0;
  let busyMs = 0;
  while (!done && !signal.aborted) {
    const started = performance.now();
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
    } while (!done && performance.now() - started < budgetMs);
    busyMs += performance.now() - started;
    if (!done) await yieldToPage();
  }
  return { slices, busyMs };
}
