import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { changesOf } from '../../lib/db/changes';
import type { Annotation, Conference } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';
import { readReal } from '../support/fixtures';

const ID = 'talkmarks-id';
const PAGE = 'https://demo2026.sched.com/list/simple';
const tab = (url = PAGE): Runtime.MessageSender => ({ id: ID, url, tab: { id: 7, url } as Runtime.MessageSender['tab'] });
const dashboard: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/dashboard.html` };
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'DemoConf' };
const seen = (entries: unknown[]) => ({ type: 'page/seen', conference, entries });
const star = (key: string, extra: object = {}) => ({ type: 'annotation/patch', key, patch: { starred: true }, ...extra });

function setup(widget = readReal('pretalx/democon-widget-v2.json')) {
  const db = freshDb();
  const pushes: [Annotation[], Record<string, string> | undefined][] = [];
  const route = createRouter(
    createHandlers({ db: () => db, extensionOrigin: `chrome-extension://${ID}/`, push: async (a, renamed) => void pushes.push([a, renamed]), fetchText: async () => widget }),
    ID,
  );
  const written = async () => (await db.annotations.count()) + (await db.sessions.count()) + (await db.conferences.count());
  return { db, route, pushes, written };
}

describe('a page records and edits only its own conference, whatever a single field claims', () => {
  // Each entry disagrees with its tab in one field only: the key, the conference it names, or which entry of a batch.
  it.each([
    ['a key of another schedule under its own conference', [{ ...entry('x'), key: 'sched:other2026:x' }]],
    ['its own key under another conference', [{ ...entry('x'), conference: 'sched:other2026' }]],
    ['one foreign entry after an own one', [entry('a'), entry('x', 'sched:other2026')]],
  ])('refuses a page/seen with %s, and writes nothing', async (_name, entries) => {
    const { route, written, pushes } = setup();
    expect(await route(seen(entries), tab())).toEqual({ ok: false, error: 'Refused: a page of sched:demo2026 can only record sessions of sched:demo2026' });
    expect(await written()).toBe(0);
    expect(pushes).toEqual([]);
  });

  it('refuses an edit whose entry names another conference than its key, and writes nothing', async () => {
    const { route, written } = setup();
    const forged = star('sched:demo2026:a1', { entry: { ...entry('a1'), conference: 'sched:other2026' } });
    expect(await route(forged, tab())).toEqual({ ok: false, error: 'Refused: the entry sent with sched:demo2026:a1 is another session' });
    expect(await written()).toBe(0);
  });

  it('takes an edit whose entry carries another id of the same schedule', async () => {
    const { db, route } = setup();
    const uid = 'sched:demo2026:0123456789abcdef0123456789abcdef';
    expect(await route(star('sched:demo2026:a1', { entry: entry('a1', undefined, { aliases: [uid] }) }), tab())).toMatchObject({ ok: true });
    expect(await db.sessions.get('sched:demo2026:a1')).toMatchObject({ aliases: [uid] });
  });
});

describe('what the other tabs are told', () => {
  it('a session a page reports under another of its ids is renamed in every tab, even with nothing annotated', async () => {
    const { route, pushes } = setup();
    const uid = '0123456789abcdef0123456789abcdef';
    await route(seen([entry('a', undefined, { aliases: [`sched:demo2026:${uid}`] })]), tab());
    expect(pushes).toEqual([]);
    await route(seen([entry(uid)]), tab());
    expect(pushes).toEqual([[[], { [`sched:demo2026:${uid}`]: 'sched:demo2026:a' }]]);
  });

  it('a bulk change an extension page announces is read from the database and pushed once per conference', async () => {
    const { route, pushes } = setup();
    await route(star('sched:demo2026:a1'), tab());
    await route(star('sched:other2026:b1'), tab('https://other2026.sched.com/'));
    pushes.length = 0;
    const answer = await route({ type: 'annotations/changed', conferences: ['sched:demo2026', 'sched:demo2026', 'sched:none2026'] }, dashboard);
    expect(answer).toEqual({ ok: true, value: { pushed: 1 } });
    expect(pushes.map(([a]) => a.map((x) => x.key))).toEqual([['sched:demo2026:a1']]);
    // Nothing stored for them: nothing to tell.
    expect(await route({ type: 'annotations/changed', conferences: ['sched:none2026'] }, dashboard)).toEqual({ ok: true, value: { pushed: 0 } });
    expect(pushes).toHaveLength(1);
  });
});

describe('removals from an event’s own data', () => {
  it('an event answering with no talks at all removes nothing: an empty answer proves nothing', async () => {
    const empty = JSON.stringify({ ...JSON.parse(readReal('pretalx/democon-widget-v2.json')), talks: [] });
    const { db, route } = setup(empty);
    const page = tab('https://pretalx.example.org/democon/schedule/');
    const key = 'pretalx:pretalx.example.org_democon:GONE01';
    await route(star(key, { entry: entry('GONE01', 'pretalx:pretalx.example.org_democon') }), page);
    expect(await route({ type: 'page/event-sessions' }, page)).toMatchObject({ ok: true, value: { entries: [] } });
    expect(await changesOf(db, 'pretalx:pretalx.example.org_democon')).toEqual([]);
  });
});
