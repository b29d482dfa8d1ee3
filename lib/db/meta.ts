import { hasTable, type TalkmarksDb } from './database';
import { LastBackupRow, UpgradeRow, type LastBackup, type UpgradeLog } from './rows';

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
