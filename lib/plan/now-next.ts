import type { PlanItem } from './items';

export interface NowNext {
  now: PlanItem[];
  /** The items starting soonest after `now` (all of them, when several start at once). */
  next: PlanItem[];
}

/** Look this far ahead for "next": the evening before a conference day shows its first talk. */
export const HORIZON_MS = 16 * 60 * 60_000;

/** What is on now and what comes next among the planned items (alternatives left out), at instant `now`. */
export function nowAndNext(items: readonly PlanItem[], now: number, horizonMs = HORIZON_MS): NowNext {
  const active = items.filter((i) => !i.alternative);
  const current = active.filter((i) => i.start <= now && now < i.end).sort((a, b) => a.start - b.start);
  const upcoming = active.filter((i) => i.start > now && i.start - now <= horizonMs);
  const soonest = Math.min(...upcoming.map((i) => i.start));
  return { now: current, next: upcoming.filter((i) => i.start === soonest).sort((a, b) => a.title.localeCompare(b.title)) };
}
