import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotatedSessions, patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { sessionsOf } from '../../lib/db/annotated-reads';
import type { Conference } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const conf: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026' };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(3, '0')}`);

describe('the stored sessions of annotations (dense conferences by range, sparse ones by key)', () => {
  it('a conference with most sessions annotated: every annotated session with its entry, in the annotations’ order', async () => {
    const db = freshDb();
    await recordSeen(db, conf, ids(40).map((id) => entry(id, undefined, { room: `Room ${id}` })));
    for (const id of ids(30).reverse()) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { starred: true });
    const list = await annotatedSessions(db);
    expect(list).toHaveLength(30);
    expect(list.map((s) => s.entry.room)).toEqual(ids(30).map((id) => `Room ${id}`));
    expect(list.every((s) => s.entry.key === s.annotation.key)).toBe(true);
  });

  it('a few annotated among many seen: the same sessions as reading each key', async () => {
    const db = freshDb();
    await recordSeen(db, conf, ids(200).map((id) => entry(id)));
    for (const id of ['s007', 's150']) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { note: 'x' });
    expect((await annotatedSessions(db)).map((s) => s.entry.key)).toEqual(['sched:demo2026:s007', 'sched:demo2026:s150']);
  });

  it('an annotation whose session was never stored gets nothing, beside ones read by range', async () => {
    const db = freshDb();
    await recordSeen(db, conf, ids(4).map((id) => entry(id)));
    for (const id of [...ids(4), 'gone']) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { starred: true });
    const annotations = await db.annotations.toArray();
    const rows = await sessionsOf(db, annotations);
    expect(rows.map((r) => r?.key)).toEqual(annotations.map((a) => (a.key.endsWith('gone') ? undefined : a.key)));
    // The dashboard lists it under its key, as before.
    expect((await annotatedSessions(db)).find((s) => s.annotation.key.endsWith('gone'))?.entry.title).toBe('sched:demo2026:gone');
  });
});

/** How many times the sessions table was read by its conference index, whole. */
function conferenceReads(): { count: number } {
  const reads = { count: 0 };
  const getAll = IDBIndex.prototype.getAll;
  vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
    if (this.objectStore.name === 'sessions' && this.name === 'conference') reads.count++;
    return getAll.apply(this, args);
  });
  return reads;
}

describe('one conference (the dashboard’s first screen)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a mostly annotated conference whole, once, with the same sessions as the whole-profile read', async () => {
    const db = freshDb();
    await recordSeen(db, conf, ids(40).map((id) => entry(id, undefined, { room: `Room ${id}` })));
    for (const id of ids(30)) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { note: `about ${id}` });
    const reads = conferenceReads();
    const first = await annotatedSessions(db, conf.id);
    expect(reads.count).toBe(1);
    vi.restoreAllMocks();
    expect(first).toEqual(await annotatedSessions(db));
    expect(first.map((s) => s.entry.room)).toEqual(ids(30).map((id) => `Room ${id}`));
  });

  it('leaves out the conference’s emptied annotations, with the right sessions for the rest', async () => {
    const db = freshDb();
    await recordSeen(db, conf, ids(40).map((id) => entry(id)));
    for (const id of ids(12)) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { starred: true });
    for (const id of ids(12).slice(3)) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { starred: false });
    expect((await annotatedSessions(db, conf.id)).map((s) => s.entry.key)).toEqual(ids(3).map((id) => `sched:demo2026:${id}`));
  });

  it('reads only the kept sessions, by key, when the caller narrows to a few starred ones', async () => {
    const db = freshDb();
    await recordSeen(db, conf, ids(40).map((id) => entry(id)));
    for (const id of ids(30)) await patchAnnotation(db, `sched:demo2026:${id}`, conf.id, { note: 'x', starred: id === 's004' || id === 's020' });
    const reads = conferenceReads();
    const starred = await annotatedSessions(db, conf.id, (a) => a.starred);
    expect(reads.count).toBe(0);
    expect(starred.map((s) => s.entry.key)).toEqual(['sched:demo2026:s004', 'sched:demo2026:s020']);
  });
});
