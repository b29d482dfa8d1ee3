import type { Transaction } from 'dexie';
import { sameData } from './canonical';
import type { MetaRecord } from './meta';
import { repairAnnotation, repairConference, repairSession, type Repaired } from './repair';

const repairs: [string, (row: unknown) => Repaired<object>][] = [
  ['annotations', repairAnnotation],
  ['sessions', repairSession],
  ['conferences', repairConference],
];

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
