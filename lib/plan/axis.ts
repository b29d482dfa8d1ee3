import type { Block } from './clashes';
import type { PlanItem } from './items';

/** One bar on a day's time axis: part of an item, in its lane, as fractions of its block's stretch of time. */
export interface AxisBar {
  id: string;
  lane: number;
  top: number;
  height: number;
}

/** The stretch of a day's time axis beside one block: the hours that begin in it and the bars that cross it. */
export interface AxisCell {
  start: number;
  end: number;
  /** Full hours in [start, end), with their place as a fraction from the top. */
  hours: { at: number; top: number }[];
  bars: AxisBar[];
}

export interface DayAxis {
  cells: AxisCell[];
  /** Lanes needed at the most crowded moment of the day (at least 1). */
  lanes: number;
}

const HOUR = 3_600_000;

/**
 * When each row's stretch of time starts: a gap's or item's own start; a clash's first item not already in an
 * earlier row (a chain's second decision starts with its own talks, not with the tutorial both share).
 */
function rowStarts(blocks: readonly Block[]): number[] {
  const seen = new Set<string>();
  return blocks.map((block) => {
    if (block.kind === 'gap') return block.start;
    if (block.kind === 'item') {
      seen.add(block.item.id);
      return block.item.start;
    }
    const fresh = block.clash.items.filter((i) => !seen.has(i.id));
    for (const i of block.clash.items) seen.add(i.id);
    return fresh.length ? Math.min(...fresh.map((i) => i.start)) : block.clash.start;
  });
}

const blockEnd = (block: Block) =>
  block.kind === 'gap' ? block.end : block.kind === 'item' ? block.item.end : Math.max(...block.clash.items.map((i) => i.end));

/** The items a day shows as rows (what is folded as an alternative is not), each once. */
function shownItems(blocks: readonly Block[]): PlanItem[] {
  const byId = new Map<string, PlanItem>();
  for (const b of blocks) {
    if (b.kind === 'item') byId.set(b.item.id, b.item);
    if (b.kind === 'clash') for (const i of b.clash.items) byId.set(i.id, i);
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Lanes by first fit in time order: overlapping items side by side, one lane when nothing overlaps. */
function laneOf(items: readonly PlanItem[]): { lanes: Map<string, number>; count: number } {
  const ends: number[] = [];
  const lanes = new Map<string, number>();
  for (const item of items) {
    let lane = ends.findIndex((end) => end <= item.start);
    if (lane < 0) lane = ends.push(item.end) - 1;
    else ends[lane] = item.end;
    lanes.set(item.id, lane);
  }
  return { lanes, count: Math.max(1, ends.length) };
}

/**
 * A day's time axis laid beside its rows, which stay in time order (the keyboard's order): each row's stretch runs
 * from its start to the next row's, so the axis is one continuous day; the hours are marked where they fall and each
 * item is a bar in its lane, where the overlaps of a clash show side by side.
 */
export function dayAxis(blocks: readonly Block[], timeZoneOffset: (ms: number) => number = () => 0): DayAxis {
  const items = shownItems(blocks);
  const { lanes, count } = laneOf(items);
  const starts = rowStarts(blocks);
  const cells = blocks.map((block, i): AxisCell => {
    const start = starts[i]!;
    const next = starts[i + 1];
    const end = Math.max(start, next ?? blockEnd(block));
    const length = end - start;
    const hours: AxisCell['hours'] = [];
    if (length > 0) {
      // Hours on the event's wall clock: offsets that are not whole hours (India, Adelaide) still mark hh:00.
      const offset = timeZoneOffset(start);
      for (let at = Math.ceil((start + offset) / HOUR) * HOUR - offset; at < end; at += HOUR) hours.push({ at, top: (at - start) / length });
    }
    const bars = length > 0
      ? items
          .filter((item) => item.start < end && item.end > start)
          .map((item) => {
            const from = Math.max(item.start, start);
            const to = Math.min(item.end, end);
            return { id: item.id, lane: lanes.get(item.id)!, top: (from - start) / length, height: (to - from) / length };
          })
      : [];
    return { start, end, hours, bars };
  });
  return { cells, lanes: count };
}
