import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/db/annotations';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { tooLateToUndo } from '../../lib/background/undo-handlers';
import { createUndoStore, UNDO_KEPT_MS } from '../../lib/background/undo-store';
import { storeLayer } from '../../lib/db/colleagues';
import type { TalkmarksDb } from '../../lib/db/database';
import { layerOf } from '../../lib/model/colleague';
import { entry, freshDb } from '../support/db';
import { ownItem } from '../support/plan';
import { sampleShare } from '../support/share';

const ID = 'talkmarks-id';
const ORIGIN = `chrome-extension://${ID}/`;
const dashboard: Runtime.MessageSender = { id: ID, url: `${ORIGIN}dashboard.html` };
const C = 'sched:demo2026';
const key = (id: string) => `${C}:${id}`;

function setup() {
  const db = freshDb();
  let clock = 1_000_000;
  const pushed: string[] = [];
  const layersPushed: string[] = [];
  const route = createRouter(
    createHandlers({
      db: () => db,
      extensionOrigin: ORIGIN,
      push: async (list) => void pushed.push(...list.map((a) => `${a.key}:${a.starred}`)),
      pushLayers: async (_db, conference) => void layersPushed.push(conference),
      fetchText: async (address) => {
        throw new Error(`no network in unit tests: ${address}`);
      },
      undo: createUndoStore(() => clock),
    }),
    ID,
  );
  const send = async (request: unknown) => {
    const answer = (await route(request, dashboard)) as { ok: true; value: { undo?: string } } | { ok: false; error: string };
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  };
  return { db, route, send, pushed, layersPushed, tick: (ms: number) => (clock += ms) };
}

/** Every row of the tables an undo may touch, as JSON text: equal means byte for byte, field stamps included. */
const stored = async (db: TalkmarksDb) =>
  JSON.stringify([await db.annotations.toArray(), await db.ownItems.toArray(), await db.colleagues.toArray(), await db.sessions.toArray()]);

async function seed(db: TalkmarksDb) {
  await patchAnnotation(db, key('a'), C, { starred: true, tags: ['k8s'], note: 'keep' }, entry('a'), 100);
  await patchAnnotation(db, key('b'), C, { starred: true, tags: ['kube'] }, entry('b'), 200);
  await patchAnnotation(db, key('c'), C, { starred: true, watchLater: true }, entry('c'), 300);
  await db.ownItems.put(ownItem('lunch', 'Europe/Amsterdam', '2026-03-24', '12:00', '13:00', { note: 'with Ana' }));
  await storeLayer(db, layerOf(sampleShare(3, true), 400));
}

describe('undo of every side effect', () => {
  it('puts back the stored state byte for byte after a bulk star, a tag merge, a choice, a delete and a removed layer', async () => {
    const { db, send } = setup();
    await seed(db);
    const [layer] = await db.colleagues.toArray();
    const changes: unknown[] = [
      // d has no annotation yet: undo deletes the one the bulk star created.
      { type: 'annotations/bulk', keys: [key('a'), key('d')], change: { kind: 'patch', patch: { starred: false, rating: 5 } } },
      { type: 'tags/rename', from: ['k8s', 'kube'], to: 'kubernetes' },
      { type: 'plan/choose', chosen: { kind: 'session', key: key('a') }, setAside: [{ kind: 'session', key: key('b') }, { kind: 'own', id: 'lunch' }], mode: 'unstar', watchLater: true },
      { type: 'own/delete', id: 'lunch' },
      { type: 'colleagues/remove', id: layer!.id },
    ];
    for (const change of changes) {
      const before = await stored(db);
      const { undo } = await send(change);
      expect(await stored(db), JSON.stringify(change)).not.toBe(before);
      expect(await send({ type: 'undo/apply', id: undo })).toMatchObject({ restored: expect.any(Number) });
      expect(await stored(db), JSON.stringify(change)).toBe(before);
    }
  });

  it('tells the schedule tabs what undo put back, an annotation it deleted as empty', async () => {
    const { db, send, pushed } = setup();
    await seed(db);
    const { undo } = await send({ type: 'annotations/bulk', keys: [key('d')], change: { kind: 'patch', patch: { starred: true } } });
    pushed.length = 0;
    await send({ type: 'undo/apply', id: undo });
    expect(pushed).toEqual([`${key('d')}:false`]);
    expect(await db.annotations.get(key('d'))).toBeUndefined();
  });

  it('tells the schedule tabs of its conference that a removed colleague’s picks are back', async () => {
    const { db, send, layersPushed } = setup();
    await seed(db);
    const [layer] = await db.colleagues.toArray();
    const { undo } = await send({ type: 'colleagues/remove', id: layer!.id });
    layersPushed.length = 0;
    await send({ type: 'undo/apply', id: undo });
    expect(layersPushed).toEqual([layer!.conference]);
  });

  it('keeps a change undoable for the whole time it promises, to the millisecond', async () => {
    const { db, send, tick } = setup();
    await seed(db);
    const { undo } = await send({ type: 'own/delete', id: 'lunch' });
    tick(UNDO_KEPT_MS);
    await send({ type: 'undo/apply', id: undo });
    expect(await db.ownItems.get('lunch')).toMatchObject({ note: 'with Ana' });
  });

  it('undoes once, and says when it is too late rather than guessing', async () => {
    const { db, send, tick } = setup();
    await seed(db);
    const first = await send({ type: 'own/delete', id: 'lunch' });
    await send({ type: 'undo/apply', id: first.undo });
    await expect(send({ type: 'undo/apply', id: first.undo })).rejects.toThrow(tooLateToUndo);
    const second = await send({ type: 'own/delete', id: 'lunch' });
    tick(UNDO_KEPT_MS + 1);
    await expect(send({ type: 'undo/apply', id: second.undo })).rejects.toThrow(tooLateToUndo);
    expect(await db.ownItems.get('lunch')).toBeUndefined();
  });

  it('refuses undo from a schedule page', async () => {
    const { db, send, route } = setup();
    await seed(db);
    const { undo } = await send({ type: 'own/delete', id: 'lunch' });
    const page = 'https://demo2026.sched.com/';
    const tab: Runtime.MessageSender = { id: ID, url: page, tab: { id: 7, url: page } as Runtime.MessageSender['tab'] };
    expect(await route({ type: 'undo/apply', id: undo }, tab)).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    expect(await db.ownItems.get('lunch')).toBeUndefined();
  });
});

describe('Back in the plan, then choosing again', () => {
  it('leaves the finally chosen talk off Watch later, and a talk the user had put there on it', async () => {
    const { db, send } = setup();
    await seed(db);
    const ref = (id: string) => ({ kind: 'session', key: key(id) });
    // a is chosen, b and c go aside onto Watch later (c was there already).
    await send({ type: 'plan/choose', chosen: ref('a'), setAside: [ref('b'), ref('c')], mode: 'alternative', watchLater: true });
    expect(await db.annotations.get(key('b'))).toMatchObject({ alternative: true, watchLater: true });
    // The user changes their mind: b is chosen after all.
    await send({ type: 'plan/choose', chosen: ref('b'), setAside: [ref('a')], mode: 'alternative', watchLater: false });
    expect(await db.annotations.get(key('b'))).toMatchObject({ alternative: false, watchLater: false, starred: true });
    // c was on Watch later before any choice: choosing it keeps it there.
    await send({ type: 'plan/choose', chosen: ref('c'), setAside: [ref('b')], mode: 'alternative', watchLater: false });
    expect(await db.annotations.get(key('c'))).toMatchObject({ alternative: false, watchLater: true });
  });
});
