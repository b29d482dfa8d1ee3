import { useEffect, useState } from 'preact/hooks';

export type Clock = () => number;

/** The time now, refreshed every `everyMs`; tests pass a fixed clock. */
export function useClock(clock: Clock = Date.now, everyMs = 30_000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
