import { localDate } from '../util/time';
import { priorityRank, type PlanItem } from './items';

/**
 * One decision: starred things all on at one moment (the slot `start`–`end`, where every one of them runs).
 * `run` is the whole chain of overlaps it belongs to: choosing a long talk sets aside what it overlaps there.
 */
export interface Clash {
  items: PlanItem[];
  start: number;
  end: number;
  run: PlanItem[];
}

export type Block =
  | { kind: 'item'; item: PlanItem }
  | { kind: 'clash'; clash: Clash }
  | { kind: 'gap'; start: number; end: number };

export interface DayPlan {
  /** Event-local `YYYY-MM-DD` of the day the blocks start on. */
  day: string;
  blocks: Block[];
  /** Per planned item id, the alternatives set aside for it: shown collapsed under it, not as rows of their own. */
  alternatives: ReadonlyMap<string, PlanItem[]>;
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

/**
 * The decisions of one run: the sets of items on at each start time, keeping only those no other set contains.
 * A chain held together by one long tutorial (11:15–12:30 against three talks at 11:15 and two at 12:00) is
 * two decisions, 11:15 and 12:00, with the tutorial in both, not one box of six.
 */
export function decisionsOf(run: readonly PlanItem[]): Clash[] {
  const starts = [...new Set(run.map((i) => i.start))].sort((x, y) => x - y);
  const sets = starts.map((at) => run.filter((i) => i.start <= at && at < i.end));
  const contains = (big: PlanItem[], small: PlanItem[]) => big.length > small.length && small.every((i) => big.includes(i));
  return sets
    .filter((set, n) => set.length > 1 && !sets.some((other) => contains(other, set)) && sets.findIndex((o) => sameSet(o, set)) === n)
    .map((items) => ({ items, start: Math.max(...items.map((i) => i.start)), end: Math.min(...items.map((i) => i.end)), run: [...run] }));
}

const sameSet = (a: PlanItem[], b: PlanItem[]) => a.length === b.length && a.every((i) => b.includes(i));

export function findClashes(items: readonly PlanItem[]): Clash[] {
  return runsOf(items).flatMap(decisionsOf);
}

/** The one item the user marked highest, if one stands out: what the clash view suggests keeping. */
export function suggestedChoice(clash: Clash): PlanItem | undefined {
  const ranked = [...clash.items].sort((a, b) => priorityRank(b.priority) - priorityRank(a.priority));
  const [first, second] = ranked;
  return first && second && priorityRank(first.priority) > priorityRank(second.priority) ? first : undefined;
}

/**
 * Choosing `item` sets aside what overlaps it in its whole run: in a chain A–B–C, choosing A keeps C, and
 * choosing the long tutorial of two decisions settles both.
 */
export function setAsideBy(item: PlanItem, clash: Clash): PlanItem[] {
  return clash.run.filter((other) => other.id !== item.id && overlaps(item, other));
}

/** The planned item an alternative was set aside for: the one it overlaps longest, if any. */
function hostOf(alternative: PlanItem, active: readonly PlanItem[]): PlanItem | undefined {
  const shared = (i: PlanItem) => Math.min(i.end, alternative.end) - Math.max(i.start, alternative.start);
  return active.filter((i) => overlaps(i, alternative)).sort((a, b) => shared(b) - shared(a))[0];
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
    if (run.length === 1) blocks.push({ start: run[0]!.start, end, block: { kind: 'item', item: run[0]! }, active: true });
    // Every decision of a run keeps the day busy to the run's end: no free gap opens inside a chain.
    else for (const [n, clash] of decisionsOf(run).entries()) blocks.push({ start: n ? clash.start : run[0]!.start, end, block: { kind: 'clash', clash }, active: true });
  }
  const active = items.filter((i) => !i.alternative);
  const alternatives = new Map<string, PlanItem[]>();
  for (const item of items.filter((i) => i.alternative)) {
    const host = hostOf(item, active);
    if (host) alternatives.set(host.id, [...(alternatives.get(host.id) ?? []), item]);
    else blocks.push({ start: item.start, end: item.end, block: { kind: 'item', item }, active: false });
  }
  blocks.sort((a, b) => a.start - b.start || Number(b.active) - Number(a.active));

  const days: DayPlan[] = [];
  let busyUntil = -Infinity;
  for (const { start, end, block, active } of blocks) {
    const day = localDate(new Date(start).toISOString(), timeZone);
    let plan = days.at(-1);
    if (plan?.day !== day) {
      days.push((plan = { day, blocks: [], alternatives }));
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
