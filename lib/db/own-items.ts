import { hasTable, type TalkmarksDb } from './database';
import type { OwnItem } from '../model/schema';

export async function ownItemsOf(db: TalkmarksDb, conference?: string): Promise<OwnItem[]> {
  // A database left at an older version after a failed upgrade (read-only) has no own items yet.
  if (!hasTable(db, 'ownItems')) return [];
  return conference ? db.ownItems.where('conference').equals(conference).toArray() : db.ownItems.toArray();
}

/** Adds or replaces one of the user's own items, stamped now. */
export async function putOwnItem(db: TalkmarksDb, item: OwnItem, now = Date.now()): Promise<OwnItem> {
  const stored = { ...item, updatedAt: now };
  await db.ownItems.put(stored);
  return stored;
}

export async function deleteOwnItem(db: TalkmarksDb, id: string): Promise<void> {
  await db.ownItems.delete(id);
}
