import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Annotation, Conference, OwnItem, ScheduleEntry } from '../model/schema';
import type { ColleagueLayer } from '../model/colleague';
import type { JournalEntry } from '../model/journal';
import type { ScheduleChange } from '../model/change';
import { addPlanningFields, upgradeToV2 } from './upgrade';
import type { MetaRecord } from './rows';
import type { MergeRecord } from './merge-record';
import type { SyncRow } from './sync-rows';

export type StoredSession = ScheduleEntry & { seenAt: number };
export type StoredConference = Conference & { seenAt: number };

/** Version 1: the walking skeleton. Kept to create old databases in tests; Dexie itself needs only the newest. */
export const schemaV1 = {
  conferences: 'id',
  sessions: 'key, conference, *aliases',
  annotations: 'key, conference, updatedAt, *tags',
} as const;

/**
 * Version 2 adds `meta` (when the last backup was taken, what the last upgrade repaired) and normalises every
 * stored record, so merges and backups can rely on their shape.
 */
export const schemaV2 = { ...schemaV1, meta: 'key' } as const;

/** Version 3 adds the user's own items (meetings, booth duty) and gives notes priority, alternative and watch later. */
export const schemaV3 = { ...schemaV2, ownItems: 'id, conference' } as const;

/**
 * Version 4 adds colleagues' shared picks, one layer per colleague and conference, apart from the user's own
 * annotations. Nothing stored before changes, so the upgrade has nothing to do and cannot fail.
 */
export const schemaV4 = { ...schemaV3, colleagues: 'id, conference, sharer' } as const;

/**
 * Version 5 logs every merge of two records into one session (`lib/db/merges.ts`), with both as they were, so the
 * dashboard can undo it. A new table only: nothing stored before changes.
 */
export const schemaV5 = { ...schemaV4, merges: '++id, at, from' } as const;

/**
 * Version 6 adds `sync`: the WebDAV server and its credentials, this profile's device id, its sync clocks and what
 * it knows of the other devices' files. Kept here, in the extension's own origin, never in `storage.local` (content
 * scripts can read that) and never in backups.
 */
export const schemaV6 = { ...schemaV5, sync: 'key' } as const;

/**
 * Version 7 adds the day and conference journals.
 * A new table only: nothing stored before changes.
 */
export const schemaV7 = { ...schemaV6, journals: 'id, conference' } as const;

/**
 * Version 8 adds `changes`: what the schedule moved, renamed or dropped among the sessions the user annotated
 * (`lib/db/changes.ts`). A new table only: nothing stored before changes.
 */
export const schemaV8 = { ...schemaV7, changes: '++id, conference, key, seenAt' } as const;

/** The one database, in the extension's origin. Content scripts never open it: they send messages. */
export class TalkmarksDb extends Dexie {
  conferences!: EntityTable<StoredConference, 'id'>;
  sessions!: EntityTable<StoredSession, 'key'>;
  annotations!: EntityTable<Annotation, 'key'>;
  meta!: Table<MetaRecord, string>;
  ownItems!: EntityTable<OwnItem, 'id'>;
  colleagues!: EntityTable<ColleagueLayer, 'id'>;
  merges!: EntityTable<MergeRecord, 'id'>;
  sync!: Table<SyncRow, string>;
  journals!: EntityTable<JournalEntry, 'id'>;
  changes!: EntityTable<ScheduleChange, 'id'>;

  constructor(name = 'talkmarks') {
    super(name);
    this.version(2)
      .stores(schemaV2)
      .upgrade((tx: Transaction) => upgradeToV2(tx));
    this.version(3)
      .stores(schemaV3)
      .upgrade((tx: Transaction) => addPlanningFields(tx));
    this.version(4).stores(schemaV4);
    this.version(5).stores(schemaV5);
    this.version(6).stores(schemaV6);
    this.version(7).stores(schemaV7);
    this.version(8).stores(schemaV8);
  }
}

let shared: TalkmarksDb | undefined;

/** The database of this context, opened lazily: a service worker may be woken for any message. */
export function getDb(): TalkmarksDb {
  shared ??= new TalkmarksDb();
  return shared;
}

/** Swaps in another connection for this context, e.g. a read-only one after a failed upgrade (see db-open.ts). */
export function useDbInstead(db: TalkmarksDb): void {
  shared = db;
}

/** Whether a database really has a table: a read-only old one (see db-open.ts) may lack those added since. */
export function hasTable(db: Dexie, name: string): boolean {
  return db.tables.some((t) => t.name === name);
}
