import { describe, expect, it } from 'vitest';
import { mergeEntry } from '../../lib/merge/entry';
import { entry } from '../support/db';

// What the dashboard, the exports and the plan show of a session after views that show more or less of it:
// a field is never lost to a view that does not show it, and a bare link never overrides a real view.
const start = '2026-03-24T08:00:00.000Z';
const end = '2026-03-24T08:30:00.000Z';
const full = entry('2EsAI', undefined, { title: 'Keynote', start, end, room: 'Hall 12', speakers: [{ name: 'Jane' }] });
const link = (extra: Parameters<typeof entry>[2]) => entry('2EsAI', undefined, { title: 'more…', partial: true, ...extra });

describe('fields a view does not show', () => {
  it('keeps the known room when a view reads none (an adapter that leaves the field undefined)', () => {
    expect(mergeEntry(full, entry('2EsAI', undefined, { title: 'Keynote', room: undefined })).room).toBe('Hall 12');
  });

  it('takes a newer view’s speakers, and keeps the known ones when it lists none', () => {
    expect(mergeEntry(full, entry('2EsAI', undefined, { speakers: [{ name: 'Ann' }] })).speakers).toEqual([{ name: 'Ann' }]);
    expect(mergeEntry(full, entry('2EsAI', undefined, { speakers: [] })).speakers).toEqual([{ name: 'Jane' }]);
  });

  it('keeps the known end when a view shows neither start nor end', () => {
    expect(mergeEntry(full, entry('2EsAI')).end).toBe(end);
  });

  it('takes a moved talk’s new end with its new start', () => {
    const moved = entry('2EsAI', undefined, { start: '2026-03-25T08:00:00.000Z', end: '2026-03-25T09:00:00.000Z' });
    expect(mergeEntry(full, moved)).toMatchObject({ start: '2026-03-25T08:00:00.000Z', end: '2026-03-25T09:00:00.000Z' });
  });
});

describe('bare links', () => {
  it('fill a speaker list the full view had empty', () => {
    const noSpeakers = entry('2EsAI', undefined, { title: 'Keynote', start, end });
    expect(mergeEntry(noSpeakers, link({ speakers: [{ name: 'Ann' }] })).speakers).toEqual([{ name: 'Ann' }]);
  });

  it('never replace the speakers a full view listed', () => {
    expect(mergeEntry(full, link({ speakers: [{ name: 'Ann' }] })).speakers).toEqual([{ name: 'Jane' }]);
  });

  it('never move a fully seen talk: its start and end stay', () => {
    expect(mergeEntry(full, link({ start: '2026-03-25T08:00:00.000Z' }))).toMatchObject({ start, end });
  });

  it('update one another: a later bare link replaces what an earlier one showed, and it stays a bare link', () => {
    const merged = mergeEntry(link({ room: 'Hall 1' }), link({ room: 'Hall 2' }));
    expect(merged).toMatchObject({ room: 'Hall 2', partial: true });
  });

  it('stop counting once a full view is seen, so a later bare link only fills gaps', () => {
    const seenFully = mergeEntry(link({ room: 'Hall 1' }), entry('2EsAI', undefined, { title: 'Keynote', room: 'Hall 12' }));
    expect(seenFully.partial).toBeUndefined();
    expect(mergeEntry(seenFully, link({ room: 'Elsewhere' })).room).toBe('Hall 12');
  });
});

describe('titles and ids', () => {
  it('never takes a made-up title named after one of the view’s other ids', () => {
    const long = 'sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
    const seen = entry('2EsAI', undefined, { title: 'Session 3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b', aliases: [long] });
    expect(mergeEntry(full, seen).title).toBe('Keynote');
  });

  it('keeps the id a view knew the session by as an alias of the key it is stored under', () => {
    const long = entry('3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b');
    expect(mergeEntry(full, long).aliases).toEqual(['sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b']);
  });

  it('keeps the first ten aliases, the known ones first', () => {
    const ids = (from: number) => Array.from({ length: 6 }, (_, i) => `sched:demo2026:x${from + i}`);
    const merged = mergeEntry(entry('2EsAI', undefined, { aliases: ids(0) }), entry('2EsAI', undefined, { aliases: ids(10) }));
    expect(merged.aliases).toEqual([...ids(0), ...ids(10).slice(0, 4)]);
  });
});
