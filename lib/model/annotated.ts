import type { Annotation, ScheduleEntry } from './schema';

/** A session as the schedule last showed it, with what the user said about it: what every view and export lists. */
export interface AnnotatedSession {
  entry: ScheduleEntry;
  annotation: Annotation;
}
