import { describe, expect, it } from 'vitest';
import { colleagueLayers, removeLayer, storeLayer } from '../../lib/db/colleagues';
import { deleteOwnItem, ownItemsOf, putOwnItem } from '../../lib/db/own-items';
import type { TalkmarksDb } from '../../lib/db/database';
import type { ColleagueLayer } from '../../lib/model/colleague';
import type { OwnItem } from '../../lib/model/schema';
import { freshDb } from '../support/db';
import { syncFolder } from '../support/sync-folder';

const conference = 'sched:demo2026';
const id = `${conference}/colleagueA1`;
const layer = (sharedAt: number, receivedAt: number): ColleagueLayer => ({
  id, conference, sharer: 'colleagueA1', name: 'colleagueA1', sharedAt, receivedAt, hidden: false,
  include: { stars: true, ratings: true, tags: true, notes: true },
  picks: [{ key: `${conference}:a1`, starred: true, rating: 4, tags: [], note: `link of ${sharedAt}` }],
});
const item = (title: string): OwnItem => ({
  id: 'own1', conference, title, start: '2026-03-24T09:00:00.000Z', end: '2026-03-24T10:00:00.000Z', timeZone: 'UTC', place: '', note: '', alternative: false, updatedAt: 0,
});
const titles = async (db: TalkmarksDb) => (await ownItemsOf(db)).map((o) => o.title);
const shown = async (db: TalkmarksDb) => (await colleagueLayers(db)).map((l) => `${l.id}@${l.sharedAt}`);

describe('three devices: something brought back after another device removed it', () => {
  it('a colleague link accepted again: the re-accepted layer is kept on every device, whichever file a device reads first', async () => {
    const [a, b, c] = [freshDb(), freshDb(), freshDb()];
    const { sync } = syncFolder();
    await storeLayer(a, layer(10, 1000));
    await sync(a, 1100);
    await sync(b, 1200);
    await sync(c, 1300);
    // B removes the layer; C syncs and drops it too, then accepts a newer link from the same colleague.
    await removeLayer(b, id);
    await sync(b, 1400);
    await sync(c, 1500);
    expect(await shown(c)).toEqual([]);
    await storeLayer(c, layer(20, 1600));
    await sync(c, 1700);
    // A still holds the old layer: it reads B's tombstone (older copy removed), then C's newer link.
    await sync(a, 1800);
    expect(await shown(a)).toEqual([`${id}@20`]);
    for (const [i, db] of [b, c, a, b, c].entries()) await sync(db, 1900 + i * 100);
    for (const db of [a, b, c]) expect(await shown(db)).toEqual([`${id}@20`]);
  });

  it('an own item edited after another device deleted it is kept on a third device that still had the older copy', async () => {
    const [a, b, c] = [freshDb(), freshDb(), freshDb()];
    const { sync } = syncFolder();
    await putOwnItem(a, item('Dinner'), 1000);
    await sync(a, 1100);
    await sync(b, 1200);
    await sync(c, 1300);
    await deleteOwnItem(b, 'own1');
    await sync(b, 1400);
    // C edits it after B's deletion was stamped: the edit is newer, so the item is back on purpose.
    await putOwnItem(c, item('Dinner at 8'), 1450);
    await sync(c, 1500);
    await sync(a, 1600);
    expect(await titles(a)).toEqual(['Dinner at 8']);
    for (const [i, db] of [b, c, a, b].entries()) await sync(db, 1700 + i * 100);
    for (const db of [a, b, c]) expect(await titles(db)).toEqual(['Dinner at 8']);
  });
});
