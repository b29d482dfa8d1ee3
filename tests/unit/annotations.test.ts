import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { annotatedSessions, annotationsOf, patchAnnotation, recordSeen, tagCounts } from '../../lib/db/annotations';
import type { Conference } from '../../lib/model/schema';
import { entry, freshDb, reversedKeys } from '../support/db';

const conf: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026' };

describe('annotations', () => {
  it('creates an annotation on first change and stamps each changed field', async () => {
    const db = freshDb();
    const a = await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { starred: true }, entry('a1'), 1000);
    expect(a).toMatchObject({ starred: true, rating: null, note: '', tags: [], updatedAt: 1000, fieldUpdatedAt: { starred: 1000 } });
    const b = await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { rating: 4, note: 'good' }, undefined, 2000);
    expect(b).toMatchObject({ starred: true, rating: 4, note: 'good', fieldUpdatedAt: { starred: 1000, rating: 2000, note: 2000 } });
  });

  it('does not touch a field that is patched to its current value', async () => {
    const db = freshDb();
    await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { starred: true }, undefined, 1000);
    const again = await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { starred: true }, undefined, 5000);
    expect(again.updatedAt).toBe(1000);
  });

  it('normalises and de-duplicates tags', async () => {
    const db = freshDb();
    const a = await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { tags: ['Cool Tech', 'cool-tech', ' security '] });
    expect(a.tags).toEqual(['cool-tech', 'security']);
  });

  it('loses no field when two places change different fields at once', async () => {
    const db = freshDb();
    await Promise.all([
      patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { starred: true }),
      patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { note: 'from the popup' }),
      patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { rating: 5 }),
    ]);
    expect(await db.annotations.get('sched:demo2026:a1')).toMatchObject({ starred: true, note: 'from the popup', rating: 5 });
  });

  it('lists only annotated sessions, with the entry as last seen', async () => {
    const db = freshDb();
    await recordSeen(db, conf, [entry('a1', undefined, { room: 'Hall 1' }), entry('a2'), entry('a3')]);
    await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { starred: true });
    await patchAnnotation(db, 'sched:demo2026:a2', 'sched:demo2026', { starred: true });
    await patchAnnotation(db, 'sched:demo2026:a2', 'sched:demo2026', { starred: false });
    const list = await annotatedSessions(db);
    expect(list.map((s) => [s.entry.key, s.entry.room])).toEqual([['sched:demo2026:a1', 'Hall 1']]);
    expect(await annotationsOf(db, 'sched:demo2026')).toHaveLength(2);
  });

  it('writes only the entries that changed since last seen', async () => {
    const db = freshDb();
    expect((await recordSeen(db, conf, [entry('a1'), entry('a2')])).stored).toBe(2);
    expect((await recordSeen(db, conf, [entry('a1'), entry('a2', undefined, { title: 'Retitled' })])).stored).toBe(1);
    expect((await db.sessions.get('sched:demo2026:a2'))!.title).toBe('Retitled');
    expect(await db.conferences.get('sched:demo2026')).toMatchObject({ name: 'Demo 2026' });
  });

  it('an entry seen again with its fields in another order is the same entry: nothing is written', async () => {
    const db = freshDb();
    const seen = entry('a1', undefined, { room: 'Hall 1', speakers: [{ name: 'Ada', url: 'https://example.org/ada' }] });
    await recordSeen(db, conf, [seen]);
    const again = { ...reversedKeys(seen), speakers: seen.speakers.map(reversedKeys) };
    expect((await recordSeen(db, conf, [again], Date.now() + 1000)).stored).toBe(0);
    expect((await recordSeen(db, conf, [{ ...again, speakers: [...again.speakers, { name: 'Grace' }] }])).stored).toBe(1);
  });

  it('counts tags for suggestions, most used first', async () => {
    const db = freshDb();
    await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { tags: ['security', 'cool-tech'] });
    await patchAnnotation(db, 'sched:demo2026:a2', 'sched:demo2026', { tags: ['cool-tech'] });
    expect(await tagCounts(db)).toEqual([['cool-tech', 2], ['security', 1]]);
  });

  it('counts tags again, live, as they are added and removed, ties in name order', async () => {
    const db = freshDb();
    const seen: [string, number][][] = [];
    const sub = liveQuery(() => tagCounts(db)).subscribe((counts) => seen.push(counts));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
    await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { tags: ['zz', 'ebpf', 'wasm'] });
    await patchAnnotation(db, 'sched:demo2026:a2', 'sched:demo2026', { tags: ['wasm', 'ebpf'] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([['ebpf', 2], ['wasm', 2], ['zz', 1]]));
    await patchAnnotation(db, 'sched:demo2026:a2', 'sched:demo2026', { tags: ['ebpf'] });
    await patchAnnotation(db, 'sched:demo2026:a1', 'sched:demo2026', { tags: [] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([['ebpf', 1]]));
    sub.unsubscribe();
  });
});
