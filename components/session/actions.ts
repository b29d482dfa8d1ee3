import { send } from '../../lib/protocol/send';
import type { AnnotationPatch, PatchBase, ScheduleEntry } from '../../lib/model/schema';

/**
 * Every change goes through the background, which writes it and tells the schedule tabs. `base` is what the
 * editor saw, so an edit made meanwhile elsewhere is merged rather than overwritten.
 */
export function patchSession(entry: ScheduleEntry, patch: AnnotationPatch, base?: PatchBase) {
  return send({ type: 'annotation/patch', key: entry.key, patch, entry, ...(base ? { base } : {}) });
}
