import { allAnnotations, annotatedSessions } from './annotations';
import type { TalkmarksDb } from './database';
import { ownItemsOf } from './own-items';
import { conferenceEntries } from './sessions';
import { isAnnotated } from '../model/fields';
import type { AnnotatedSession } from '../model/annotated';
import type { ScheduleEntry } from '../model/schema';

/** Reads that span tables, each for one view: the view asks, lib/db opens the tables. */

export interface StoredCounts {
  /** Sessions with a star, rating, tag or note. */
  sessions: number;
  /** Conferences those sessions belong to. */
  conferences: number;
  ownItems: number;
}

/** How much the user has kept: annotated sessions, their conferences, own items. */
export async function storedCounts(db: TalkmarksDb): Promise<StoredCounts> {
  const [annotations, ownItems] = await Promise.all([allAnnotations(db), ownItemsOf(db)]);
  const annotated = annotations.filter(isAnnotated);
  return { sessions: annotated.length, conferences: new Set(annotated.map((a) => a.conference)).size, ownItems: ownItems.length };
}

export interface TeamSources {
  /** The user's own annotated sessions of the conference. */
  mine: AnnotatedSession[];
  /** Every session of the conference, by key: where colleagues' picks find their titles and times. */
  entries: Map<string, ScheduleEntry>;
}

/** What a team report of one conference needs, read in one transaction. */
export function teamSources(db: TalkmarksDb, conference: string): Promise<TeamSources> {
  return db.transaction('r', db.sessions, db.annotations, async () => {
    const [mine, entries] = await Promise.all([annotatedSessions(db, conference), conferenceEntries(db, conference)]);
    return { mine, entries: new Map(entries.map((e) => [e.key, e])) };
  });
}
