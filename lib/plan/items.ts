import { zoneOf } from '../model/display';
import type { Annotation, OwnItem, PlanRef, Priority, ScheduleEntry } from '../model/schema';
import type { AnnotatedSession } from '../model/annotated';

export type { PlanRef };

/** One thing in the user's day: a starred talk or an own item, on the absolute time line (epoch ms). */
export interface PlanItem {
  ref: PlanRef;
  /** Unique among items: the session key, or `own:<id>`. */
  id: string;
  conference: string;
  title: string;
  start: number;
  end: number;
  /** The schedule gave no end: `end` is an assumed length after the start. */
  endAssumed: boolean;
  timeZone: string;
  place?: string;
  priority: Priority | null;
  alternative: boolean;
  entry?: ScheduleEntry;
  annotation?: Annotation;
  own?: OwnItem;
}

/** Talks without an end time are taken to last this long: the common slot length. */
export const ASSUMED_MINUTES = 30;

function sessionItem({ entry, annotation }: AnnotatedSession): PlanItem | undefined {
  if (!annotation.starred || !entry.start) return undefined;
  const start = Date.parse(entry.start);
  const end = entry.end ? Date.parse(entry.end) : NaN;
  const endAssumed = !(end > start);
  return {
    ref: { kind: 'session', key: entry.key },
    id: entry.key,
    conference: entry.conference,
    title: entry.title,
    start,
    end: endAssumed ? start + ASSUMED_MINUTES * 60_000 : end,
    endAssumed,
    timeZone: zoneOf(entry),
    place: entry.room,
    // Read defensively: a record the version-2 upgrade could not touch lacks these fields.
    priority: annotation.priority === 'must' || annotation.priority === 'maybe' ? annotation.priority : null,
    alternative: annotation.alternative === true,
    entry,
    annotation,
  };
}

function ownPlanItem(own: OwnItem): PlanItem {
  return {
    ref: { kind: 'own', id: own.id },
    id: `own:${own.id}`,
    conference: own.conference,
    title: own.title,
    start: Date.parse(own.start),
    end: Date.parse(own.end),
    endAssumed: false,
    timeZone: own.timeZone,
    place: own.place || undefined,
    priority: null,
    alternative: own.alternative === true,
    own,
  };
}

/** Starred sessions that have a time, and own items, in time order. Sessions without a time cannot be planned. */
export function planItems(sessions: readonly AnnotatedSession[], own: readonly OwnItem[]): PlanItem[] {
  const items = [...sessions.map(sessionItem).filter((i): i is PlanItem => !!i), ...own.map(ownPlanItem)];
  return items.sort((a, b) => a.start - b.start || a.end - b.end || a.title.localeCompare(b.title));
}

export const priorityRank = (p: Priority | null) => (p === 'must' ? 2 : p === null ? 1 : 0);

/**
 * Setting a talk aside with "add them to Watch later" writes both fields in one change, so their stamps match:
 * that watch-later mark came with the set-aside, not from the user, and goes when the talk is back in the plan.
 * A talk already on the list keeps its older stamp, and stays on it.
 */
export function watchLaterFromSetAside(a: Annotation): boolean {
  const stamps = a.fieldUpdatedAt ?? {};
  return a.alternative === true && a.watchLater === true && stamps.watchLater !== undefined && stamps.watchLater === stamps.alternative;
}

/** What putting an alternative back in the plan changes: it is no alternative, and off the list it went on with it. */
export function backInPlanPatch(a: Annotation | undefined): { alternative: false; watchLater?: false } {
  return a && watchLaterFromSetAside(a) ? { alternative: false, watchLater: false } : { alternative: false };
}
