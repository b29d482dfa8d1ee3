import type { Table } from 'dexie';
import type { TalkmarksDb } from './database';
import { emptyFields } from '../model/fields';
import { conferenceOf } from '../model/keys';
import type { Annotation, OwnItem } from '../model/schema';
import type { ColleagueLayer } from '../model/colleague';

/** The rows an undoable change may touch, per table, by primary key. */
export interface UndoScope {
  annotations?: readonly string[];
  ownItems?: readonly string[];
  colleagues?: readonly string[];
}

/** Rows exactly as they were before a change; `null`: the row did not exist, so undo deletes it. */
export interface UndoSnapshot {
  annotations: [string, Annotation | null][];
  ownItems: [string, OwnItem | null][];
  colleagues: [string, ColleagueLayer | null][];
}

/** What an undo put back: the annotations to tell tabs about, the conferences whose colleague layers changed. */
export interface Restored {
  annotations: Annotation[];
  layerConferences: string[];
  rows: number;
}

// The sessions table is in every undo transaction only because patchAnnotation opens it; no undo writes it.
const tablesOf = (db: TalkmarksDb) => [db.annotations, db.sessions, db.ownItems, db.colleagues];

async function read<T, I>(table: Table<T, string, I>, keys: readonly string[] = []): Promise<[string, T | null][]> {
  const unique = [...new Set(keys)];
  const rows = await table.bulkGet(unique);
  return unique.map((key, i) => [key, rows[i] ?? null]);
}

export async function snapshotRows(db: TalkmarksDb, scope: UndoScope): Promise<UndoSnapshot> {
  const [annotations, ownItems, colleagues] = await Promise.all([
    read(db.annotations, scope.annotations),
    read(db.ownItems, scope.ownItems),
    read(db.colleagues, scope.colleagues),
  ]);
  return { annotations, ownItems, colleagues };
}

/**
 * Runs `write` after snapshotting the rows it will touch, in one transaction, so nothing written between the two
 * can slip into the snapshot. `scope` may be found by a query inside that transaction (the sessions a tag merge
 * touches).
 */
export async function withUndo<T>(
  db: TalkmarksDb,
  scope: UndoScope | (() => Promise<UndoScope>),
  write: () => Promise<T>,
): Promise<{ result: T; snapshot: UndoSnapshot }> {
  return db.transaction('rw', tablesOf(db), async () => {
    const snapshot = await snapshotRows(db, typeof scope === 'function' ? await scope() : scope);
    return { result: await write(), snapshot };
  });
}

async function putBack<I, T extends I>(table: Table<T, string, I>, rows: readonly [string, T | null][]): Promise<void> {
  const kept = rows.flatMap(([, row]) => (row ? [row] : []));
  const gone = rows.flatMap(([key, row]) => (row ? [] : [key]));
  if (kept.length) await table.bulkPut(kept);
  if (gone.length) await table.bulkDelete(gone);
}

/**
 * Puts every snapshotted row back exactly as it was, field stamps included, and deletes the rows the change
 * created: the stored state from before, in one transaction.
 */
export async function restoreSnapshot(db: TalkmarksDb, snapshot: UndoSnapshot, now = Date.now()): Promise<Restored> {
  return db.transaction('rw', tablesOf(db), async () => {
    const layersNow = await db.colleagues.bulkGet(snapshot.colleagues.map(([id]) => id));
    await putBack(db.annotations, snapshot.annotations);
    await putBack(db.ownItems, snapshot.ownItems);
    await putBack(db.colleagues, snapshot.colleagues);
    // A tab shows a deleted annotation as an empty one: the page loses the star the change had added.
    const annotations = snapshot.annotations.map(
      ([key, row]) => row ?? { key, conference: conferenceOf(key), ...emptyFields, tags: [], updatedAt: now, fieldUpdatedAt: {} },
    );
    const layerConferences = [
      ...new Set([...snapshot.colleagues.flatMap(([, l]) => (l ? [l.conference] : [])), ...layersNow.flatMap((l) => (l ? [l.conference] : []))]),
    ];
    return { annotations, layerConferences, rows: snapshot.annotations.length + snapshot.ownItems.length + snapshot.colleagues.length };
  });
}
