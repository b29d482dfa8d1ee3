import type { TalkmarksDb } from '../../lib/db/database';
import { mergeDeviceFiles } from '../../lib/db/sync-apply';
import { syncClocks } from '../../lib/db/sync';
import type { DeviceFile } from '../../lib/merge/sync-state';
import type { ReadAt } from '../../lib/model/sync';
import { deviceFileJson, readDeviceFile } from '../../lib/sync/file';

/** Profiles and a folder, through the real database code and the device-file text a server would hold. */
export function syncFolder() {
  const files = new Map<string, string>();
  const sync = async (db: TalkmarksDb, now: number) => {
    const { device } = await syncClocks(db);
    const others: DeviceFile[] = [...files].filter(([d]) => d !== device).map(([, text]) => {
      const read = readDeviceFile(text);
      if (!read.ok) throw new Error(read.error);
      return read.file;
    });
    const readAt = new Map<string, ReadAt>(others.map((f) => [f.clocks.device, f.clocks.readAt]));
    const merged = await mergeDeviceFiles(db, others, readAt, now);
    files.set(device, deviceFileJson(merged.clocks, merged.data, merged.layers));
    return merged;
  };
  return { files, sync };
}
