import type { ScheduleEntry } from '../model/schema';
import { MAX_ALIASES, sessionIdOf } from '../model/keys';

/** The title of an entry its page names nowhere: it never replaces a real title. */
export const untitled = (id: string) => `Session ${id}`;


export function isUntitled(entry: ScheduleEntry): boolean {
  return [entry.key, ...entry.aliases].some((key) => entry.title === untitled(sessionIdOf(key)));
}

/**
 * What is known of a session after seeing it again, perhaps in a poorer view (a simple list shows no end time,
 * a mobile link no room): the newer view's fields win, a field it does not show keeps its last known value,
 * and every id either was known by stays as an alias of `key`.
 */
export function mergeEntry(known: ScheduleEntry, seen: ScheduleEntry, key = known.key): ScheduleEntry {
  const fillOnly = seen.partial && !known.partial;
  const merged: Record<string, unknown> = { ...known };
  for (const [name, value] of Object.entries(seen)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const before = merged[name];
    if (fillOnly && before !== undefined && !(Array.isArray(before) && before.length === 0)) continue;
    merged[name] = value;
  }
  const result = merged as ScheduleEntry;
  if ((isUntitled(seen) || fillOnly) && !isUntitled(known)) result.title = known.title;
  // A start without an end, where the end known belongs to another start, would make a wrong range.
  if (!fillOnly && seen.start && !seen.end && seen.start !== known.start) delete result.end;
  if (!seen.partial || !known.partial) delete result.partial;
  result.key = key;
  result.aliases = [...new Set([...known.aliases, ...seen.aliases, known.key, seen.key])].filter((k) => k !== key).slice(0, MAX_ALIASES);
  return result;
}

/** The same entry under the key its session is stored under, its own key kept as an alias. */
export function rekeyed(entry: ScheduleEntry, key: string): ScheduleEntry {
  return mergeEntry(entry, entry, key);
}
