import type { ComponentChildren } from 'preact';
import type { DayGroup } from '../../lib/plan/days';

interface Props<T> {
  groups: readonly DayGroup<T>[];
  /** A row (an `<li>`, e.g. a SessionRow) for an item. */
  row: (item: T) => ComponentChildren;
  /** The headings' level: one below the page's. */
  level?: 2 | 3 | 4;
  /** Shown after a day's list (e.g. the popup's "Earlier today"). */
  after?: (group: DayGroup<T>) => ComponentChildren;
  /** The day's list in place of one `<ul>` of every row (the popup draws a long list a slice at a time). */
  list?: (group: DayGroup<T>) => ComponentChildren;
}

/** The id of a day's heading, to jump to (`YYYY-MM-DD`, or `none` for sessions without a time). */
export const dayAnchor = (day: string | undefined) => `tm-day-${day ?? 'none'}`;

/**
 * Items under event-local day headings ("Tuesday, 24 March 2026"), one list per day: groups come from
 * `groupByDay` (lib/plan/days.ts), which keeps the caller's order within each day.
 */
export function DayGroups<T>({ groups, row, level = 2, after, list }: Props<T>) {
  const Heading = `h${level}` as 'h2';
  return (
    <>
      {groups.map((g) => (
        <section key={g.day ?? 'none'} class="tm-day-group" aria-labelledby={dayAnchor(g.day)}>
          <Heading class="tm-day-heading" id={dayAnchor(g.day)} tabIndex={-1}>
            {g.heading}
          </Heading>
          {list ? list(g) : <ul class="tm-sessions">{g.items.map(row)}</ul>}
          {after?.(g)}
        </section>
      ))}
    </>
  );
}
