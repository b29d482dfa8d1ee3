import type { TalkmarksDb } from './database';
import { changesOf } from './changes';
import { conferencesById } from './conferences';
import { loadPlan } from './plan';
import { clashEffect, type ClashEffect } from '../plan/change-clashes';
import type { ScheduleChange } from '../model/change';
import type { ScheduleEntry } from '../model/schema';
import { groupBy } from '../model/display';
import { withoutSeenAt } from '../model/annotated';

/** A recorded change with the session as it is now and what the change did to the plan. */
export interface ChangeRow {
  change: ScheduleChange;
  /** The session as last seen; absent only if its record was lost. */
  entry: ScheduleEntry | undefined;
  effect: ClashEffect;
}

export interface ChangeGroup {
  conference: string;
  name: string;
  rows: ChangeRow[];
}

/**
 * The changes not yet dismissed (of one conference, or all), grouped by conference, each group and each row the
 * newest first: what the dashboard's Changes view and the popup list.
 */
export async function changeGroups(db: TalkmarksDb, conference?: string): Promise<ChangeGroup[]> {
  const open = (await changesOf(db, conference)).filter((c) => c.dismissedAt === undefined);
  if (!open.length) return [];
  const [conferences, sessions] = await Promise.all([conferencesById(db), db.sessions.bulkGet(open.map((c) => c.key))]);
  const entries = new Map(open.map((c, i) => [c.key, sessions[i]]));
  const groups = groupBy(open, (c) => c.conference);
  return Promise.all(
    [...groups].map(async ([id, changes]) => {
      const plan = await loadPlan(db, id);
      const rows = changes.map((change) => {
        const stored = entries.get(change.key);
        return { change, entry: stored && withoutSeenAt(stored), effect: clashEffect(change, plan) };
      });
      return { conference: id, name: conferences.get(id)?.name ?? id, rows };
    }),
  );
}
