/**
 * The maths of a virtualised list: which items of a long list meet the screen, and how tall the space above and
 * below them is. Items keep their measured heights once seen and an estimate until then, so the list's total
 * height (and the scroll bar) settles as the user scrolls instead of jumping.
 */
export class ItemHeights {
  private readonly heights: Float64Array;
  /** `offsets[i]` is the top of item i; `offsets[count]` the total. Valid up to `validTo`. */
  private readonly offsets: Float64Array;
  private validTo = 0;

  constructor(readonly count: number, estimate: (index: number) => number) {
    this.heights = new Float64Array(count);
    for (let i = 0; i < count; i++) this.heights[i] = estimate(i);
    this.offsets = new Float64Array(count + 1);
  }

  height(index: number): number {
    return this.heights[index]!;
  }

  /** Records a measured height; whether it differs from what was assumed. */
  set(index: number, height: number): boolean {
    if (index < 0 || index >= this.count || this.heights[index] === height) return false;
    this.heights[index] = height;
    this.validTo = Math.min(this.validTo, index);
    return true;
  }

  /** The top of item `index` from the top of the list (`index` = count: the list's height). */
  offset(index: number): number {
    const at = Math.max(0, Math.min(index, this.count));
    for (let i = this.validTo; i < at; i++) this.offsets[i + 1] = this.offsets[i]! + this.heights[i]!;
    this.validTo = Math.max(this.validTo, at);
    return this.offsets[at]!;
  }

  get total(): number {
    return this.offset(this.count);
  }

  /** The item at `y` pixels from the top of the list (clamped to the first and last). */
  indexAt(y: number): number {
    if (this.count === 0) return 0;
    this.offset(this.count);
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** A run of items to draw, `start` included, `end` not. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The items between `top` and `bottom` (pixels from the top of the list, e.g. the viewport), with `overscan`
 * pixels more on each side so a fast scroll or a Tab to the next row finds it drawn.
 */
export function visibleSpan(heights: ItemHeights, top: number, bottom: number, overscan: number): Span {
  // A list wholly below or above the screen (one of several on a page) draws nothing.
  if (heights.count === 0 || bottom < top || bottom + overscan < 0 || top - overscan > heights.total) return { start: 0, end: 0 };
  const start = heights.indexAt(Math.max(0, top - overscan));
  const end = Math.min(heights.count, heights.indexAt(bottom + overscan) + 1);
  return { start, end };
}

/**
 * The runs to draw: the visible span, plus each pinned item (the one holding focus) wherever it is, so focus is
 * never lost to an item scrolled out of view. Sorted, disjoint, adjacent runs joined.
 */
export function spansToDraw(visible: Span, pinned: readonly number[], count: number): Span[] {
  const spans = [visible, ...pinned.filter((i) => i >= 0 && i < count).map((i) => ({ start: i, end: i + 1 }))]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Where each group of a sorted list starts (index → the group, e.g. its day), to put a heading there. */
export function groupStarts<T>(items: readonly T[], groupOf: ((item: T) => string) | undefined): Map<number, string> {
  const starts = new Map<number, string>();
  if (!groupOf) return starts;
  let last: string | undefined;
  items.forEach((item, i) => {
    const g = groupOf(item);
    if (i === 0 || g !== last) starts.set(i, g);
    last = g;
  });
  return starts;
}
