import { describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/db/annotations';
import { mergeDeviceFiles } from '../../lib/db/sync-apply';
import { syncClocks } from '../../lib/db/sync';
import type { TalkmarksDb } from '../../lib/db/database';
import type { ReadAt } from '../../lib/model/sync';
import { deviceFileJson, readDeviceFile } from '../../lib/sync/file';
import type { DeviceFile } from '../../lib/merge/sync-state';
import { entry, freshDb } from '../support/db';

/** Two profiles and a folder, through the real database code and the device-file text a server would hold. */
function folder() {
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
    files.set(device, deviceFileJson(merged.clocks, merged.data));
    return merged;
  };
  return { files, sync };
}

describe('sync through the database', () => {
  it('a note edited on two profiles while apart keeps both texts on both, whoever syncs first', async () => {
    for (const first of [0, 1]) {
      const [a, b] = [freshDb(), freshDb()];
      const { sync } = folder();
      const key = 'sched:demo2026:a1';
      await patchAnnotation(a, key, 'sched:demo2026', { starred: true, note: 'Great demo.' }, entry('a1'), 1000);
      await sync(a, 1100);
      await sync(b, 1200);
      await patchAnnotation(a, key, 'sched:demo2026', { note: 'A: broke twice.', tags: [] }, undefined, 2000);
      await patchAnnotation(b, key, 'sched:demo2026', { note: 'B: slides online.' }, undefined, 2100);
      const order = first ? [b, a, b, a] : [a, b, a, b];
      for (const [i, db] of order.entries()) await sync(db, 3000 + i * 100);
      const [na, nb] = [(await a.annotations.get(key))!.note, (await b.annotations.get(key))!.note];
      expect(na).toBe(nb);
      expect(na).toContain('A: broke twice.');
      expect(na).toContain('B: slides online.');
    }
  });

  it('a starred session alone is a change to upload', async () => {
    const a = freshDb();
    const { sync } = folder();
    await sync(a, 100);
    await patchAnnotation(a, 'sched:demo2026:a1', 'sched:demo2026', { starred: true }, entry('a1'), 200);
    expect((await sync(a, 300)).unchanged).toBe(false);
    expect((await sync(a, 400)).unchanged).toBe(true);
  });
});
