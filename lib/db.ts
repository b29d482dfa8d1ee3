import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Annotation, Conference, OwnItem, ScheduleEntry } from './model';

export type StoredSession = ScheduleEntry & { seenAt: number };
export type StoredConference = Conference & { seenAt: number };

/** The one database, in the extension's origin. Content scripts never open it: they send messages. */
export class TalkmarksDb extends Dexie {
  conferences!: EntityTable<StoredConference, 'id'>;
  sessions!: EntityTable<StoredSession, 'key'>;
  annotations!: EntityTable<Annotation, 'key'>;
  ownItems!: EntityTable<OwnItem, 'id'>;

  constructor(name = 'talkmarks') {
    super(name);
    this.version(1).stores({
      conferences: 'id',
      sessions: 'key, conference, *aliases',
      annotations: 'key, conference, updatedAt, *tags',
    });
    // ── Planning (issue 7): the user's own items, and priority / alternative / watch later on annotations.
    this.version(2)
      .stores({ ownItems: 'id, conference' })
      .upgrade(addPlanningFields);
  }
}

/**
 * Gives version-1 annotations the planning fields' defaults. Total: a record it cannot read is left as it
 * was (readers default the fields too), so an odd record never blocks opening the database.
 */
export async function addPlanningFields(tx: Transaction): Promise<void> {
  await tx
    .table('annotations')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      if (typeof record !== 'object' || record === null) return;
      if (record.priority !== 'must' && record.priority !== 'maybe') record.priority = null;
      if (typeof record.alternative !== 'boolean') record.alternative = false;
      if (typeof record.watchLater !== 'boolean') record.watchLater = false;
    })
    .catch((error: unknown) => console.warn('[Talkmarks] planning fields not added to every note', error));
}

let shared: TalkmarksDb | undefined;

/** The database of this context, opened lazily: a service worker may be woken for any message. */
export function getDb(): TalkmarksDb {
  shared ??= new TalkmarksDb();
  return shared;
}
