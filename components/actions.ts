import { send } from '../lib/messaging';
import type { AnnotationPatch, ScheduleEntry } from '../lib/model';

/** Every change goes through the background, which writes it and tells the schedule tabs. */
export function patchSession(entry: ScheduleEntry, patch: AnnotationPatch) {
  return send({ type: 'annotation/patch', key: entry.key, patch, entry });
}
