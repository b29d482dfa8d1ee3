import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAnnotations, patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { conferencesById, importedConferences, storedConferences } from '../../lib/db/conferences';
import { putOwnItem } from '../../lib/db/own-items';
import { storedCounts, teamSources } from '../../lib/db/queries';
import { conferenceEntries, storedSessions } from '../../lib/db/sessions';
import type { Conference, OwnItem } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const conference = (id: string, name = id): Conference => ({ id: `sched:${id}`, platform: 'sched', event: id, name });

/** The repository reads the dashboard's views use instead of opening tables themselves. */
describe('the views’ reads', () => {
  it('lists conferences in id order, by id, and the imported ones latest first', async () => {
    const db = freshDb();
    await recordSeen(db, conference('b'), [entry('1', 'sched:b')], 2000);
    await recordSeen(db, conference('a'), [entry('1', 'sched:a')], 1000);
    await db.conferences.put({ ...conference('c'), seenAt: 1, imported: { from: 'c.ics', at: 5, format: 'ics', sessions: 0 } });
    await db.conferences.put({ ...conference('d'), seenAt: 1, imported: { from: 'd.ics', at: 9, format: 'ics', sessions: 0 } });
    expect((await storedConferences(db)).map((c) => c.id)).toEqual(['sched:a', 'sched:b', 'sched:c', 'sched:d']);
    expect((await conferencesById(db)).get('sched:b')).toMatchObject({ name: 'b', seenAt: 2000 });
    expect((await importedConferences(db)).map((c) => c.id)).toEqual(['sched:d', 'sched:c']);
  });

  it('reads sessions whole or of one conference, the latter without when they were seen', async () => {
    const db = freshDb();
    await recordSeen(db, conference('a'), [entry('1', 'sched:a'), entry('2', 'sched:a')], 1000);
    await recordSeen(db, conference('b'), [entry('1', 'sched:b')], 1000);
    expect(await storedSessions(db)).toHaveLength(3);
    expect(await conferenceEntries(db, 'sched:a')).toEqual([entry('1', 'sched:a'), entry('2', 'sched:a')]);
  });

  it('counts annotated sessions, their conferences and own items; emptied annotations do not count', async () => {
    const db = freshDb();
    await patchAnnotation(db, 'sched:a:1', 'sched:a', { starred: true });
    await patchAnnotation(db, 'sched:b:1', 'sched:b', { note: 'hm' });
    await patchAnnotation(db, 'sched:b:2', 'sched:b', { starred: true });
    await patchAnnotation(db, 'sched:b:2', 'sched:b', { starred: false });
    const item: OwnItem = {
      id: 'own-1', conference: 'sched:a', title: 'Booth', start: '2026-03-24T08:00:00.000Z', end: '2026-03-24T09:00:00.000Z',
      timeZone: 'UTC', place: '', note: '', alternative: false, updatedAt: 0,
    };
    await putOwnItem(db, item);
    expect(await allAnnotations(db)).toHaveLength(3);
    expect(await storedCounts(db)).toEqual({ sessions: 2, conferences: 2, ownItems: 1 });
  });

  it('gives a team report the user’s annotated sessions and every session of the conference by key', async () => {
    const db = freshDb();
    await recordSeen(db, conference('a'), [entry('1', 'sched:a'), entry('2', 'sched:a')], 1000);
    await patchAnnotation(db, 'sched:a:2', 'sched:a', { rating: 4 });
    const { mine, entries } = await teamSources(db, 'sched:a');
    expect(mine.map((s) => s.entry)).toEqual([entry('2', 'sched:a')]);
    expect([...entries.keys()]).toEqual(['sched:a:1', 'sched:a:2']);
    expect(entries.get('sched:a:1')).toEqual(entry('1', 'sched:a'));
  });
});
