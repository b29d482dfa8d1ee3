import { timeOf, type ScheduleChange } from '../model/change';
import { ASSUMED_MINUTES, type PlanItem } from './items';
import { overlaps } from './clashes';

/** What a change of time did to the plan: the items the moved talk now overlaps and no longer overlaps. */
export interface ClashEffect {
  created: PlanItem[];
  resolved: PlanItem[];
}

/**
 * The clashes a recorded move of a planned talk created or resolved, against the plan as it is now. Only the talk's
 * own overlaps count: the plan's other clashes are not this change's doing. None for a talk not in the plan.
 */
export function clashEffect(change: ScheduleChange, plan: readonly PlanItem[]): ClashEffect {
  const none = { created: [], resolved: [] };
  const item = plan.find((i) => i.id === change.key);
  if (change.field !== 'time' || !change.old || !item || item.alternative) return none;
  const was = timeOf(change.old);
  const start = Date.parse(was.start);
  const end = was.end ? Date.parse(was.end) : start + ASSUMED_MINUTES * 60_000;
  const before = { ...item, start, end: end > start ? end : start + ASSUMED_MINUTES * 60_000 };
  const others = plan.filter((i) => i.id !== item.id && !i.alternative);
  return {
    created: others.filter((o) => overlaps(item, o) && !overlaps(before, o)),
    resolved: others.filter((o) => !overlaps(item, o) && overlaps(before, o)),
  };
}
