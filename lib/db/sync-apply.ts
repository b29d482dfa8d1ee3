import type { TalkmarksDb } from './database';
import type { Annotation } from '../model/schema';
import type { BackupData, SessionRecord } from '../model/backup';
import type { ReadAt, SyncClocks } from '../model/sync';
import { finishClocks, mergeDeviceFile, observeLocal, type DeviceFile, type SyncWork } from '../merge/sync-state';
import { syncClocks } from './sync';
import { withOwnItemConferences } from './backup';
import { sameData } from '../util/same-data';

export interface SyncMerge {
  /** This device's file: its clocks and records. */
  clocks: SyncClocks;
  data: BackupData;
  /** Records changed here by other devices' files (annotations, own items added, changed or deleted). */
  received: number;
  /** Records edited here since the last sync, now in this device's file. */
  sent: number;
  /** Annotations other devices changed, for the open schedule tabs. */
  changed: Annotation[];
  /** Nothing edited here and nothing came in: the file on the server is still right. */
  unchanged: boolean;
}

/**
 * Merges other devices' files into the profile and reads back this device's file, in ONE transaction: an edit made
 * meanwhile in the popup is either merged or made after, never overwritten, and a failure leaves the profile as it was.
 * `readAtOf`: what each device had read, by its newest file known here.
 */
export async function mergeDeviceFiles(db: TalkmarksDb, files: readonly DeviceFile[], readAtOf: Map<string, ReadAt>, now: number): Promise<SyncMerge> {
  return db.transaction('rw', [db.annotations, db.ownItems, db.conferences, db.sessions, db.sync], async () => {
    const { key: _row, ...stored } = await syncClocks(db);
    const [annotations, ownItems, conferences] = await Promise.all([db.annotations.toArray(), db.ownItems.toArray(), db.conferences.toArray()]);
    const wanted = [...new Set([...annotations.map((a) => a.key), ...files.flatMap((f) => f.sessions.map((s) => s.key))])];
    const sessions = (await db.sessions.bulkGet(wanted)).filter((s): s is SessionRecord => s !== undefined);
    const work: SyncWork = {
      me: stored.device,
      now,
      annotations: new Map(annotations.map((a) => [a.key, a])),
      ownItems: new Map(ownItems.map((o) => [o.id, o])),
      conferences: new Map(conferences.map((c) => [c.id, c])),
      sessions: new Map(sessions.map((s) => [s.key, s])),
      clocks: structuredClone(stored),
      changed: { annotations: new Set(), ownItems: new Set(), deleted: new Set(), conferences: new Set(), sessions: new Set() },
      readAtOf: new Map(readAtOf),
    };
    observeLocal(work);
    const observed = !sameData(work.clocks, stored);
    const sent =
      annotations.filter((a) => a.updatedAt > stored.syncedAt).length +
      ownItems.filter((o) => o.updatedAt > stored.syncedAt).length +
      Object.keys(work.clocks.removedOwnItems).length - Object.keys(stored.removedOwnItems).length;
    for (const file of files) mergeDeviceFile(work, file);
    const clocks = finishClocks(work);
    const { changed } = work;
    const pick = <T>(ids: Set<string>, map: Map<string, T>) => [...ids].map((id) => map.get(id)!).filter(Boolean);
    const changedAnnotations = pick(changed.annotations, work.annotations);
    await db.annotations.bulkPut(changedAnnotations);
    await db.ownItems.bulkPut(pick(changed.ownItems, work.ownItems));
    await db.ownItems.bulkDelete([...changed.deleted]);
    await db.conferences.bulkPut(pick(changed.conferences, work.conferences));
    await db.sessions.bulkPut(pick(changed.sessions, work.sessions));
    await db.sync.put({ key: 'clocks', device: work.me, ...work.clocks });
    const allAnnotations = [...work.annotations.values()];
    const keys = new Set(allAnnotations.map((a) => a.key));
    const fileSessions = [...work.sessions.values()].filter((s) => keys.has(s.key));
    const used = new Set([...allAnnotations.map((a) => a.conference), ...fileSessions.map((s) => s.conference)]);
    const data = withOwnItemConferences({
      conferences: [...work.conferences.values()].filter((c) => used.has(c.id)),
      sessions: fileSessions,
      annotations: allAnnotations,
      ownItems: [...work.ownItems.values()],
    });
    const received = changed.annotations.size + changed.ownItems.size + changed.deleted.size;
    return { clocks, data, received, sent: Math.max(0, sent), changed: changedAnnotations, unchanged: !observed && sent <= 0 && !received && !changed.sessions.size && !changed.conferences.size };
  });
}
