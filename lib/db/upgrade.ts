import type { Transaction } from 'dexie';
import { sameData } from '../util/same-data';
import { repairAnnotation, repairConference, repairSession, type Repaired } from './repair';
import type { MetaRecord } from './rows';

const repairs: [string, (row: unknown) => Repaired<object>][] = [
  ['annotations', repairAnnotation],
  ['sessions', repairSession],
  ['conferences', repairConference],
];

/** The parse only filled in fields the row lacked (defaults of fields added since): there is nothing to keep. */
function onlyAdded(parsed: object, row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  return Object.entries(row).every(([field, value]) => sameData((parsed as Record<string, unknown>)[field], value));
}

/**
 * Version 1 → 2: every row is read back through its schema; odd rows are repaired (their original kept in `meta`),
 * rows that cannot be read at all are left exactly as they were. Never throws: a throwing upgrade would abort the
 * version change and lock the user out of the database until a fixed build ships.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  let repaired = 0;
  let unreadable = 0;
  const originals: MetaRecord[] = [];
  for (const [table, repair] of repairs) {
    try {
      await tx.table(table).toCollection().modify((row: unknown, ref: { value: unknown; primKey: unknown }) => {
        try {
          const result = repair(row);
          if (result.status === 'unreadable') return void unreadable++;
          if (sameData(result.row, row)) return;
          if (result.status === 'valid' && onlyAdded(result.row, row)) return void (ref.value = result.row);
          originals.push({ key: `original:${table}:${String(ref.primKey)}`, table, row });
          ref.value = result.row;
          repaired++;
        } catch {
          unreadable++;
        }
      });
    } catch {
      unreadable++;
    }
  }
  await tx.table('meta').bulkPut([...originals, { key: 'upgrade', to: 2, at: Date.now(), repaired, unreadable }]);
}

/**
 * Version 2 → 3: gives annotations the planning fields' defaults. Total, like the upgrade before it: a row it
 * cannot read stays as it was (readers default these fields too), so an odd row never blocks the database.
 */
export async function addPlanningFields(tx: Transaction): Promise<void> {
  try {
    await tx.table('annotations').toCollection().modify((record: unknown) => {
      if (typeof record !== 'object' || record === null) return;
      const row = record as Record<string, unknown>;
      // A row the previous upgrade could not read stays exactly as it was.
      if (typeof row.key !== 'string') return;
      if (row.priority !== 'must' && row.priority !== 'maybe') row.priority = null;
      if (typeof row.alternative !== 'boolean') row.alternative = false;
      if (typeof row.watchLater !== 'boolean') row.watchLater = false;
    });
  } catch (error) {
    console.warn('[Talkmarks] planning fields not added to every note', error);
  }
}
