import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * A value that follows `value` at once while `now`, and otherwise one task later, dropping the intermediate ones:
 * after a slow search the box repaints at once on every key, and the results follow when the user pauses for a frame.
 */
export function useSettled<T>(value: T, now: boolean): T {
  const shown = useRef(value);
  const [, wake] = useState(0);
  if (now) shown.current = value;
  // A layout effect: the timer starts as this render commits, not after the next frame as `useEffect`'s would.
  useLayoutEffect(() => {
    if (shown.current === value) return;
    const timer = setTimeout(() => ((shown.current = value), wake((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [value]);
  return shown.current;
}
