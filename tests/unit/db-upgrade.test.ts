import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { annotatedSessions } from '../../lib/db/annotations';
import { getDb, schemaV1, TalkmarksDb, useDbInstead } from '../../lib/db/database';
import { dbState, openDatabase } from '../../lib/db/open';
import { upgradeLog } from '../../lib/db/meta';
import { realisticProfile } from '../support/profile';

let n = 0;
const names: string[] = [];
const dbName = () => {
  const name = `talkmarks-upgrade-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** The walking skeleton's database: version 1 and nothing else, written by the app's own functions. */
class V1Db extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(schemaV1);
  }
}

async function dump(db: { table(name: string): { toArray(): PromiseLike<unknown[]> } }) {
  const out: Record<string, unknown[]> = {};
  for (const table of ['conferences', 'sessions', 'annotations']) out[table] = await db.table(table).toArray();
  return out;
}

describe('upgrading a version 1 database', () => {
  it('keeps every record a version 1 profile holds', async () => {
    const name = dbName();
    const v1 = new V1Db(name);
    const counts = await realisticProfile(v1 as unknown as TalkmarksDb, 40);
    const before = await dump(v1);
    v1.close();

    const v2 = new TalkmarksDb(name);
    await v2.open();
    expect(v2.verno).toBe(8);
    // Every record as it was, annotations with the planning fields of version 3 at their defaults.
    const planning = { priority: null, alternative: false, watchLater: false };
    expect(await dump(v2)).toEqual({ ...before, annotations: before.annotations!.map((a) => ({ ...(a as object), ...planning })) });
    expect(await v2.annotations.count()).toBe(counts.annotations);
    expect((await annotatedSessions(v2)).length).toBe(counts.annotated);
    expect(await upgradeLog(v2)).toMatchObject({ to: 2, repaired: 0, unreadable: 0 });
    v2.close();
  });

  it('repairs odd rows without throwing, keeps their originals, and leaves unreadable rows as they were', async () => {
    const name = dbName();
    const v1 = new V1Db(name);
    await realisticProfile(v1 as unknown as TalkmarksDb, 5);
    const odd = [
      { key: 'sched:demo2026:noStamps', conference: 'sched:demo2026', starred: true, rating: null, note: 'kept', tags: ['Cool Tech', 'cool-tech'], updatedAt: 7 },
      { key: 'sched:demo2026:badRating', conference: 'sched:wrong', starred: 'yes', rating: 9, note: 'still here', tags: 'oops', updatedAt: -3, fieldUpdatedAt: { note: 5, bogus: 1 } },
      { key: 42, note: 'a row no version of Talkmarks wrote' },
    ];
    await v1.table('annotations').bulkPut(odd);
    await v1.table('sessions').put({ key: 'sched:demo2026:noTitle', conference: 'sched:demo2026', url: 'javascript:alert(1)', seenAt: 1 });
    await v1.table('conferences').put({ id: 'sched:demo2026' });
    const before = await dump(v1);
    v1.close();

    const v2 = new TalkmarksDb(name);
    await v2.open();
    const after = await dump(v2);
    for (const table of Object.keys(before)) expect(after[table]).toHaveLength(before[table]!.length);
    const planning = { priority: null, alternative: false, watchLater: false };
    expect(await v2.annotations.get('sched:demo2026:noStamps')).toEqual({ ...odd[0], ...planning, tags: ['cool-tech'], fieldUpdatedAt: {} });
    expect(await v2.annotations.get('sched:demo2026:badRating')).toEqual({
      key: 'sched:demo2026:badRating', conference: 'sched:demo2026', starred: false, rating: null, note: 'still here', tags: [], ...planning, updatedAt: 0, fieldUpdatedAt: { note: 5 },
    });
    expect(await v2.table('annotations').get(42)).toEqual(odd[2]);
    expect(await v2.sessions.get('sched:demo2026:noTitle')).toEqual({
      key: 'sched:demo2026:noTitle', conference: 'sched:demo2026', aliases: [], title: 'sched:demo2026:noTitle', speakers: [], seenAt: 1,
    });
    expect(await v2.conferences.get('sched:demo2026')).toMatchObject({ id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'demo2026' });
    expect(await v2.meta.get('original:annotations:sched:demo2026:badRating')).toEqual({ key: 'original:annotations:sched:demo2026:badRating', table: 'annotations', row: odd[1] });
    expect(await upgradeLog(v2)).toMatchObject({ repaired: 4, unreadable: 1 });
    expect((await annotatedSessions(v2)).map((s) => s.annotation.key)).toEqual(expect.arrayContaining(['sched:demo2026:noStamps', 'sched:demo2026:badRating']));
    v2.close();
  });

  it('opens an old database read-only, with its data, when the upgrade cannot run', async () => {
    const name = dbName();
    // A database this build cannot upgrade: its annotations are keyed differently (IndexedDB cannot change that).
    const odd = new Dexie(name);
    odd.version(1).stores({ conferences: 'id', sessions: 'key', annotations: '++id, key' });
    await odd.table('annotations').add({ key: 'sched:demo2026:a1', conference: 'sched:demo2026', starred: true, rating: 5, note: 'irreplaceable', tags: [], updatedAt: 1, fieldUpdatedAt: {} });
    odd.close();

    const previous = getDb();
    const state = await openDatabase(new TalkmarksDb(name));
    try {
      expect(state).toMatchObject({ status: 'read-only', reason: expect.stringMatching(/primary key/i) });
      expect(dbState()).toBe(state);
      const readable = getDb();
      expect(readable.verno).toBe(1);
      expect((await readable.annotations.toArray())[0]).toMatchObject({ note: 'irreplaceable' });
      readable.close();
    } finally {
      useDbInstead(previous);
    }
  });
});
