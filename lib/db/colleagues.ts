import { hasTable, type TalkmarksDb } from './database';
import { ColleagueLayer } from '../model/colleague';

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
export async function setLayerHidden(db: TalkmarksDb, id: string, hidden: boolean): Promise<ColleagueLayer | undefined> {
  return db.transaction('rw', db.colleagues, async () => {
    const layer = await colleagueLayer(db, id);
    if (!layer) return undefined;
    await db.colleagues.put({ ...layer, hidden });
    return { ...layer, hidden };
  });
}

export async function removeLayer(db: TalkmarksDb, id: string): Promise<ColleagueLayer | undefined> {
  return db.transaction('rw', db.colleagues, async () => {
    const layer = await colleagueLayer(db, id);
    await db.colleagues.delete(id);
    return layer;
  });
}
