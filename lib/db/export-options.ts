import type { MarkdownOptions } from '../export/options';
import { readStoredOptions, type ReadOptions } from '../export/stored-options';
import type { TalkmarksDb } from './database';
import { moveLegacyKey, type LegacyArea } from './legacy-local';

const KEY = 'exportOptions';

/** The options an older version left in storage.local (tags and conferences the user exports by), moved once. */
export function moveLegacyExportOptions(db: TalkmarksDb, area: LegacyArea): Promise<void> {
  return moveLegacyKey(db, area, KEY, (options) => ({ key: KEY, options }));
}

/** The last used export options, validated field by field: the row can hold what an older or newer version wrote. */
export async function savedExportOptions(db: TalkmarksDb, area: LegacyArea): Promise<ReadOptions> {
  await moveLegacyExportOptions(db, area);
  const row = await db.meta.get(KEY);
  return readStoredOptions(row && 'options' in row ? row.options : undefined);
}

export async function saveExportOptions(db: TalkmarksDb, options: MarkdownOptions): Promise<void> {
  await db.meta.put({ key: KEY, options });
}
