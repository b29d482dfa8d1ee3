import { describe, expect, it } from 'vitest';
import { annotatedSessions, patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { firstAnnotatedConference } from '../../lib/db/first-screen';
import { groupBy } from '../../lib/model/display';
import type { Conference } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const conference = (event: string): Conference => ({ id: `sched:${event}`, platform: 'sched', event, name: event });

/** The conference the overview lists first, worked out from everything annotated, as the full read does. */
async function listedFirst(db: ReturnType<typeof freshDb>) {
  return [...groupBy(await annotatedSessions(db), (s) => s.entry.conference).keys()][0];
}

describe("the dashboard's first screen: the conference the overview lists first, read alone", () => {
  it('is the one the full overview lists first, whatever order the notes were taken in', async () => {
    const db = freshDb();
    // conf10 sorts before conf1 by key ("sched:conf10:" < "sched:conf1:"), as the overview lists them.
    for (const event of ['conf2', 'conf1', 'conf10']) {
      await recordSeen(db, conference(event), [entry('a', `sched:${event}`), entry('b', `sched:${event}`)]);
      await patchAnnotation(db, `sched:${event}:b`, `sched:${event}`, { starred: true });
    }
    expect(await firstAnnotatedConference(db)).toBe(await listedFirst(db));
  });

  it('skips notes emptied since (a star taken back): they are not listed', async () => {
    const db = freshDb();
    await recordSeen(db, conference('aaa'), [entry('a', 'sched:aaa')]);
    await recordSeen(db, conference('bbb'), [entry('b', 'sched:bbb')]);
    await patchAnnotation(db, 'sched:aaa:a', 'sched:aaa', { starred: true });
    await patchAnnotation(db, 'sched:aaa:a', 'sched:aaa', { starred: false });
    await patchAnnotation(db, 'sched:bbb:b', 'sched:bbb', { note: 'kept' });
    expect(await firstAnnotatedConference(db)).toBe('sched:bbb');
    expect(await listedFirst(db)).toBe('sched:bbb');
  });

  it('passes over a row an upgrade kept unreadable (no conference; its number key sorts first)', async () => {
    const db = freshDb();
    await db.table('annotations').put({ key: 42, note: 'a row no version of Talkmarks wrote' });
    await recordSeen(db, conference('aaa'), [entry('a', 'sched:aaa')]);
    await patchAnnotation(db, 'sched:aaa:a', 'sched:aaa', { starred: true });
    expect(await firstAnnotatedConference(db)).toBe('sched:aaa');
  });

  it('is none when nothing is annotated', async () => {
    expect(await firstAnnotatedConference(freshDb())).toBeUndefined();
  });
});
