import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/db/annotations';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { refusals } from '../../lib/background/senders';
import type { ShareOffer, ShareOffers } from '../../lib/background/share-offers';
import { schemaV3, TalkmarksDb } from '../../lib/db/database';
import type { Annotation } from '../../lib/model/schema';
import { copiedMarker } from '../../lib/share/copy';
import { packShare } from '../../lib/share/pack';
import { freshDb } from '../support/db';
import { sampleShare } from '../support/share';

const ID = 'talkmarks-id';
const ORIGIN = `chrome-extension://${ID}/`;
const SCHEDULE = 'https://kccnceu2021.sched.com/list/descriptions';
const tab = (url = SCHEDULE): Runtime.MessageSender => ({ id: ID, url, tab: { id: 7, url } as Runtime.MessageSender['tab'] });
const dashboard: Runtime.MessageSender = { id: ID, url: `${ORIGIN}dashboard.html` };
const window: Runtime.MessageSender = { id: ID, url: `${ORIGIN}receive.html?offer=x`, tab: { id: 9 } as Runtime.MessageSender['tab'] };
const C = 'sched:kccnceu2021';

function setup() {
  const db = freshDb();
  const pushed: Annotation[] = [];
  const layerPushes: string[] = [];
  /** The offers the background asked the user about, newest last, as its window would read them. */
  const asked: ShareOffer[] = [];
  const kept = new Map<string, ShareOffer>();
  const offers: ShareOffers = {
    open: async (offer) => void (kept.set(offer.id, offer), asked.push(offer)),
    get: async (id) => kept.get(id),
    remove: async (id) => void kept.delete(id),
  };
  const route = createRouter(
    createHandlers({
      db: () => db,
      extensionOrigin: ORIGIN,
      push: async (a) => void pushed.push(...a),
      pushLayers: async (_db, conference) => void layerPushes.push(conference),
      fetchText: async (address) => {
        throw new Error(`no network in unit tests: ${address}`);
      },
      offers,
    }),
    ID,
  );
  /** A tab opened on a share link: what the tab sends names nothing, the background reads the tab's URL. */
  const open = async (token: string, page = SCHEDULE) => {
    const answer = await route({ type: 'colleagues/offer' }, tab(`${page}#talkmarks=${token}`));
    return { answer, offer: asked.at(-1)?.id ?? '' };
  };
  return { db, pushed, layerPushes, route, open, asked };
}

describe('opening shared picks from a schedule tab', () => {
  it('asks in the extension’s window, then stores them as a layer apart from the user’s own annotations, and tells the tabs', async () => {
    const { db, route, layerPushes, open, asked } = setup();
    await patchAnnotation(db, `${C}:mine1`, C, { starred: true, note: 'my own' });
    const ownBefore = await db.annotations.toArray();
    const { answer, offer } = await open(await packShare(sampleShare(23, true)));
    expect(answer).toEqual({ ok: true, value: null });
    expect(asked).toMatchObject([{ conference: C, link: { token: expect.stringMatching(/^1\./) } }]);
    const preview = await route({ type: 'colleagues/preview', source: { offer } }, window);
    expect(preview).toMatchObject({ ok: true, value: { name: 'Ana', count: 23, conferenceName: 'KubeCon + CloudNativeCon Europe 2021' } });
    expect(await db.colleagues.count()).toBe(0);

    const accepted = await route({ type: 'colleagues/accept', source: { offer } }, window);
    expect(accepted).toEqual({ ok: true, value: { id: `${C}/Ab3dEf6hIj9k`, count: 23, replaced: false } });
    expect(layerPushes).toEqual([C]);
    expect(await db.annotations.toArray()).toEqual(ownBefore);
    const layers = await route({ type: 'colleagues/layers' }, tab());
    expect(layers).toMatchObject({ ok: true, value: [{ name: 'Ana', picks: expect.any(Array) }] });
    expect((await db.colleagues.toArray())[0]!.picks).toHaveLength(23);
    // Answered once: the same offer cannot be accepted again.
    expect(await route({ type: 'colleagues/accept', source: { offer } }, window)).toEqual({ ok: false, error: refusals.noSuchOffer });
  });

  it('lets no schedule tab preview or accept, whatever it sends, and reads the link only from the tab’s URL', async () => {
    const { db, route, open, asked } = setup();
    const { offer } = await open(await packShare(sampleShare(3, false)));
    for (const source of [{ offer }, { share: sampleShare(3, false) }]) {
      for (const type of ['colleagues/preview', 'colleagues/accept'] as const) {
        expect(await route({ type, source }, tab())).toEqual({ ok: false, error: refusals.shareAnsweredInTalkmarks });
      }
    }
    // The link as an old content script sent it is no request at all now.
    expect(await route({ type: 'colleagues/accept', source: { token: await packShare(sampleShare(3, false)) } }, tab())).toMatchObject({ ok: false });
    expect(await route({ type: 'colleagues/offer' }, tab())).toEqual({ ok: false, error: refusals.noShareLink });
    expect(await route({ type: 'colleagues/offer' }, tab('https://example.org/#talkmarks=1.abc'))).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(asked).toHaveLength(1);
    expect(await db.colleagues.count()).toBe(0);
  });

  it('refuses picks of another conference than the tab’s, and a hostile link, with what is wrong, storing nothing', async () => {
    const { db, route, open } = setup();
    const other = await open(await packShare(sampleShare(3, false)), 'https://other2021.sched.com/');
    expect(await route({ type: 'colleagues/accept', source: { offer: other.offer } }, window)).toEqual({
      ok: false,
      error: `This link holds picks for ${C}, not for this schedule (sched:other2021). Nothing was changed.`,
    });
    for (const token of ['1.%%%', '9.abc', '1.AAAA', `1.${'A'.repeat(1_000_001)}`]) {
      const { offer } = await open(token);
      expect(await route({ type: 'colleagues/preview', source: { offer } }, window)).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed\.$/) });
    }
    const damaged = await open('1.AAAA');
    expect(await route({ type: 'colleagues/accept', source: { offer: damaged.offer } }, window)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This Talkmarks link is damaged: .* Nothing was changed\.$/),
    });
    expect(await db.colleagues.count()).toBe(0);
  });

  it('replaces that colleague’s layer with a newer link after saying what it replaces, and shows it again', async () => {
    const { db, route, open } = setup();
    const first = await open(await packShare(sampleShare(5, false)));
    await route({ type: 'colleagues/accept', source: { offer: first.offer } }, window);
    await route({ type: 'colleagues/hide', id: `${C}/Ab3dEf6hIj9k`, hidden: true }, dashboard);
    const newer = { ...sampleShare(8, false), from: 'Ana L.', sharedAt: Date.UTC(2021, 4, 5) };
    const { offer } = await open(await packShare(newer));
    const preview = await route({ type: 'colleagues/preview', source: { offer } }, window);
    expect(preview).toMatchObject({ ok: true, value: { name: 'Ana L.', count: 8, existing: { name: 'Ana', count: 5 } } });
    expect(await route({ type: 'colleagues/accept', source: { offer } }, window)).toMatchObject({ ok: true, value: { count: 8, replaced: true } });
    const [layer] = await db.colleagues.toArray();
    expect(layer).toMatchObject({ name: 'Ana L.', hidden: false });
    expect(layer!.picks).toHaveLength(8);
    await route({ type: 'colleagues/hide', id: layer!.id, hidden: true }, dashboard);
    // Hidden layers are not marked on the page.
    expect(await route({ type: 'colleagues/layers' }, tab())).toEqual({ ok: true, value: [] });
  });

  it('lets only Talkmarks pages hide and remove layers', async () => {
    const { db, route } = setup();
    await route({ type: 'colleagues/accept', source: { share: sampleShare(2, false) } }, dashboard);
    const id = `${C}/Ab3dEf6hIj9k`;
    expect(await route({ type: 'colleagues/remove', id }, tab())).toMatchObject({ ok: false });
    expect(await route({ type: 'colleagues/hide', id, hidden: true }, tab())).toMatchObject({ ok: false });
    expect(await db.colleagues.count()).toBe(1);
    expect(await route({ type: 'colleagues/remove', id }, dashboard)).toMatchObject({ ok: true, value: { undo: expect.any(String) } });
    expect(await db.colleagues.count()).toBe(0);
  });

  it('tells the tabs of the layer’s conference when it is hidden or removed, and nobody about a layer it does not hold', async () => {
    const { route, layerPushes } = setup();
    await route({ type: 'colleagues/accept', source: { share: sampleShare(2, false) } }, dashboard);
    const id = `${C}/Ab3dEf6hIj9k`;
    layerPushes.length = 0;
    await route({ type: 'colleagues/hide', id, hidden: true }, dashboard);
    await route({ type: 'colleagues/remove', id }, dashboard);
    expect(layerPushes).toEqual([C, C]);
    expect(await route({ type: 'colleagues/hide', id, hidden: false }, dashboard)).toEqual({ ok: true, value: null });
    expect(await route({ type: 'colleagues/remove', id }, dashboard)).toMatchObject({ ok: true, value: { undo: expect.any(String) } });
    expect(layerPushes).toEqual([C, C]);
  });

  it('gives the layers to mark only to a schedule tab: extension pages read them from the database', async () => {
    const { route } = setup();
    await route({ type: 'colleagues/accept', source: { share: sampleShare(2, false) } }, dashboard);
    expect(await route({ type: 'colleagues/layers' }, dashboard)).toEqual({ ok: false, error: refusals.notSchedulePage });
  });
});

describe('copying a colleague’s picks into one’s own', () => {
  const layerWith = async () => {
    const s = setup();
    const share = sampleShare(3, true);
    share.picks[0] = { id: 'a', starred: true, rating: 5, tags: ['cool-tech'], note: 'Ana: great demo' };
    share.picks[1] = { id: 'b', starred: true, rating: 2 };
    share.picks[2] = { id: 'c', starred: true };
    await s.route({ type: 'colleagues/accept', source: { share } }, dashboard);
    return { ...s, id: `${C}/Ab3dEf6hIj9k` };
  };

  it('copies one pick: their star, rating and tags, their note below the user’s; nothing of the user’s is lost', async () => {
    const { db, route, pushed, id } = await layerWith();
    await patchAnnotation(db, `${C}:a`, C, { rating: 3, tags: ['mine'], note: 'my note' });
    expect(await route({ type: 'colleagues/copy', id, keys: [`${C}:a`] }, tab())).toEqual({ ok: true, value: { changed: 1 } });
    const a = await db.annotations.get(`${C}:a`);
    expect(a).toMatchObject({ starred: true, rating: 3, tags: ['mine', 'cool-tech'] });
    expect(a!.note).toBe(`my note\n\n${copiedMarker('Ana')}\n\nAna: great demo`);
    expect(pushed.map((p) => p.key)).toEqual([`${C}:a`]);
    expect(await db.annotations.get(`${C}:b`)).toBeUndefined();
    // Copying again changes nothing.
    expect(await route({ type: 'colleagues/copy', id, keys: [`${C}:a`] }, tab())).toEqual({ ok: true, value: { changed: 0 } });
  });

  it('copies every pick at once from the dashboard', async () => {
    const { db, route, id } = await layerWith();
    expect(await route({ type: 'colleagues/copy', id }, dashboard)).toEqual({ ok: true, value: { changed: 3 } });
    expect((await db.annotations.toArray()).map((a) => [a.key, a.starred, a.rating])).toEqual([
      [`${C}:a`, true, 5],
      [`${C}:b`, true, 2],
      [`${C}:c`, true, null],
    ]);
  });

  it('refuses a tab of another schedule, and keys of another conference', async () => {
    const { db, route, id } = await layerWith();
    expect(await route({ type: 'colleagues/copy', id }, tab('https://other2021.sched.com/'))).toMatchObject({ ok: false });
    expect(await route({ type: 'colleagues/copy', id, keys: ['sched:other2021:a'] }, dashboard)).toMatchObject({ ok: false });
    // One foreign key among its own is enough to refuse the whole copy.
    expect(await route({ type: 'colleagues/copy', id, keys: [`${C}:a`, 'sched:other2021:a'] }, tab())).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('database version 4', () => {
  it('upgrades a version-3 database: everything stays, and colleague layers have their own table', async () => {
    const name = `talkmarks-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(schemaV3);
    const note = { key: `${C}:a`, conference: C, starred: true, rating: 4, note: 'kept', tags: ['x'], priority: null, alternative: false, watchLater: false, updatedAt: 5, fieldUpdatedAt: { starred: 5 } };
    await v3.table('annotations').put(note);
    await v3.table('meta').put({ key: 'lastBackup', at: 1, annotations: 1 });
    v3.close();

    const db = new TalkmarksDb(name);
    expect(await db.annotations.toArray()).toEqual([note]);
    expect(await db.meta.get('lastBackup')).toEqual({ key: 'lastBackup', at: 1, annotations: 1 });
    expect(db.verno).toBe(8);
    expect(await db.colleagues.count()).toBe(0);
    await db.delete();
  });
});
