import Dexie from 'dexie';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { patchAnnotation, tagCounts } from '../../lib/db/annotations';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { applyBulk } from '../../lib/db/bulk';
import { TalkmarksDb } from '../../lib/db/database';
import { Annotation, type OwnItem } from '../../lib/model/schema';
import { chooseInClash } from '../../lib/db/plan-choose';
import { loadPlan } from '../../lib/db/plan';
import { renameTags } from '../../lib/db/tags';
import { entry, freshDb } from '../support/db';
import { ownItem } from '../support/plan';

const C = 'sched:demo2026';
const key = (id: string) => `${C}:${id}`;
const tag = (db: TalkmarksDb, id: string, tags: string[]) => patchAnnotation(db, key(id), C, { tags }, entry(id), 1000);

describe('tag management', () => {
  it('renames a tag on every session, with a fresh stamp on the tags field only', async () => {
    const db = freshDb();
    await tag(db, 'a', ['k8s', 'security']);
    await tag(db, 'b', ['k8s']);
    await tag(db, 'c', ['other']);
    const changed = await renameTags(db, ['k8s'], 'kubernetes', 2000);
    expect(changed.map((a) => a.key).sort()).toEqual([key('a'), key('b')]);
    expect((await db.annotations.get(key('a')))!).toMatchObject({ tags: ['kubernetes', 'security'], fieldUpdatedAt: { tags: 2000 } });
    expect((await db.annotations.get(key('c')))!.fieldUpdatedAt.tags).toBe(1000);
    expect(await tagCounts(db)).toEqual([['kubernetes', 2], ['other', 1], ['security', 1]]);
  });

  it('merges several tags into one, never twice on a session', async () => {
    const db = freshDb();
    await tag(db, 'a', ['k8s', 'security', 'kubernetes']);
    await tag(db, 'b', ['kube']);
    await renameTags(db, ['k8s', 'kube'], 'kubernetes', 2000);
    expect((await db.annotations.get(key('a')))!.tags).toEqual(['kubernetes', 'security']);
    expect(await tagCounts(db)).toEqual([['kubernetes', 2], ['security', 1]]);
  });

  it('is all or nothing: a failure leaves every tag as it was', async () => {
    const db = freshDb();
    await tag(db, 'a', ['k8s']);
    await tag(db, 'b', ['k8s']);
    // An invalid stamp makes the second write fail after the first succeeded inside the transaction.
    const failing = db.transaction('rw', db.annotations, db.sessions, async () => {
      await renameTags(db, ['k8s'], 'kubernetes', 2000);
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await tagCounts(db)).toEqual([['k8s', 2]]);
  });
});

describe('bulk actions', () => {
  it('stars, rates, tags and untags a selection, including sessions merely seen', async () => {
    const db = freshDb();
    await tag(db, 'a', ['security']);
    await db.sessions.put({ ...entry('b'), seenAt: 1 });
    const keys = [key('a'), key('b')];
    await applyBulk(db, keys, { kind: 'patch', patch: { starred: true } }, 2000);
    await applyBulk(db, keys, { kind: 'patch', patch: { rating: 4 } }, 3000);
    await applyBulk(db, keys, { kind: 'tag', tag: 'must-watch' }, 4000);
    const untagged = await applyBulk(db, keys, { kind: 'untag', tag: 'security' }, 5000);
    expect(untagged.map((a) => a.key)).toEqual([key('a')]);
    expect(await db.annotations.get(key('a'))).toMatchObject({ starred: true, rating: 4, tags: ['must-watch'] });
    expect(await db.annotations.get(key('b'))).toMatchObject({ starred: true, rating: 4, tags: ['must-watch'], fieldUpdatedAt: { tags: 4000 } });
  });

  it('does not create notes for an untag that removes nothing', async () => {
    const db = freshDb();
    expect(await applyBulk(db, [key('x')], { kind: 'untag', tag: 'security' })).toEqual([]);
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('choosing in a clash', () => {
  const setup = async (db: TalkmarksDb) => {
    const at = { start: '2026-03-24T09:00:00.000Z', end: '2026-03-24T09:45:00.000Z' };
    await patchAnnotation(db, key('a'), C, { starred: true, alternative: true }, entry('a', C, at), 1000);
    await patchAnnotation(db, key('b'), C, { starred: true }, entry('b', C, at), 1000);
    const meeting = ownItem('m1', 'Europe/Amsterdam', '2026-03-24', '10:00', '11:00');
    await db.ownItems.put(meeting);
    return meeting;
  };

  it('keeps the others starred as alternatives, and can put them on the watch-later list', async () => {
    const db = freshDb();
    await setup(db);
    await chooseInClash(db, { kind: 'session', key: key('a') }, [{ kind: 'session', key: key('b') }, { kind: 'own', id: 'm1' }], { mode: 'alternative', watchLater: true }, 2000);
    expect(await db.annotations.get(key('a'))).toMatchObject({ starred: true, alternative: false });
    expect(await db.annotations.get(key('b'))).toMatchObject({ starred: true, alternative: true, watchLater: true });
    expect(await db.ownItems.get('m1')).toMatchObject({ alternative: true, updatedAt: 2000 });
  });

  it('or unstars the other talks, but never deletes an own item', async () => {
    const db = freshDb();
    await setup(db);
    await chooseInClash(db, { kind: 'own', id: 'm1' }, [{ kind: 'session', key: key('b') }], { mode: 'unstar', watchLater: false }, 2000);
    expect(await db.annotations.get(key('b'))).toMatchObject({ starred: false, alternative: false, watchLater: false });
    expect((await loadPlan(db, C)).map((i) => i.title)).toEqual(['Talk a', 'Meeting m1']);
  });
});

describe('database version 2', () => {
  it('upgrades a version-1 database: every note keeps its fields and gains the planning defaults', async () => {
    const name = `talkmarks-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ conferences: 'id', sessions: 'key, conference, *aliases', annotations: 'key, conference, updatedAt, *tags' });
    const old = { key: key('a'), conference: C, starred: true, rating: 4, note: 'kept', tags: ['x'], updatedAt: 5, fieldUpdatedAt: { starred: 5 } };
    await v1.table('annotations').bulkPut([old, { ...old, key: key('b'), priority: 'must' }]);
    await v1.table('sessions').put({ ...entry('a'), seenAt: 5 });
    v1.close();

    const db = new TalkmarksDb(name);
    const upgraded = await db.annotations.toArray();
    expect(upgraded[0]).toEqual({ ...old, priority: null, alternative: false, watchLater: false });
    expect(upgraded[1]!.priority).toBe('must');
    expect(upgraded.every((a) => Annotation.safeParse(a).success)).toBe(true);
    expect(await db.sessions.count()).toBe(1);
    await db.ownItems.put(ownItem('m1', 'UTC', '2026-03-24', '10:00', '11:00'));
    expect(await db.ownItems.where('conference').equals(C).count()).toBe(1);
    await db.delete();
  });
});

describe('planning messages', () => {
  const ID = 'talkmarks-id';
  const ORIGIN = `chrome-extension://${ID}/`;
  const dashboard: Runtime.MessageSender = { id: ID, url: `${ORIGIN}dashboard.html` };
  const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 7, windowId: 3, url } as Runtime.MessageSender['tab'] });
  const setup = () => {
    const db = freshDb();
    const pushed: string[] = [];
    const opened: string[] = [];
    const route = createRouter(
      createHandlers({
        db: () => db,
        extensionOrigin: ORIGIN,
        fetchText: async (address) => {
          throw new Error(`no network in unit tests: ${address}`);
        },
        push: async (list) => void pushed.push(...list.map((a) => a.key)),
        openNote: async (t, k) => void opened.push(`${t.id}/${t.windowId}/${k}`),
      }),
      ID,
    );
    return { db, pushed, opened, route };
  };

  it('lets the dashboard bulk-tag, rename tags and add own items; changes reach the tabs', async () => {
    const { db, pushed, route } = setup();
    expect(await route({ type: 'annotations/bulk', keys: [key('a'), key('b')], change: { kind: 'tag', tag: 'Cool Tech' } }, dashboard)).toMatchObject({ ok: true, value: { changed: 2 } });
    expect(await route({ type: 'tags/rename', from: ['cool-tech'], to: 'Neat' }, dashboard)).toMatchObject({ ok: true, value: { changed: 2 } });
    expect(pushed).toEqual([key('a'), key('b'), key('a'), key('b')]);
    expect(await tagCounts(db)).toEqual([['neat', 2]]);
    const item: OwnItem = ownItem('m1', 'UTC', '2026-03-24', '10:00', '11:00');
    expect(await route({ type: 'own/put', item }, dashboard)).toMatchObject({ ok: true });
    expect(await route({ type: 'own/delete', id: 'm1' }, dashboard)).toMatchObject({ ok: true, value: { undo: expect.any(String) } });
    expect(await db.ownItems.count()).toBe(0);
  });

  it('refuses planning requests from schedule pages, and writes nothing', async () => {
    const { db, route } = setup();
    const page = tab('https://demo2026.sched.com/');
    for (const request of [
      { type: 'annotations/bulk', keys: [key('a')], change: { kind: 'patch', patch: { starred: true } } },
      { type: 'tags/rename', from: ['a'], to: 'b' },
      { type: 'plan/choose', chosen: { kind: 'session', key: key('a') }, setAside: [{ kind: 'session', key: key('b') }], mode: 'unstar', watchLater: false },
      { type: 'own/put', item: ownItem('m1', 'UTC', '2026-03-24', '10:00', '11:00') },
    ]) {
      expect(await route(request, page)).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    }
    expect(await db.annotations.count()).toBe(0);
    expect(await db.ownItems.count()).toBe(0);
  });

  it('rejects an own item that ends before it starts, saying where', async () => {
    const { route } = setup();
    const bad = { ...ownItem('m1', 'UTC', '2026-03-24', '10:00', '11:00'), end: '2026-03-24T09:00:00.000Z' };
    expect(await route({ type: 'own/put', item: bad }, dashboard)).toMatchObject({ ok: false, error: expect.stringMatching(/must end after it starts[\s\S]*item\.end/) });
  });

  it('opens the note of a session of its own schedule only', async () => {
    const { opened, route } = setup();
    expect(await route({ type: 'page/open-note', key: key('a') }, tab('https://demo2026.sched.com/'))).toEqual({ ok: true, value: null });
    expect(await route({ type: 'page/open-note', key: 'sched:other2026:a' }, tab('https://demo2026.sched.com/'))).toMatchObject({ ok: false });
    expect(await route({ type: 'page/open-note', key: key('a') }, dashboard)).toMatchObject({ ok: false });
    expect(opened).toEqual([`7/3/${key('a')}`]);
  });
});
