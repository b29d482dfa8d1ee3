import { describe, expect, it } from 'vitest';
import { AnnotationCache } from '../../lib/content/annotation-cache';
import type { Annotation } from '../../lib/model/schema';
import { annotation, deferred, keyOf } from '../support/content';

const key = keyOf(1);

function setup() {
  const painted: Annotation[] = [];
  const cache = new AnnotationCache((a) => painted.push(a));
  return { cache, painted, starred: () => cache.get(key)?.starred };
}

describe('the page’s annotation cache', () => {
  it('shows what the background stored, and paints each change once', () => {
    const { cache, painted, starred } = setup();
    expect(cache.get(key)).toBeUndefined();
    cache.apply([annotation(key, { starred: true, updatedAt: 5 }), annotation(keyOf(2), { rating: 3, updatedAt: 5 })]);
    expect(starred()).toBe(true);
    expect(cache.get(keyOf(2))?.rating).toBe(3);
    expect(painted.map((a) => a.key)).toEqual([key, keyOf(2)]);
  });

  it('ignores a push older than what the page has seen: the star does not flash back', () => {
    const { cache, painted, starred } = setup();
    cache.apply([annotation(key, { starred: true, updatedAt: 20 })]);
    cache.apply([annotation(key, { starred: false, updatedAt: 10 })]);
    expect(starred()).toBe(true);
    expect(painted).toHaveLength(1);
    // The same stored state told twice (an answer and a push) is no step back.
    cache.apply([annotation(key, { starred: true, updatedAt: 20 })]);
    expect(starred()).toBe(true);
  });

  it('ignores pushes about a session while the page’s own change to it is on its way, then takes the answer', async () => {
    const { cache, starred } = setup();
    cache.apply([annotation(key, { updatedAt: 10 })]);
    const answer = deferred<Annotation>();
    cache.show(annotation(key, { starred: true, updatedAt: 10 }));
    const saving = cache.whileSaving(key, () => answer.promise);
    // Another tab's change, stored before ours: newer than what the page saw, older than our answer will be.
    cache.apply([annotation(key, { starred: false, updatedAt: 15 })]);
    expect(starred()).toBe(true);
    // Other sessions are not held up.
    cache.apply([annotation(keyOf(2), { starred: true, updatedAt: 15 })]);
    expect(cache.get(keyOf(2))?.starred).toBe(true);
    answer.resolve(annotation(key, { starred: true, updatedAt: 20 }));
    cache.apply([await saving]);
    expect(starred()).toBe(true);
    cache.apply([annotation(key, { starred: false, updatedAt: 15 })]);
    expect(starred()).toBe(true);
    // A newer change from elsewhere, once confirmed, shows.
    cache.apply([annotation(key, { starred: false, updatedAt: 30 })]);
    expect(starred()).toBe(false);
  });

  it('keeps ignoring pushes until the last of overlapping changes is answered', async () => {
    const { cache, starred } = setup();
    const first = deferred<void>();
    const second = deferred<void>();
    const one = cache.whileSaving(key, () => first.promise);
    const two = cache.whileSaving(key, () => second.promise);
    first.resolve();
    await one;
    cache.apply([annotation(key, { starred: true, updatedAt: 15 })]);
    expect(starred()).toBeUndefined();
    second.resolve();
    await two;
    cache.apply([annotation(key, { starred: true, updatedAt: 15 })]);
    expect(starred()).toBe(true);
  });

  it('listens to pushes again after a change that could not be saved', async () => {
    const { cache, starred } = setup();
    await expect(cache.whileSaving(key, () => Promise.reject(new Error('no room')))).rejects.toThrow('no room');
    cache.apply([annotation(key, { starred: true, updatedAt: 15 })]);
    expect(starred()).toBe(true);
  });

  it('shows the page’s own change at once, without taking it for a stored state', () => {
    const { cache, painted, starred } = setup();
    cache.apply([annotation(key, { updatedAt: 10 })]);
    cache.show(annotation(key, { starred: true, updatedAt: 10 }));
    expect(starred()).toBe(true);
    expect(painted.at(-1)?.starred).toBe(true);
    // Taken back (the save failed): the stored state shows again, and stored states still count from 10.
    cache.show(annotation(key, { updatedAt: 10 }));
    cache.apply([annotation(key, { starred: true, updatedAt: 11 })]);
    expect(starred()).toBe(true);
  });
});
