import type { TalkmarksDb } from './database';
import { diffSchedules, type ChangedEntry } from '../merge/schedule-diff';
import { isAnnotated } from '../model/fields';
import type { ScheduleEntry } from '../model/schema';
import type { ParsedSchedule } from '../schedules/types';

/** What storing a re-imported schedule file would change, the user's own picks first in each list. */
export interface ImportDiff {
  added: ScheduleEntry[];
  removed: ScheduleEntry[];
  changed: ChangedEntry[];
  unchanged: number;
  /** Keys of the sessions the user annotated. */
  picks: ReadonlySet<string>;
}

/**
 * The file against what the last import of the same conference stored, or undefined when the conference was never
 * imported from a file: sessions seen only on pages are a part of the event, so no removal could be read from them.
 */
export async function importDiff(db: TalkmarksDb, parsed: ParsedSchedule): Promise<ImportDiff | undefined> {
  const id = parsed.conference.id;
  return db.transaction('r', [db.conferences, db.sessions, db.annotations], async () => {
    const known = await db.conferences.get(id);
    if (!known?.imported) return undefined;
    const [stored, notes] = await Promise.all([db.sessions.where('conference').equals(id).toArray(), db.annotations.where('conference').equals(id).toArray()]);
    const picks = new Set(notes.filter(isAnnotated).map((a) => a.key));
    const diff = diffSchedules(stored, parsed.entries);
    const first = <T>(list: T[], key: (item: T) => string) => [...list.filter((x) => picks.has(key(x))), ...list.filter((x) => !picks.has(key(x)))];
    return {
      added: diff.added,
      removed: first(diff.removed, (e) => e.key),
      changed: first(diff.changed, (c) => c.before.key),
      unchanged: diff.unchanged,
      picks,
    };
  });
}
