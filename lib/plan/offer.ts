import type { ScheduleEntry } from '../model/schema';
import type { PlanItem } from './items';
import { nowAndNext } from './now-next';

/**
 * Why the side panel offers a session: the user clicked its reminder, the tab shows its page, or the user's plan
 * has it on now or next.
 */
export type OfferReason = 'reminder' | 'page' | 'now' | 'next';

export interface Offer {
  entry: ScheduleEntry;
  why: OfferReason;
}

/**
 * The session most worth taking notes on: the one the tab's page is about, else the planned talk on now (a
 * must-see before the others when several run at once), else the next one. Own items have no notes editor here.
 */
export function offerFor(pageFocus: ScheduleEntry | undefined, plan: readonly PlanItem[], now: number): Offer | undefined {
  if (pageFocus) return { entry: pageFocus, why: 'page' };
  const { now: current, next } = nowAndNext(plan, now);
  const talk = (items: PlanItem[]) =>
    [...items].sort((a, b) => Number(b.priority === 'must') - Number(a.priority === 'must')).find((i) => i.entry)?.entry;
  const onNow = talk(current);
  if (onNow) return { entry: onNow, why: 'now' };
  const upcoming = talk(next);
  return upcoming ? { entry: upcoming, why: 'next' } : undefined;
}
