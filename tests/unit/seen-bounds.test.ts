import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { createSeenBounds, seenRefusals, type SeenBoundsOptions } from '../../lib/background/seen-bounds';
import { capFields, seenCaps, seenRate } from '../../lib/background/seen-caps';
import { recordSeen } from '../../lib/db/annotations';
import type { TalkmarksDb } from '../../lib/db/database';
import type { Conference, ScheduleEntry } from '../../lib/model/schema';
import { jsonBytes, utf8Bytes } from '../../lib/util/bytes';
import { entry, freshDb } from '../support/db';

const ID = 'talkmarks-id';
const PAGE = 'https://demo2026.sched.com/list/descriptions/';
const tab = (url = PAGE, tabId = 7): Runtime.MessageSender => ({ id: ID, url, frameId: 0, tab: { id: tabId, url } as Runtime.MessageSender['tab'] });
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'DemoConf' };
const seen = (entries: unknown[], conf: object = conference) => ({ type: 'page/seen', conference: conf, entries });
const big = (id: string, bytes: number) => entry(id, 'sched:demo2026', { abstract: 'x'.repeat(bytes) });

function setup(options: SeenBoundsOptions = {}) {
  const db = freshDb();
  const warnings: string[] = [];
  const pushes: unknown[][] = [];
  let clock = 1_000_000;
  const route = createRouter(
    createHandlers({
      db: () => db, extensionOrigin: `chrome-extension://${ID}/`, push: async (...args) => void pushes.push(args),
      fetchText: async (a) => { throw new Error(`no network in unit tests: ${a}`); },
      seenBounds: { now: () => clock, warn: (m) => void warnings.push(m), ...options },
    }),
    ID,
  );
  const storedBytes = async () => (await db.sessions.toArray()).reduce((n, s) => n + jsonBytes(s), 0);
  return { db, route, warnings, pushes, storedBytes, later: (ms: number) => void (clock += ms) };
}

describe('what a page records is bound to the page', () => {
  it('stores the conference address of the sender’s URL and keeps entry addresses only on its site', async () => {
    const { db, route, warnings } = setup();
    const forged = { ...conference, platform: 'pretalx', event: 'x', url: 'https://evil.example/', imported: { from: 'x', at: 1, format: 'ics', sessions: 1 } };
    const answer = await route(seen([
      entry('a1', 'sched:demo2026', { url: 'https://evil.example/event/a1' }),
      entry('b2', 'sched:demo2026', { url: 'https://demo2026.sched.com/event/b2/talk' }),
      entry('c3', 'sched:demo2026', { url: 'http://demo2026.sched.com/event/c3' }),
    ], forged), tab());
    expect(answer).toMatchObject({ ok: true });
    expect(await db.conferences.get('sched:demo2026')).toMatchObject({ platform: 'sched', event: 'demo2026', url: 'https://demo2026.sched.com/', name: 'DemoConf' });
    expect((await db.conferences.get('sched:demo2026'))!.imported).toBeUndefined();
    expect((await db.sessions.get('sched:demo2026:a1'))!.url).toBeUndefined();
    expect((await db.sessions.get('sched:demo2026:b2'))!.url).toBe('https://demo2026.sched.com/event/b2/talk');
    expect((await db.sessions.get('sched:demo2026:c3'))!.url).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('not on the page’s own site')]);
  });

  it('drops an off-site address from the entry an edit carries from a tab, and says so', async () => {
    const { db, route, warnings } = setup();
    const patch = (id: string, url: string) => ({ type: 'annotation/patch', key: `sched:demo2026:${id}`, patch: { starred: true }, entry: entry(id, 'sched:demo2026', { url }) });
    await route(patch('b2', 'https://demo2026.sched.com/event/b2'), tab());
    expect((await db.sessions.get('sched:demo2026:b2'))!.url).toBe('https://demo2026.sched.com/event/b2');
    expect(warnings).toEqual([]);
    await route(patch('a1', 'https://evil.example/a1'), tab());
    expect(await db.sessions.get('sched:demo2026:a1')).toMatchObject({ title: 'Talk a1' });
    expect((await db.sessions.get('sched:demo2026:a1'))!.url).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('not on the page’s own site')]);
    // The same cause from the page's own report is not said again.
    await route(seen([entry('c3', 'sched:demo2026', { url: 'https://evil.example/c3' })]), tab());
    expect((await db.sessions.get('sched:demo2026:c3'))!.url).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('keeps the address of an entry an extension page carries (it came from a tab that checked it)', async () => {
    const { db, route } = setup();
    const popup: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/popup.html` };
    const url = 'https://demo2026.sched.com/event/a1/talk';
    const answer = await route({ type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: true }, entry: entry('a1', 'sched:demo2026', { url }) }, popup);
    expect(answer).toMatchObject({ ok: true });
    expect((await db.sessions.get('sched:demo2026:a1'))!.url).toBe(url);
  });

  it('records nothing from an http:// sched page', async () => {
    const { db, route } = setup();
    const answer = await route(seen([entry('a1')]), tab('http://demo2026.sched.com/'));
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('caps per conference', () => {
  it('cuts each field to its cap, by bytes and never inside a character, and keeps real-sized ones whole', () => {
    const real = entry('a1', 'sched:demo2026', { abstract: 'y'.repeat(8_027), title: 't'.repeat(255) });
    expect(capFields(real)).toEqual({ entry: real, cut: [] });
    const { entry: cut, cut: fields } = capFields(entry('a1', 'sched:demo2026', {
      abstract: '€'.repeat(20_000),
      speakers: Array.from({ length: 100 }, (_, i) => ({ name: `${'n'.repeat(400)}${i}` })),
    }));
    expect(fields).toEqual(['abstract', 'speakers']);
    expect(utf8Bytes(cut.abstract!)).toBe(seenCaps.field.abstract - (seenCaps.field.abstract % 3));
    expect(cut.abstract).toMatch(/^€+$/);
    expect(jsonBytes(cut.speakers)).toBeLessThanOrEqual(seenCaps.field.speakers);
    expect(cut.speakers.length).toBeGreaterThan(10);
  });

  it('keeps a field exactly at its cap whole, and cuts lists to exactly the first items that fit', () => {
    const speakers = Array.from({ length: 6 }, (_, i) => ({ name: `Speaker ${i}` }));
    const links = Array.from({ length: 6 }, (_, i) => ({ kind: 'slides' as const, label: `Slides ${i}`, url: `https://demo2026.sched.com/f/${i}` }));
    const full = entry('a1', 'sched:demo2026', { title: 'T'.repeat(40), room: 'Hall 1', speakers, links });
    const atCap = { ...seenCaps.field, title: 40, speakers: jsonBytes(speakers), links: jsonBytes(links) };
    expect(capFields(full, atCap)).toEqual({ entry: full, cut: [] });
    // One byte less: the title loses a character, each list its last item and no more.
    const under = { ...seenCaps.field, title: 39, speakers: jsonBytes(speakers.slice(0, 5)), links: jsonBytes(links.slice(0, 5)) };
    const { entry: cut, cut: fields } = capFields(full, { ...under, speakers: under.speakers + jsonBytes(speakers[5]), links: under.links + jsonBytes(links[5]) });
    expect(fields).toEqual(['title', 'speakers', 'links']);
    expect(cut).toEqual({ ...full, title: 'T'.repeat(39), speakers: speakers.slice(0, 5), links: links.slice(0, 5) });
    expect(capFields(full, under).entry).toMatchObject({ speakers: speakers.slice(0, 5), links: links.slice(0, 5) });
  });

  it('says once for each field it cut, from a page and from an edit', async () => {
    const long = (id: string) => entry(id, 'sched:demo2026', { title: 'T'.repeat(200), abstract: 'a'.repeat(40_000) });
    const caps = { ...seenCaps, field: { ...seenCaps.field, title: 100 } };
    const cuts = ['sched:demo2026: cut title to 100 bytes', 'sched:demo2026: cut abstract to 32 KB'];
    const fromPage = setup({ caps });
    await fromPage.route(seen([long('a1')]), tab());
    expect(fromPage.warnings).toEqual(cuts.map((c) => expect.stringContaining(c)));
    const fromEdit = setup({ caps });
    await fromEdit.route({ type: 'annotation/patch', key: 'sched:demo2026:a1', patch: { starred: true }, entry: long('a1') }, tab());
    expect(fromEdit.warnings).toEqual(cuts.map((c) => expect.stringContaining(c)));
  });

  it('stores 200 abstracts of 100 kB cut to their cap, and says so once', async () => {
    const { route, warnings, storedBytes } = setup();
    const answer = await route(seen(Array.from({ length: 200 }, (_, i) => big(`s${i}`, 100_000))), tab());
    expect(answer).toMatchObject({ ok: true, value: { stored: 200 } });
    expect(await storedBytes()).toBeLessThan(200 * (seenCaps.field.abstract + 500));
    expect(warnings).toEqual([expect.stringMatching(/sched:demo2026: cut abstract to 32 KB/)]);
  });

  it('refuses new sessions beyond the cap on sessions, still updating the ones it holds', async () => {
    const { db, route, warnings } = setup({ caps: { ...seenCaps, sessions: 3 } });
    await route(seen(['a', 'b', 'c', 'd', 'e'].map((id) => entry(id))), tab());
    expect((await db.sessions.toArray()).map((s) => s.key)).toEqual(['sched:demo2026:a', 'sched:demo2026:b', 'sched:demo2026:c']);
    await route(seen([entry('a', 'sched:demo2026', { room: 'Hall 1' }), entry('f')]), tab());
    expect(await db.sessions.get('sched:demo2026:a')).toMatchObject({ room: 'Hall 1' });
    expect(await db.sessions.get('sched:demo2026:f')).toBeUndefined();
    expect(warnings).toEqual(['[talkmarks] sched:demo2026: refused sessions beyond 3 per conference (said once per conference and cause)']);
  });

  it('counts a session seen again once toward the cap on sessions', async () => {
    const { db, route, warnings } = setup({ caps: { ...seenCaps, sessions: 2 } });
    await route(seen([entry('a')]), tab());
    await route(seen([entry('a', 'sched:demo2026', { room: 'Hall 1' }), entry('b')]), tab());
    expect(await db.sessions.count()).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('answers, writes and pushes nothing when it refused every session a page reported', async () => {
    const { db, route, pushes } = setup({ caps: { ...seenCaps, sessions: 0 } });
    expect(await route(seen([entry('a')]), tab())).toEqual({ ok: true, value: { stored: 0, renamed: {}, changes: {} } });
    expect(await db.conferences.count()).toBe(0);
    expect(pushes).toEqual([]);
  });

  it('admits sessions up to exactly the total bytes of a conference', async () => {
    const page = [big('a', 2_000), big('b', 3_000)];
    const { db, route, warnings } = setup({ caps: { ...seenCaps, conferenceBytes: jsonBytes(page[0]) + jsonBytes(page[1]) } });
    expect(await route(seen(page), tab())).toMatchObject({ ok: true, value: { stored: 2 } });
    expect(await db.sessions.count()).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('weighs a session seen again as it is stored: what it kept and what it grew to', async () => {
    const weightOf = async (db: TalkmarksDb, id: string) => jsonBytes(await db.sessions.get(`sched:demo2026:${id}`));
    // A list page reports the session without the abstract its own page gave: the stored abstract still counts.
    const kept = setup();
    await kept.route(seen([big('a', 10_000)]), tab());
    const capKept = async () => ({ ...seenCaps, conferenceBytes: (await weightOf(kept.db, 'a')) + jsonBytes(big('b', 10_000)) - 1 });
    const keptCaps = await capKept();
    const keptAgain = setup({ caps: keptCaps });
    await keptAgain.route(seen([big('a', 10_000)]), tab());
    await keptAgain.route(seen([entry('a')]), tab());
    expect((await keptAgain.db.sessions.get('sched:demo2026:a'))!.abstract).toHaveLength(10_000);
    await keptAgain.route(seen([big('b', 10_000)]), tab());
    expect(await keptAgain.db.sessions.get('sched:demo2026:b')).toBeUndefined();
    // A session reported first small, then with its abstract, weighs what it grew to.
    const grown = setup({ caps: keptCaps });
    await grown.route(seen([entry('a')]), tab());
    await grown.route(seen([big('a', 10_000)]), tab());
    await grown.route(seen([big('b', 10_000)]), tab());
    expect(await grown.db.sessions.get('sched:demo2026:b')).toBeUndefined();
    expect(grown.warnings).toEqual([expect.stringContaining('refused sessions beyond')]);
  });

  it('weighs a session reported under another of its ids as it is stored under its own', async () => {
    const uid = '0123456789abcdef0123456789abcdef';
    const stored = entry('a', 'sched:demo2026', { abstract: 'x'.repeat(10_000), aliases: [`sched:demo2026:${uid}`] });
    const probe = setup();
    await probe.route(seen([stored]), tab());
    const weight = jsonBytes(await probe.db.sessions.get('sched:demo2026:a'));
    const { db, route } = setup({ caps: { ...seenCaps, conferenceBytes: weight + jsonBytes(big('b', 10_000)) - 1 } });
    await route(seen([stored]), tab());
    expect(await route(seen([entry(uid)]), tab())).toMatchObject({ ok: true, value: { renamed: { [`sched:demo2026:${uid}`]: 'sched:demo2026:a' } } });
    await route(seen([big('b', 10_000)]), tab());
    expect(await db.sessions.get('sched:demo2026:b')).toBeUndefined();
  });

  it('reads what a conference weighs once, not per message, and again after a failed read', async () => {
    const db = freshDb();
    let reads = 0;
    const failing = { sessions: { where: () => { throw new Error('disk unavailable'); } } } as unknown as TalkmarksDb;
    const bounds = createSeenBounds(() => (++reads === 1 ? failing : db), { warn: () => undefined });
    const write = (c: Conference, e: ScheduleEntry[]) => recordSeen(db, c, e);
    await expect(bounds.record(tab(), conference, [entry('a')], write)).rejects.toThrow('disk unavailable');
    expect(await bounds.record(tab(), conference, [entry('b')], write)).toMatchObject({ stored: 1 });
    await bounds.record(tab(), conference, [entry('c')], write);
    await bounds.record(tab(), conference, [entry('d'), entry('e')], write);
    expect(reads).toBe(2);
    expect(await db.sessions.count()).toBe(4);
  });

  it('refuses what would take a conference past its total bytes, whatever the keys', async () => {
    const caps = { ...seenCaps, conferenceBytes: 50_000 };
    const { route, warnings, storedBytes } = setup({ caps });
    for (let round = 0; round < 5; round++) await route(seen(Array.from({ length: 10 }, (_, i) => big(`r${round}x${i}`, 2_000))), tab());
    expect(await storedBytes()).toBeLessThanOrEqual(50_000 + 10 * 30);
    expect(warnings).toEqual([expect.stringContaining('refused sessions beyond 48.8 KB per conference')]);
  });
});

describe('rate per tab', () => {
  it('refuses page/seen messages beyond the burst, and takes them again a little later', async () => {
    const rate = { ...seenRate, messagesBurst: 40, messagesPerSecond: 5 };
    const { route, warnings, later } = setup({ rate });
    const answers = [];
    for (let i = 0; i < rate.messagesBurst + 20; i++) answers.push(await route(seen([entry(`m${i}`)]), tab()));
    expect(answers.filter((a) => a?.ok === false)).toHaveLength(20);
    expect(answers.at(-1)).toEqual({ ok: false, error: seenRefusals.tooFast });
    // Another tab has its own budget.
    expect(await route(seen([entry('other')]), tab(PAGE, 8))).toMatchObject({ ok: true });
    later(1_000);
    expect(await route(seen([entry('again')]), tab())).toMatchObject({ ok: true });
    expect(warnings.filter((w) => w.includes('page/seen messages'))).toHaveLength(1);
  });

  it('lets a tab add a burst of bytes, then a trickle; showing what is stored again costs nothing', async () => {
    const rate = { ...seenRate, bytesBurst: 40_000, bytesPerSecond: 10_000 };
    const { db, route, warnings, later } = setup({ rate });
    const page = Array.from({ length: 10 }, (_, i) => big(`p${i}`, 3_000));
    await route(seen(page), tab());
    for (let i = 0; i < 5; i++) await route(seen(page), tab());
    expect(await db.sessions.count()).toBe(10);
    await route(seen(Array.from({ length: 10 }, (_, i) => big(`q${i}`, 3_000))), tab());
    const afterBurst = await db.sessions.count();
    expect(afterBurst).toBeGreaterThan(10);
    expect(afterBurst).toBeLessThan(20);
    later(3_000);
    await route(seen([big('late', 3_000)]), tab());
    expect(await db.sessions.get('sched:demo2026:late')).toBeDefined();
    expect(warnings).toEqual([expect.stringContaining('a tab added more than 39.1 KB at once, then 9.8 KB a second')]);
  });
});
