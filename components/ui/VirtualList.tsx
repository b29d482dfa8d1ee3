import type { MutableRef } from 'preact/hooks';
import { Fragment, type VNode } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isTypingTarget } from '../../lib/util/keyboard';
import { groupStarts, ItemHeights, spansToDraw, visibleSpan, type Span } from '../../lib/util/windowing';

/** What a row's `<li>` carries: its place for screen readers, focusability, and where the list finds it. */
export interface RowAttrs {
  'aria-posinset': number;
  'aria-setsize': number;
  tabIndex: -1;
  'data-item': number;
  /** The space of rows not drawn before it. */
  style?: string;
}

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** A heading before each run of items of one group (the day); none without it. */
  groupOf?: (item: T) => string;
  /** One `<li>` per item, which must carry `attrs`, and the heading (its day) at its top when it starts a group. */
  renderItem: (item: T, attrs: RowAttrs, heading: VNode | undefined) => VNode;
  /** The list's accessible name. */
  label: string;
  heading?: 'h2' | 'h3';
  class?: string;
  /** Set to a function that focuses the item at an index (the search box's ↓ uses it). */
  focusRef?: MutableRef<((index: number) => void) | undefined>;
}

/** Assumed heights until measured: a one-line row, a day heading. */
const ROW = 56;
const HEADING = 34;
/** Drawn beyond the screen on each side, so a quick scroll or Tab finds rows there. */
const OVERSCAN = 600;

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** The rows on screen, and those with the overscan around them. */
interface Spans {
  near: Span;
  wide: Span;
}

const NONE: Spans = { near: { start: 0, end: 0 }, wide: { start: 0, end: 0 } };
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
};

/**
 * A long list drawn a screen at a time: only the rows near the viewport are in the document, with space as tall as
 * the rows it stands for (measured once seen, estimated before). The page scrolls as a whole. The row
 * holding focus stays drawn wherever the user scrolls; ↑/↓ or j/k move between rows, Home/End to the ends. Each
 * row says its place (`aria-posinset` of `aria-setsize`), so screen readers know the list's size.
 */
export function VirtualList<T>({ items, keyOf, groupOf, renderItem, label, heading: Heading = 'h3', class: className = '', focusRef }: Props<T>) {
  const box = useRef<HTMLUListElement>(null);
  const measured = useRef(new Map<string, number>());
  const heads = useMemo(() => groupStarts(items, groupOf), [items, groupOf]);
  const heights = useMemo(
    () => new ItemHeights(items.length, (i) => measured.current.get(keyOf(items[i]!)) ?? (heads.has(i) ? ROW + HEADING : ROW)),
    [items, keyOf, heads],
  );
  const [spans, setSpans] = useState<Spans>(NONE);
  // A new list (a key typed) draws the rows on screen first; those around them follow once the page is idle. Drawn
  // at once, they were half of a keystroke's work (*zero t* over 10,000 sessions: 10–16 ms with them, 7–9 without),
  // and nobody sees them in that frame.
  const wideFor = useRef<readonly T[]>();
  const [, setVersion] = useState(0);
  const [focused, setFocused] = useState<string | undefined>();
  const [wanted, setWanted] = useState<number | undefined>();
  const pinned = focused === undefined ? -1 : items.findIndex((item) => keyOf(item) === focused);
  // The rows of the last render, kept while their item, place and `renderItem` stay the same: a render that only
  // measured the rows or moved the window (one after each new list, each scroll) does not draw them all again.
  const kept = useRef<{ render: Props<T>['renderItem']; rows: Map<T, { place: string; row: VNode }> }>();

  const place = () => {
    const el = box.current;
    if (!el) return;
    const top = -el.getBoundingClientRect().top;
    const next = { near: visibleSpan(heights, top, top + innerHeight, 0), wide: visibleSpan(heights, top, top + innerHeight, OVERSCAN) };
    setSpans((s) => (sameSpan(s.near, next.near) && sameSpan(s.wide, next.wide) ? s : next));
  };

  // After each render: measure what was drawn, then work out what the screen shows now.
  useLayoutEffect(() => {
    let changed = false;
    for (const el of box.current?.querySelectorAll<HTMLElement>(':scope > [data-item]') ?? []) {
      const h = el.getBoundingClientRect().height;
      const i = Number(el.dataset.item);
      // Zero: not laid out (hidden, or no layout engine); keep the estimate.
      if (!h || !items[i]) continue;
      measured.current.set(keyOf(items[i]), h);
      changed = heights.set(i, h) || changed;
    }
    if (changed) setVersion((v) => v + 1);
    place();
  });

  useEffect(() => {
    if (wideFor.current === items) return;
    return whenIdle(() => {
      wideFor.current = items;
      setVersion((v) => v + 1);
    });
  }, [items]);

  useEffect(() => {
    const stop = new AbortController();
    addEventListener('scroll', place, { signal: stop.signal, passive: true });
    addEventListener('resize', place, { signal: stop.signal });
    // A row that grows (its editor opened) moves every row below it.
    const grown = new ResizeObserver(() => setVersion((v) => v + 1));
    if (box.current) grown.observe(box.current);
    stop.signal.addEventListener('abort', () => grown.disconnect());
    return () => stop.abort();
  }, [heights]);

  const focusItem = (index: number) => {
    const at = Math.max(0, Math.min(index, items.length - 1));
    if (!items[at]) return;
    setFocused(keyOf(items[at]));
    setWanted(at);
  };
  if (focusRef) focusRef.current = focusItem;
  // The row asked for is drawn now (pinned); focusing it scrolls it into view.
  useLayoutEffect(() => {
    if (wanted === undefined) return;
    box.current?.querySelector<HTMLElement>(`:scope > [data-item="${wanted}"]`)?.focus();
    setWanted(undefined);
  }, [wanted]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event)) return;
    const row = (event.target as Element).closest<HTMLElement>('[data-item]');
    if (!row) return;
    const at = Number(row.dataset.item);
    const to = { ArrowDown: at + 1, j: at + 1, ArrowUp: at - 1, k: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusItem(to);
  };
  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-item]');
    const item = row && items[Number(row.dataset.item)];
    if (item && keyOf(item) !== focused) setFocused(keyOf(item));
  };

  // The span worked out for the previous items may reach past these (a narrower search): the layout effect redoes it.
  const span = wideFor.current === items ? spans.wide : spans.near;
  const visible = { start: Math.min(span.start, items.length), end: Math.min(span.end, items.length) };
  const drawn = spansToDraw(visible, pinned >= 0 ? [pinned] : [], items.length);
  // One list for every row, so a row (the focused one above all) never moves to another parent and is never drawn
  // anew; the space of the rows not drawn is the list's padding and the top margin of the row after a gap.
  const rows: VNode[] = [];
  const before = kept.current?.render === renderItem ? kept.current.rows : new Map<T, { place: string; row: VNode }>();
  const now = new Map<T, { place: string; row: VNode }>();
  let end = 0;
  for (const s of drawn) {
    const gap = heights.offset(s.start) - heights.offset(end);
    for (let i = s.start; i < s.end; i++) {
      const item = items[i]!;
      const head = heads.get(i);
      const attrs: RowAttrs = { 'aria-posinset': i + 1, 'aria-setsize': items.length, tabIndex: -1, 'data-item': i };
      if (i === s.start && end > 0 && gap > 0) attrs.style = `margin-top: ${gap}px`;
      const place = `${i} ${items.length} ${attrs.style ?? ''} ${head ?? ''}`;
      const old = before.get(item);
      const row =
        old?.place === place ? old.row : <Fragment key={keyOf(item)}>{renderItem(item, attrs, head === undefined ? undefined : <Heading class="tm-vlist-day">{head}</Heading>)}</Fragment>;
      now.set(item, { place, row });
      rows.push(row);
    }
    end = s.end;
  }
  kept.current = { render: renderItem, rows: now };
  const top = drawn.length ? heights.offset(drawn[0]!.start) : 0;
  const bottom = heights.total - heights.offset(end);
  return (
    <ul
      ref={box}
      class={`tm-sessions tm-vlist ${className}`}
      aria-label={label}
      style={{ paddingTop: `${top}px`, paddingBottom: `${bottom}px` }}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      {rows}
    </ul>
  );
}
