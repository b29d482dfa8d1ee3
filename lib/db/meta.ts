import { z } from 'zod';
import { hasTable, type TalkmarksDb } from './database';

/** When the user last downloaded a backup, and how many annotations it held. */
const LastBackupRow = z.object({ key: z.literal('lastBackup'), at: z.number(), annotations: z.number() });
export type LastBackup = z.infer<typeof LastBackupRow>;

/** What the last schema upgrade did: rows repaired, and rows it could not read and left as they were. */
const UpgradeRow = z.object({
  key: z.literal('upgrade'),
  to: z.number(),
  at: z.number(),
  repaired: z.number(),
  unreadable: z.number(),
});
export type UpgradeLog = z.infer<typeof UpgradeRow>;

/** A row as it was before an upgrade repaired it: nothing a user wrote is thrown away. */
const OriginalRow = z.object({ key: z.string().regex(/^original:/), table: z.string(), row: z.unknown() });

/** Small facts about the profile itself, one row each. */
export const MetaRecord = z.union([LastBackupRow, UpgradeRow, OriginalRow]);
export type MetaRecord = z.infer<typeof MetaRecord>;

/** The last backup taken, if any; a row that does not read back as one counts as none. */
export async function lastBackup(db: TalkmarksDb): Promise<LastBackup | undefined> {
  if (!hasTable(db, 'meta')) return undefined;
  const parsed = LastBackupRow.safeParse(await db.meta.get('lastBackup'));
  return parsed.success ? parsed.data : undefined;
}

export async function upgradeLog(db: TalkmarksDb): Promise<UpgradeLog | undefined> {
  if (!hasTable(db, 'meta')) return undefined;
  const parsed = UpgradeRow.safeParse(await db.meta.get('upgrade'));
  return parsed.success ? parsed.data : undefined;
}
