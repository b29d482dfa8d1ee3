import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allAnnotations } from '../../lib/db/annotations';
import { PAGE_ROWS } from '../../lib/db/paged';
import { storedSessions } from '../../lib/db/sessions';
import { annotationOf, entry, freshDb } from '../support/db';

const sessions = (n: number) => Array.from({ length: n }, (_, i) => ({ ...entry(String(i).padStart(5, '0')), seenAt: i }));

/** The row counts the store was asked for, one per request, for `store`. */
function requestsTo(store: string): number[] {
  const asked: number[] = [];
  const getAll = IDBObjectStore.prototype.getAll;
  vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
    // Dexie passes the newer options object ({ query, count }) where the browser takes it, else (range, count).
    const [first, count] = args as unknown[];
    const options = first && typeof first === 'object' && 'count' in first ? (first as { count?: number }) : undefined;
    if (this.name === store) asked.push((options ? options.count : (count as number | undefined)) ?? Infinity);
    return getAll.apply(this, args);
  });
  return asked;
}

afterEach(() => vi.restoreAllMocks());

/** Whole-table reads (the dashboard's search, the overview) ask for a page of rows at a time, so that no request holds the database for long. */
describe('reading a whole table', () => {
  it('gives every session in key order, as one read would, a page of rows per request', async () => {
    const db = freshDb();
    await db.sessions.bulkPut(sessions(2 * PAGE_ROWS + 500).reverse());
    const asked = requestsTo('sessions');
    const read = await storedSessions(db);
    expect(asked).toEqual([PAGE_ROWS, PAGE_ROWS, PAGE_ROWS]);
    vi.restoreAllMocks();
    expect(read).toEqual(await db.sessions.toArray());
    expect(read).toHaveLength(2 * PAGE_ROWS + 500);
  });

  it('reads a table of exactly whole pages, a table of one row and an empty one', async () => {
    const db = freshDb();
    expect(await allAnnotations(db)).toEqual([]);
    await db.annotations.put(annotationOf('sched:demo2026:1', { starred: true }));
    expect(await allAnnotations(db)).toEqual([annotationOf('sched:demo2026:1', { starred: true })]);
    await db.annotations.bulkPut(Array.from({ length: 2 * PAGE_ROWS - 1 }, (_, i) => annotationOf(`sched:demo2026:x${i}`)));
    const read = await allAnnotations(db);
    expect(read).toHaveLength(2 * PAGE_ROWS);
    expect(new Set(read.map((a) => a.key)).size).toBe(2 * PAGE_ROWS);
    expect(read.map((a) => a.key)).toEqual([...read.map((a) => a.key)].sort());
  });

  it('is read again when a row on a later page changes, as a live list needs', async () => {
    const db = freshDb();
    await db.sessions.bulkPut(sessions(PAGE_ROWS + 10));
    const titles: string[] = [];
    const sub = liveQuery(() => storedSessions(db)).subscribe((rows) => titles.push(rows.at(-1)!.title));
    await vi.waitFor(() => expect(titles).toHaveLength(1));
    await db.sessions.update(`sched:demo2026:${String(PAGE_ROWS + 9).padStart(5, '0')}`, { title: 'Moved to Hall C' });
    await vi.waitFor(() => expect(titles.at(-1)).toBe('Moved to Hall C'));
    sub.unsubscribe();
  });
});
