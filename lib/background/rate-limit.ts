/** A token bucket: `burst` at once, refilled at `perSecond`; `now` in milliseconds (tests give their own clock). */
export interface Bucket {
  /** Takes `amount` if that much is left, else takes nothing and says no. */
  take(amount: number): boolean;
  /** What is left now. */
  left(): number;
}

export function createBucket(burst: number, perSecond: number, now: () => number = Date.now): Bucket {
  let tokens = burst;
  let at = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - at) / 1000) * perSecond);
    at = t;
  };
  return {
    take(amount) {
      refill();
      if (amount > tokens) return false;
      tokens -= amount;
      return true;
    },
    left() {
      refill();
      return tokens;
    },
  };
}

/**
 * One bucket per key (a tab), made on first use. A tab keeps its bucket across navigations, so moving to another
 * schedule does not start it afresh; full buckets are dropped, as a new one would be the same, so `size` (the buckets
 * held) stays at the tabs that reported lately rather than every tab the browser ever had.
 */
export function createBuckets(burst: number, perSecond: number, now: () => number = Date.now) {
  const buckets = new Map<string | number, Bucket>();
  return {
    of(key: string | number): Bucket {
      for (const [k, b] of buckets) if (b.left() >= burst) buckets.delete(k);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = createBucket(burst, perSecond, now)));
      return bucket;
    },
    get size() {
      return buckets.size;
    },
  };
}
