import type { Annotation, ScheduleEntry } from './schema';

/** A session as the schedule last showed it, with what the user said about it: what every view and export lists. */
export interface AnnotatedSession {
  entry: ScheduleEntry;
  annotation: Annotation;
}

/** What a note whose session row is missing is listed under: its key for a title, so the note is not lost. */
export function placeholderEntry(a: Annotation): ScheduleEntry {
  return { key: a.key, conference: a.conference, aliases: [], title: a.key, speakers: [] };
}

/** A session row as an entry: when it was last seen is the store's business, not the entry's. */
export function withoutSeenAt({ seenAt: _seenAt, ...entry }: ScheduleEntry & { seenAt?: number }): ScheduleEntry {
  return entry;
}

/**
 * Each annotation with its session as stored (a placeholder where none is), in the annotations' order, without
 * when the session was last seen.
 */
export function withEntries(
  annotations: readonly Annotation[],
  storedOf: (annotation: Annotation, index: number) => (ScheduleEntry & { seenAt?: number }) | undefined,
): AnnotatedSession[] {
  return annotations.map((annotation, i) => {
    const stored = storedOf(annotation, i);
    return { entry: stored ? withoutSeenAt(stored) : placeholderEntry(annotation), annotation };
  });
}
