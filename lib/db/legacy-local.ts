import type { TalkmarksDb } from './database';
import type { MetaRecord } from './rows';

/**
 * The slice of a browser storage area the one-time move needs: storage.local, where older versions kept the share
 * profile and the export options, and where any content script can read and rewrite them (a plain object in tests).
 */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/**
 * Moves what an older version kept under `key` in storage.local into the `meta` row of the same key, once, and
 * deletes it there. A row the database already holds wins: a content script could have written storage.local since.
 * A value that is not what `row` accepts is dropped.
 */
export async function moveLegacyKey(db: TalkmarksDb, area: LegacyArea, key: MetaRecord['key'], row: (value: unknown) => MetaRecord | undefined): Promise<void> {
  const { [key]: legacy } = await area.get(key);
  if (legacy === undefined) return;
  const moved = row(legacy);
  await db.transaction('rw', db.meta, async () => {
    if (moved && !(await db.meta.get(key))) await db.meta.put(moved);
  });
  await area.remove(key);
}
