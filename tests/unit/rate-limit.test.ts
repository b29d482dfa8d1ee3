import { describe, expect, it } from 'vitest';
import { createBucket, createBuckets } from '../../lib/background/rate-limit';

function clock() {
  let t = 5_000_000;
  return { now: () => t, later: (ms: number) => void (t += ms) };
}

describe('a token bucket', () => {
  it('gives its burst at once, then refills at its rate per second of real time, never past the burst', () => {
    const { now, later } = clock();
    const bucket = createBucket(100, 20, now);
    expect(bucket.left()).toBe(100);
    expect(bucket.take(60)).toBe(true);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.left()).toBe(40);
    later(500);
    expect(bucket.left()).toBe(50);
    later(60_000);
    expect(bucket.left()).toBe(100);
  });
});

describe('buckets per tab', () => {
  it('keeps each tab’s own budget while it is spent, and holds no bucket for tabs that are idle again', () => {
    const { now, later } = clock();
    const tabs = createBuckets(10, 1, now);
    expect(tabs.of(1).take(10)).toBe(true);
    expect(tabs.of(2).take(4)).toBe(true);
    // Another tab asking neither refills nor forgets a spent one; its own full bucket is not kept.
    expect(tabs.of(3).left()).toBe(10);
    expect(tabs.of(1).take(1)).toBe(false);
    expect(tabs.of(2).left()).toBe(6);
    expect(tabs.size).toBe(2);
    later(4_000);
    // Tab 2 is full again, tab 1 is not: only tab 1 (and the asking tab) are still held.
    expect(tabs.of(9).left()).toBe(10);
    expect(tabs.size).toBe(2);
    expect(tabs.of(1).left()).toBe(4);
    later(60_000);
    tabs.of(9);
    expect(tabs.size).toBe(1);
  });
});
