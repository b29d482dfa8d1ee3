import type { IndexableType, Table } from 'dexie';

/**
 * Rows per request when a page reads a whole table. One request for 10,000 sessions kept the database busy for
 * over a second, and other requests of the extension queued behind it, even after its page was closed: a
 * dashboard opened again waited half a second to open the database (a star's write to those tables would wait too).
 */
export const PAGE_ROWS = 1000;

/** Every row of `table` in key order, the same as `toArray()`, read `page` rows per request. */
export async function readInPages<T, K extends IndexableType, I>(table: Table<T, K, I>, keyOf: (row: T) => K, page = PAGE_ROWS): Promise<T[]> {
  const out: T[] = [];
  for (let last: K | undefined; ; ) {
    const rows = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(page).toArray();
    for (const row of rows) out.push(row);
    if (rows.length < page) return out;
    last = keyOf(rows[rows.length - 1]!);
  }
}
