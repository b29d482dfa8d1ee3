import { useEffect, useState } from 'preact/hooks';

/** Rows drawn with the first screen: a 400×600 popup shows about ten, and a quick scroll finds a few screens more. */
export const FIRST_ROWS = 40;
/** Rows added per slice after the first paint: a few milliseconds of work each, so input is answered between them. */
export const SLICE_ROWS = 150;

/** Runs `run` once the frame showing the current rows was painted; a page without frames (hidden) gets a timer. */
function afterPaint(run: () => void, signal: AbortSignal) {
  let done = false;
  const once = () => {
    if (done || signal.aborted) return;
    done = true;
    run();
  };
  // A frame asked for and then not wanted finds `signal` aborted and does nothing.
  requestAnimationFrame(() => setTimeout(once));
  const fallback = setTimeout(once, 100);
  signal.addEventListener('abort', () => clearTimeout(fallback), { once: true });
}

/**
 * How many rows of a list of `total` may be drawn now: FIRST_ROWS at first, then SLICE_ROWS more after each paint
 * until all are. It only grows: a filter that narrows the list and is cleared again finds the rows drawn.
 */
export function useFill(total: number): number {
  const [budget, setBudget] = useState(FIRST_ROWS);
  useEffect(() => {
    if (budget >= total) return;
    const stop = new AbortController();
    afterPaint(() => setBudget((b) => b + SLICE_ROWS), stop.signal);
    return () => stop.abort();
  }, [budget, total]);
  return budget;
}
