import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import type { Annotation } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const ID = 'talkmarks-id';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 7, url } as Runtime.MessageSender['tab'] });
const page: Runtime.MessageSender = { id: ID, url: `${ORIGIN}popup.html` };

function setup() {
  const db = freshDb();
  const pushed: Annotation[][] = [];
  const route = createRouter(
    createHandlers({ db: () => db, extensionOrigin: ORIGIN, push: async (a) => void pushed.push(a), fetchText: async (a) => { throw new Error(`no network in unit tests: ${a}`); } }),
    ID,
  );
  return { db, pushed, route };
}

describe('background router', () => {
  it('lets a schedule tab star a session of its own schedule, and tells the other tabs', async () => {
    const { db, pushed, route } = setup();
    const result = await route(
      { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: true }, entry: entry('a1') },
      tab('https://demo2026.sched.com/list/simple'),
    );
    expect(result).toMatchObject({ ok: true, value: { starred: true } });
    expect(pushed.flat().map((a) => a.key)).toEqual(['sched:demo2026:a1']);
    expect((await db.sessions.get('sched:demo2026:a1'))!.title).toBe('Talk a1');
  });

  it('refuses a tab writing to another schedule, and writes nothing', async () => {
    const { db, route } = setup();
    const result = await route(
      { type: 'annotation/patch', key: 'sched:other2026:a1', patch: { starred: true } },
      tab('https://demo2026.sched.com/'),
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    const seen = await route(
      { type: 'page/seen', conference: { id: 'sched:other2026', platform: 'sched', event: 'other2026', name: 'x' }, entries: [entry('a1', 'sched:other2026')] },
      tab('https://demo2026.sched.com/'),
    );
    expect(seen).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('refuses a page that is not a schedule, and an entry that is another session', async () => {
    const { db, route } = setup();
    expect(await route({ type: 'page/annotations' }, tab('https://example.org/'))).toMatchObject({ ok: false });
    const mismatch = await route(
      { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: true }, entry: entry('zz') },
      tab('https://demo2026.sched.com/'),
    );
    expect(mismatch).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
  });

  it('ignores other extensions entirely', async () => {
    const { db, route } = setup();
    const answer = route({ type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: true } }, { ...page, id: 'evil' });
    expect(answer).toBeUndefined();
    expect(await db.annotations.count()).toBe(0);
  });

  it('answers malformed requests with what is wrong, and writes nothing', async () => {
    const { db, route } = setup();
    const bad = await route({ type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { rating: 9 } }, page);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/Malformed request[\s\S]*patch\.rating/) });
    expect(await route({ type: 'delete/everything' }, page)).toMatchObject({ ok: false });
    expect(await route('hello', page)).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
  });

  it('lets extension pages change any conference, and gives a tab only its own annotations', async () => {
    const { route } = setup();
    await route({ type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { rating: 3 } }, page);
    await route({ type: 'annotation/patch', key: 'sched:other2026:b1', patch: { rating: 2 } }, page);
    const own = await route({ type: 'page/annotations' }, tab('https://demo2026.sched.com/grid'));
    expect(own).toMatchObject({ ok: true, value: [{ key: 'sched:demo2026:a1', rating: 3 }] });
  });

  it('rejects a link scheme other than http(s) in page data', async () => {
    const { route } = setup();
    const result = await route(
      { type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: true }, entry: entry('a1', undefined, { url: 'javascript:alert(1)' }) },
      tab('https://demo2026.sched.com/'),
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('http(s)') });
  });
});
