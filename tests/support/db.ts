import { afterEach } from 'vitest';
import { TalkmarksDb } from '../../lib/db/database';
import { emptyFields } from '../../lib/model/fields';
import type { Annotation, ScheduleEntry } from '../../lib/model/schema';

let count = 0;
const open: TalkmarksDb[] = [];

/** A fresh database per test (fake-indexeddb), deleted afterwards. */
export function freshDb(): TalkmarksDb {
  const db = new TalkmarksDb(`talkmarks-test-${++count}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

export function entry(id: string, conference = 'sched:demo2026', extra: Partial<ScheduleEntry> = {}): ScheduleEntry {
  return { key: `${conference}:${id}`, conference, aliases: [], title: `Talk ${id}`, speakers: [], ...extra };
}

/** The same record with its keys written in reverse order: equal as data, not as JSON text. */
export function reversedKeys<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).reverse()) as T;
}

/** An annotation of `key` (its conference taken from the key), empty but for `fields`. */
export function annotationOf(key: string, fields: Partial<Annotation> = {}): Annotation {
  return { key, conference: key.slice(0, key.lastIndexOf(':')), ...emptyFields, updatedAt: 1, fieldUpdatedAt: {}, ...fields };
}
