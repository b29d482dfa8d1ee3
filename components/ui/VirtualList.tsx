import type { MutableRef } from 'preact/hooks';
import { Fragment, type VNode } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isTypingTarget } from '../../lib/util/keyboard';
import { listCells, type Cell } from '../../lib/util/list-cells';
import { ItemHeights, spansToDraw, visibleSpan, type Span } from '../../lib/util/windowing';

/** What a row's `<li>` carries: its place for screen readers, focusability, and where the list finds it. */
export interface RowAttrs {
  'aria-posinset': number;
  'aria-setsize': number;
  tabIndex: -1;
  'data-cell': number;
  'data-item': number;
}

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** A heading before each run of items of one group (the day); none without it. */
  groupOf?: (item: T) => string;
  /** One `<li>` per item, which must carry `attrs`. */
  renderItem: (item: T, attrs: RowAttrs) => VNode;
  /** The lists' accessible name where no heading names them. */
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

/**
 * A long list drawn a screen at a time: only the rows near the viewport are in the document, between spacers as
 * tall as the rows they stand for (measured once seen, estimated before). The page scrolls as a whole. The row
 * holding focus stays drawn wherever the user scrolls; ↑/↓ or j/k move between rows, Home/End to the ends. Each
 * row says its place (`aria-posinset` of `aria-setsize`), so screen readers know the list's size.
 */
export function VirtualList<T>({ items, keyOf, groupOf, renderItem, label, heading: Heading = 'h3', class: className = '', focusRef }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const cells = useMemo(() => listCells(items, keyOf, groupOf), [items, keyOf, groupOf]);
  const heights = useMemo(
    () => new ItemHeights(cells.length, (i) => measured.current.get(cells[i]!.key) ?? (cells[i]!.kind === 'heading' ? HEADING : ROW)),
    [cells],
  );
  const [span, setSpan] = useState<Span>({ start: 0, end: 0 });
  const [, setVersion] = useState(0);
  const [focused, setFocused] = useState<string | undefined>();
  const [wanted, setWanted] = useState<number | undefined>();
  const pinned = focused === undefined ? -1 : cells.findIndex((c) => c.key === focused);
  const cellOfItem = (index: number) => cells.findIndex((c) => c.kind === 'item' && c.index === index);

  const place = () => {
    const el = box.current;
    if (!el) return;
    const top = -el.getBoundingClientRect().top;
    const next = visibleSpan(heights, top, top + innerHeight, OVERSCAN);
    setSpan((s) => (sameSpan(s, next) ? s : next));
  };

  // After each render: measure what was drawn, then work out what the screen shows now.
  useLayoutEffect(() => {
    let changed = false;
    for (const el of box.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? []) {
      const h = el.getBoundingClientRect().height;
      // Zero: not laid out (hidden, or no layout engine); keep the estimate.
      if (!h) continue;
      const i = Number(el.dataset.cell);
      if (!cells[i]) continue;
      measured.current.set(cells[i].key, h);
      changed = heights.set(i, h) || changed;
    }
    if (changed) setVersion((v) => v + 1);
    place();
  });

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
    const cell = cells[cellOfItem(at)];
    if (!cell) return;
    setFocused(cell.key);
    setWanted(at);
  };
  if (focusRef) focusRef.current = focusItem;
  // The row asked for is drawn now (pinned); focusing it scrolls it into view.
  useLayoutEffect(() => {
    if (wanted === undefined) return;
    box.current?.querySelector<HTMLElement>(`[data-item="${wanted}"]`)?.focus();
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
    const cell = (event.target as Element).closest<HTMLElement>('[data-cell]');
    const key = cell && cells[Number(cell.dataset.cell)]?.key;
    if (key && key !== focused) setFocused(key);
  };

  // The span worked out for the previous items may reach past these (a narrower search): the layout effect redoes it.
  const visible = { start: Math.min(span.start, cells.length), end: Math.min(span.end, cells.length) };
  const drawn = spansToDraw(visible, pinned >= 0 ? [pinned] : [], cells.length);
  const out: VNode[] = [];
  let end = 0;
  drawn.forEach((s, n) => {
    const gap = heights.offset(s.start) - heights.offset(end);
    if (gap > 0) out.push(<div key={`gap-${n}`} class="tm-vlist-gap" style={{ height: `${gap}px` }} aria-hidden="true" />);
    out.push(...drawSpan(s, n, cells, renderItem, items.length, label, Heading));
    end = s.end;
  });
  const rest = heights.total - heights.offset(end);
  if (rest > 0) out.push(<div key="gap-end" class="tm-vlist-gap" style={{ height: `${rest}px` }} aria-hidden="true" />);
  return (
    <div ref={box} class={`tm-vlist ${className}`} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      {out}
    </div>
  );
}

/** The cells of one span: headings as headings, each run of rows as one list named by its group. */
function drawSpan<T>(s: Span, n: number, cells: Cell<T>[], renderItem: Props<T>['renderItem'], size: number, label: string, Heading: 'h2' | 'h3'): VNode[] {
  const out: VNode[] = [];
  let group = label;
  for (let i = s.start; i > 0; i--) {
    const c = cells[i - 1]!;
    if (c.kind === 'heading') {
      group = c.label;
      break;
    }
  }
  let rows: VNode[] = [];
  const flush = () => {
    // Keyed by span and group, so scrolling within a day keeps the list and its rows.
    if (rows.length) out.push(<ul key={`list-${n}-${group}`} class="tm-sessions" aria-label={group}>{rows}</ul>);
    rows = [];
  };
  for (let i = s.start; i < s.end; i++) {
    const c = cells[i]!;
    if (c.kind === 'heading') {
      flush();
      group = c.label;
      out.push(
        <Heading key={c.key} class="tm-vlist-day" data-cell={i}>
          {c.label}
        </Heading>,
      );
    } else {
      const row = renderItem(c.item, { 'aria-posinset': c.index + 1, 'aria-setsize': size, tabIndex: -1, 'data-cell': i, 'data-item': c.index });
      rows.push(<Fragment key={c.key}>{row}</Fragment>);
    }
  }
  flush();
  return out;
}
