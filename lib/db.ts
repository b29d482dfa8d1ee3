import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, Conference, ScheduleEntry } from './model';

export type StoredSession = ScheduleEntry & { seenAt: number };
export type StoredConference = Conference & { seenAt: number };

/** The one database, in the extension's origin. Content scripts never open it: they send messages. */
export class TalkmarksDb extends Dexie {
  conferences!: EntityTable<StoredConference, 'id'>;
  sessions!: EntityTable<StoredSession, 'key'>;
  annotations!: EntityTable<Annotation, 'key'>;

  constructor(name = 'talkmarks') {
    super(name);
    this.version(1).stores({
      conferences: 'id',
      sessions: 'key, conference, *aliases',
      annotations: 'key, conference, updatedAt, *tags',
    });
  }
}

let shared: TalkmarksDb | undefined;

/** The database of this context, opened lazily: a service worker may be woken for any message. */
export function getDb(): TalkmarksDb {
  shared ??= new TalkmarksDb();
  return shared;
}
