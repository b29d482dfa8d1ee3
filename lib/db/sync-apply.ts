import type { TalkmarksDb } from './database';
import type { Annotation } from '../model/schema';
import type { BackupData, SessionRecord } from '../model/backup';
import type { ReadAt, SyncClocks } from '../model/sync';
import { finishClocks, mergeDeviceFile, noChanges, observeLocal, type DeviceFile, type SyncWork } from '../merge/sync-state';
import { travellingLayers } from '../merge/sync-extras';
import type { ColleagueLayer } from '../model/colleague';
import { templateRecords, withTemplateRecords } from '../model/notes-export';
import { colleagueLayers } from './colleagues';
import { noteNames, notesSettings, saveNotesSettings } from './notes-export';
import { NoteNamesRow } from './rows';
import { syncClocks } from './sync';
import { withOwnItemConferences } from './backup';
import { sameData } from '../util/same-data';

export interface SyncMerge {
  /** This device's file: its clocks and records. */
  clocks: SyncClocks;
  data: BackupData;
  /** The colleague layers received by link, which follow the records in the file. */
  layers: ColleagueLayer[];
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
  const tables = [db.annotations, db.ownItems, db.conferences, db.sessions, db.sync, db.journals, db.meta, db.colleagues];
  return db.transaction('rw', tables, async () => {
    const { key: _row, ...stored } = await syncClocks(db);
    const [annotations, ownItems, conferences, journals, settings, names, layers] = await Promise.all([
      db.annotations.toArray(),
      db.ownItems.toArray(),
      db.conferences.toArray(),
      db.journals.toArray(),
      notesSettings(db),
      noteNames(db),
      colleagueLayers(db),
    ]);
    const wanted = [...new Set([...annotations.map((a) => a.key), ...files.flatMap((f) => f.sessions.map((s) => s.key))])];
    const sessions = (await db.sessions.bulkGet(wanted)).filter((s): s is SessionRecord => s !== undefined);
    const work: SyncWork = {
      me: stored.device,
      now,
      annotations: new Map(annotations.map((a) => [a.key, a])),
      ownItems: new Map(ownItems.map((o) => [o.id, o])),
      conferences: new Map(conferences.map((c) => [c.id, c])),
      sessions: new Map(sessions.map((s) => [s.key, s])),
      journals: new Map(journals.map((j) => [j.id, j])),
      templates: new Map(templateRecords(settings).map((t) => [t.id, t])),
      noteNames: new Map([...names].map(([key, name]) => [key, { key, name }])),
      layers: new Map(layers.map((l) => [l.id, l])),
      clocks: structuredClone(stored),
      changed: noChanges(),
      readAtOf: new Map(readAtOf),
    };
    observeLocal(work);
    const observed = !sameData(work.clocks, stored);
    const sent =
      annotations.filter((a) => a.updatedAt > stored.syncedAt).length +
      ownItems.filter((o) => o.updatedAt > stored.syncedAt).length +
      work.clocks.ownKnown.filter((id) => work.clocks.removedOwnItems[id] !== stored.removedOwnItems[id]).length +
      journals.filter((j) => j.updatedAt > stored.syncedAt).length +
      layers.filter((l) => Math.max(l.receivedAt, l.hiddenAt ?? 0) > stored.syncedAt).length +
      work.clocks.layersKnown.filter((id) => work.clocks.removedLayers[id] !== stored.removedLayers[id]).length;
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
    await db.journals.bulkPut(pick(changed.journals, work.journals));
    await db.colleagues.bulkPut(pick(changed.layers, work.layers));
    await db.colleagues.bulkDelete([...changed.deletedLayers]);
    if (changed.templates.size) await saveNotesSettings(db, withTemplateRecords(settings, pick(changed.templates, work.templates)));
    if (changed.noteNames.size) {
      const all = Object.fromEntries([...work.noteNames.values()].map((n) => [n.key, n.name]));
      await db.meta.put(NoteNamesRow.parse({ key: 'noteNames', names: all }));
    }
    await db.sync.put({ key: 'clocks', device: work.me, ...work.clocks });
    const allAnnotations = [...work.annotations.values()];
    const keys = new Set(allAnnotations.map((a) => a.key));
    const fileSessions = [...work.sessions.values()].filter((s) => keys.has(s.key));
    const allJournals = [...work.journals.values()];
    const used = new Set([...allAnnotations, ...fileSessions, ...allJournals].map((r) => r.conference));
    const data = withOwnItemConferences({
      conferences: [...work.conferences.values()].filter((c) => used.has(c.id)),
      sessions: fileSessions,
      annotations: allAnnotations,
      ownItems: [...work.ownItems.values()],
      journals: allJournals,
      templates: [...work.templates.values()],
      noteNames: [...work.noteNames.values()],
    });
    const received =
      changed.annotations.size + changed.ownItems.size + changed.deleted.size + changed.journals.size +
      changed.templates.size + changed.noteNames.size + changed.layers.size + changed.deletedLayers.size;
    return { clocks, data, layers: travellingLayers(work.layers.values()), received, sent: Math.max(0, sent), changed: changedAnnotations, unchanged: !observed && sent <= 0 && !received && !changed.sessions.size && !changed.conferences.size };
  });
}
