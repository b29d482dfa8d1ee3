import type { ScheduleEntry } from '../model/schema';
import { timeValue, type ChangeField } from '../model/change';
import { isUntitled } from './entry';

/** One field of a session that the schedule now gives otherwise. */
export interface FieldChange {
  field: Extract<ChangeField, 'time' | 'room' | 'title'>;
  old: string;
  new: string;
}

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/**
 * What the schedule changed between two views of one session. Only a value replaced by another counts: a view that
 * does not show a field (a list without rooms, a link without an end) changed nothing, and neither did filling in
 * a field unknown before. An end is compared only under the same start (a moved start is one change, `time`).
 */
export function entryChanges(before: ScheduleEntry, after: ScheduleEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  const [was, now] = [timeValue(before), timeValue(after)];
  if (before.start && after.start && was && now) {
    const moved = before.start !== after.start;
    const endMoved = !!before.end && !!after.end && before.end !== after.end;
    if (moved || endMoved) changes.push({ field: 'time', old: was, new: now });
  }
  if (before.room && after.room && !same(before.room, after.room)) changes.push({ field: 'room', old: before.room, new: after.room });
  if (!isUntitled(before) && !isUntitled(after) && !same(before.title, after.title)) changes.push({ field: 'title', old: before.title, new: after.title });
  return changes;
}

export interface ChangedEntry {
  before: ScheduleEntry;
  after: ScheduleEntry;
  changes: FieldChange[];
}

/** Two full schedules of one event compared, session by session (by key). */
export interface ScheduleDiff {
  added: ScheduleEntry[];
  removed: ScheduleEntry[];
  changed: ChangedEntry[];
  unchanged: number;
}

/** What a newer full schedule adds, drops and changes against an older one. Linear in the sessions of both. */
export function diffSchedules(before: readonly ScheduleEntry[], after: readonly ScheduleEntry[]): ScheduleDiff {
  const old = new Map(before.map((e) => [e.key, e]));
  const seen = new Set<string>();
  const diff: ScheduleDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const entry of after) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    const was = old.get(entry.key) ?? entry.aliases.map((a) => old.get(a)).find(Boolean);
    if (!was) {
      diff.added.push(entry);
      continue;
    }
    seen.add(was.key);
    const changes = entryChanges(was, entry);
    if (changes.length) diff.changed.push({ before: was, after: entry, changes });
    else diff.unchanged++;
  }
  for (const entry of before) if (!seen.has(entry.key) && !entry.aliases.some((a) => seen.has(a))) diff.removed.push(entry);
  return diff;
}
