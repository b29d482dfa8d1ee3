/** One line of a long list: a group heading (e.g. a day), or an item with its place among the items. */
export type Cell<T> = { kind: 'heading'; key: string; label: string } | { kind: 'item'; key: string; item: T; index: number };

/**
 * The items of a list with a heading before each run of items of the same group (`groupOf`, e.g. the event-local
 * day; undefined: no headings at all). Items keep their order: sort them first.
 */
export function listCells<T>(items: readonly T[], keyOf: (item: T) => string, groupOf?: (item: T) => string): Cell<T>[] {
  const cells: Cell<T>[] = [];
  let group: string | undefined;
  let run = 0;
  items.forEach((item, index) => {
    if (groupOf) {
      const g = groupOf(item);
      if (index === 0 || g !== group) cells.push({ kind: 'heading', key: `heading:${run++}:${g}`, label: g });
      group = g;
    }
    cells.push({ kind: 'item', key: keyOf(item), item, index });
  });
  return cells;
}
