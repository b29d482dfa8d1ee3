import { describe, expect, it } from 'vitest';
import { mergeEntry, rekeyed } from '../../lib/merge/entry';
import { entry } from '../support/db';

describe('what is known of a session after another view', () => {
  const full = entry('2EsAI', undefined, { title: 'Keynote', start: '2026-03-24T08:00:00.000Z', end: '2026-03-24T08:30:00.000Z', room: 'Hall 12', speakers: [{ name: 'Jane' }] });

  it('takes the newer view’s fields and keeps the ones it does not show', () => {
    const simple = entry('2EsAI', undefined, { title: 'Keynote!', start: '2026-03-24T08:00:00.000Z' });
    expect(mergeEntry(full, simple)).toMatchObject({ title: 'Keynote!', end: '2026-03-24T08:30:00.000Z', room: 'Hall 12', speakers: [{ name: 'Jane' }] });
  });

  it('drops an end that belonged to another start', () => {
    const moved = entry('2EsAI', undefined, { start: '2026-03-25T08:00:00.000Z' });
    expect(mergeEntry(full, moved).end).toBeUndefined();
  });

  it('lets a bare link fill gaps only, and never a made-up title replace a real one', () => {
    const link = entry('2EsAI', undefined, { title: 'more…', room: 'Elsewhere', track: 'Keynotes', partial: true });
    expect(mergeEntry(full, link)).toMatchObject({ title: 'Keynote', room: 'Hall 12', track: 'Keynotes' });
    expect(mergeEntry(full, link).partial).toBeUndefined();
    expect(mergeEntry(full, entry('2EsAI', undefined, { title: 'Session 2EsAI' })).title).toBe('Keynote');
  });

  it('keeps every id a session was known by as an alias of its key', () => {
    const long = 'sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
    expect(rekeyed(entry('3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b'), 'sched:demo2026:2EsAI')).toMatchObject({ key: 'sched:demo2026:2EsAI', aliases: [long] });
  });
});
