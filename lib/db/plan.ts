import { annotatedSessions } from './annotations';
import type { TalkmarksDb } from './database';
import { ownItemsOf } from './own-items';
import { planItems, type PlanItem } from '../plan/items';

/** The planned items (starred talks with a time, own items) of one conference or all, for a liveQuery. */
export async function loadPlan(db: TalkmarksDb, conference?: string): Promise<PlanItem[]> {
  // Only starred talks are planned: reading every annotated session's row kept the popup's first rows waiting.
  const [sessions, own] = await Promise.all([annotatedSessions(db, conference, (a) => a.starred), ownItemsOf(db, conference)]);
  return planItems(sessions, own);
}
