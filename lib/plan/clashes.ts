import { localDate } from '../util/time';
import { priorityRank, type PlanItem } from './items';

/** Starred things at the same time: the items of a run of overlaps (A overlaps B, B overlaps C …). */
export interface Clash {
  items: PlanItem[];
  start: number;
  end: number;
}

export type Block =
  | { kind: 'item'; item: PlanItem }
  | { kind: 'clash'; clash: Clash }
  | { kind: 'gap'; start: number; end: number };

export interface DayPlan {
  /** Event-local `YYYY-MM-DD` of the day the blocks start on. */
  day: string;
  blocks: Block[];
}

/** Half-open intervals: a talk ending at 10:00 does not clash with one starting at 10:00. */
export function overlaps(a: PlanItem, b: PlanItem): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Items that are not alternatives, grouped into runs of overlapping items, in time order. Runs of one are
 * free of clashes. Works on instants, so talks across midnight and items in other zones compare correctly.
 */
export function runsOf(items: readonly PlanItem[]): PlanItem[][] {
  const active = items.filter((i) => !i.alternative).sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: PlanItem[][] = [];
  let end = -Infinity;
  for (const item of active) {
    if (item.start < end) runs.at(-1)!.push(item);
    else runs.push([item]);
    end = Math.max(end, item.end);
  }
  return runs;
}

export function findClashes(items: readonly PlanItem[]): Clash[] {
  return runsOf(items)
    .filter((run) => run.length > 1)
    .map((run) => ({ items: run, start: run[0]!.start, end: Math.max(...run.map((i) => i.end)) }));
}

/** The one item the user marked highest, if one stands out: what the clash view suggests keeping. */
export function suggestedChoice(clash: Clash): PlanItem | undefined {
  const ranked = [...clash.items].sort((a, b) => priorityRank(b.priority) - priorityRank(a.priority));
  const [first, second] = ranked;
  return first && second && priorityRank(first.priority) > priorityRank(second.priority) ? first : undefined;
}

/** Choosing `item` in a clash sets aside what overlaps it; in a chain A–B–C, choosing A keeps C. */
export function setAsideBy(item: PlanItem, clash: Clash): PlanItem[] {
  return clash.items.filter((other) => other.id !== item.id && overlaps(item, other));
}

/**
 * The plan of a conference per event-local day: items and clashes in time order, alternatives beside
 * them, and the free gaps of at least `minGapMinutes` between busy stretches of the same day. A clash
 * or item belongs to the day it starts on, in `timeZone`, even when it runs past midnight.
 */
export function dayPlans(items: readonly PlanItem[], timeZone: string, minGapMinutes = 15): DayPlan[] {
  const blocks: { start: number; end: number; block: Block; active: boolean }[] = [];
  for (const run of runsOf(items)) {
    const end = Math.max(...run.map((i) => i.end));
    const block: Block = run.length > 1 ? { kind: 'clash', clash: { items: run, start: run[0]!.start, end } } : { kind: 'item', item: run[0]! };
    blocks.push({ start: run[0]!.start, end, block, active: true });
  }
  for (const item of items) if (item.alternative) blocks.push({ start: item.start, end: item.end, block: { kind: 'item', item }, active: false });
  blocks.sort((a, b) => a.start - b.start || Number(b.active) - Number(a.active));

  const days: DayPlan[] = [];
  let busyUntil = -Infinity;
  for (const { start, end, block, active } of blocks) {
    const day = localDate(new Date(start).toISOString(), timeZone);
    let plan = days.at(-1);
    if (plan?.day !== day) {
      days.push((plan = { day, blocks: [] }));
      busyUntil = -Infinity;
    }
    if (active) {
      if (busyUntil > -Infinity && start - busyUntil >= minGapMinutes * 60_000) plan.blocks.push({ kind: 'gap', start: busyUntil, end: start });
      busyUntil = Math.max(busyUntil, end);
    }
    plan.blocks.push(block);
  }
  return days;
}
