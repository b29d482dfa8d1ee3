import { hasTable, type TalkmarksDb } from './database';
import { ColleagueLayer } from '../model/colleague';
import type { Annotation } from '../model/schema';
import { copyPatch } from '../share/copy';
import { patchAnnotation } from './annotations';

/**
 * Colleague layers as stored, each read through its schema: a row an older or broken build wrote is skipped (and
 * logged), never shown half-read. A database opened read-only from before version 4 simply has none.
 */
export async function colleagueLayers(db: TalkmarksDb, conference?: string): Promise<ColleagueLayer[]> {
  if (!hasTable(db, 'colleagues')) return [];
  const rows: unknown[] = conference ? await db.colleagues.where('conference').equals(conference).toArray() : await db.colleagues.toArray();
  const layers: ColleagueLayer[] = [];
  for (const row of rows) {
    const parsed = ColleagueLayer.safeParse(row);
    if (parsed.success) layers.push(parsed.data);
    else console.warn('[Talkmarks] skipped an unreadable colleague layer', parsed.error.issues[0]);
  }
  return layers.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export async function colleagueLayer(db: TalkmarksDb, id: string): Promise<ColleagueLayer | undefined> {
  if (!hasTable(db, 'colleagues')) return undefined;
  const parsed = ColleagueLayer.safeParse(await db.colleagues.get(id));
  return parsed.success ? parsed.data : undefined;
}

/** Stores a layer, replacing that colleague's earlier one for the conference (accepting it shows it again). */
export async function storeLayer(db: TalkmarksDb, layer: ColleagueLayer): Promise<ColleagueLayer> {
  await db.colleagues.put(layer);
  return layer;
}

/** Hides or shows a layer; the layer of a conference that changed, or undefined when there is none. */
export async function setLayerHidden(db: TalkmarksDb, id: string, hidden: boolean, now = Date.now()): Promise<ColleagueLayer | undefined> {
  return db.transaction('rw', db.colleagues, async () => {
    const layer = await colleagueLayer(db, id);
    if (!layer) return undefined;
    const next = { ...layer, hidden, hiddenAt: now };
    await db.colleagues.put(next);
    return next;
  });
}

export async function removeLayer(db: TalkmarksDb, id: string): Promise<ColleagueLayer | undefined> {
  return db.transaction('rw', db.colleagues, async () => {
    const layer = await colleagueLayer(db, id);
    await db.colleagues.delete(id);
    return layer;
  });
}

/**
 * Copies a layer's picks (all, or those of `keys`) into the user's own annotations, in one transaction; each
 * field goes through patchAnnotation, so edits made meanwhile elsewhere are merged, not lost. Returns the changed.
 */
export async function copyPicks(db: TalkmarksDb, layer: ColleagueLayer, keys?: readonly string[], now = Date.now()): Promise<Annotation[]> {
  const wanted = keys ? new Set(keys) : undefined;
  const picks = layer.picks.filter((p) => !wanted || wanted.has(p.key));
  return db.transaction('rw', db.annotations, db.sessions, async () => {
    const owns = await db.annotations.bulkGet(picks.map((p) => p.key));
    const changed: Annotation[] = [];
    for (const [i, pick] of picks.entries()) {
      const copy = copyPatch(owns[i], pick, layer.name);
      if (copy) changed.push(await patchAnnotation(db, pick.key, layer.conference, copy.patch, undefined, now, copy.base));
    }
    return changed;
  });
}
