import { parseClock, parseDate } from '../../util/time';
import { fold } from '../../util/text';
import { zoneFromLabel } from '../../util/zones';
import { schedSelectors as s } from './selectors';

/**
 * Grid views (`/grid/`, `/grid-full/`) were never documented. A table grid says where an entry is by its
 * cell: one axis is times, the other rooms (or days). This reads whichever way round the table is,
 * with row and column spans, from the table's own header row and header column.
 */
export interface GridFacts {
  from?: string;
  to?: string;
  zone?: string;
  room?: string;
  day?: string;
}

interface Place {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Layout {
  places: Map<Element, Place>;
  colLabels: string[];
  rowLabels: string[];
  timesAcross: boolean;
  zone?: string;
  day?: string;
}

function label(cell: Element | undefined): string {
  return cell && !cell.querySelector(s.sessionLink) ? fold(cell.textContent) : '';
}

const cellsOf = (row: Element) => [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th') as HTMLTableCellElement[];

function layoutOf(table: HTMLTableElement): Layout {
  const places = new Map<Element, Place>();
  const taken: boolean[][] = [];
  const rows = [...table.rows];
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of cellsOf(tr)) {
      while (taken[r]?.[c]) c++;
      const cols = Math.min(Math.max(1, cell.colSpan), 100);
      const span = Math.min(Math.max(1, cell.rowSpan), rows.length - r);
      for (let i = 0; i < span; i++) for (let j = 0; j < cols; j++) (taken[r + i] ??= [])[c + j] = true;
      places.set(cell, { row: r, col: c, rows: span, cols });
      c += cols;
    }
  });
  const headerRow =
    rows.filter((row) => row.parentElement?.localName === 'thead').pop() ??
    (rows[0] && !rows[0].querySelector(s.sessionLink) ? rows[0] : undefined);
  const colLabels: string[] = [];
  for (const cell of headerRow ? cellsOf(headerRow) : []) {
    const p = places.get(cell)!;
    for (let j = 0; j < p.cols; j++) colLabels[p.col + j] = label(cell);
  }
  const rowLabels: string[] = [];
  for (const [cell, p] of places) if (p.col === 0 && cell.parentElement !== headerRow) rowLabels[p.row] = label(cell);
  const clockLabels = colLabels.filter((l) => l && parseClock(l)).length;
  const timesAcross = clockLabels > 0 && clockLabels >= colLabels.filter(Boolean).length / 2;
  const zoneCell = table.querySelector(s.zone);
  const caption = table.caption ? fold(table.caption.textContent) : '';
  return { places, colLabels, rowLabels, timesAcross, zone: zoneFromLabel(zoneCell?.textContent), day: parseDate(caption) };
}

function joined(labels: string[], from: number, count: number): string | undefined {
  const seen = [...new Set(labels.slice(from, from + count).filter(Boolean))];
  return seen.length ? seen.join(', ') : undefined;
}

function factsOf(cell: Element, layout: Layout): GridFacts | undefined {
  const p = layout.places.get(cell);
  if (!p) return undefined;
  const [times, others, at, span, other, otherSpan] = layout.timesAcross
    ? [layout.colLabels, layout.rowLabels, p.col, p.cols, p.row, p.rows]
    : [layout.rowLabels, layout.colLabels, p.row, p.rows, p.col, p.cols];
  const otherLabel = joined(others, other, otherSpan);
  const otherDay = otherLabel ? parseDate(otherLabel) : undefined;
  return {
    from: parseClock(times[at] ?? ''),
    to: parseClock(times[at + span] ?? ''),
    zone: layout.zone,
    room: otherDay ? undefined : otherLabel,
    day: otherDay ?? layout.day,
  };
}

/** Time, room and day of an entry in a table grid (undefined outside one); each table is laid out once per parse. */
export function createGridReader(): (entry: Element) => GridFacts | undefined {
  const layouts = new WeakMap<Element, Layout>();
  return (entry) => {
    const cell = entry.closest('td, th');
    const table = cell?.closest('table');
    if (!cell || !table) return undefined;
    let layout = layouts.get(table);
    if (!layout) layouts.set(table, (layout = layoutOf(table)));
    return factsOf(cell, layout);
  };
}
