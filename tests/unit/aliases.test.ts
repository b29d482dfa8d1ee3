import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { recordSeen } from '../../lib/db/annotations';
import { patchShownSession } from '../../lib/db/session-patch';
import { recentMerges, undoMerge } from '../../lib/db/merges';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { aliasProblem, sameSession, shapedAliases } from '../../lib/merge/aliases';
import type { Conference } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const conf: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026' };
const C = conf.id;
const UID_X = `${C}:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b`;
const UID_Y = `${C}:0b7d4e5f8a6b9c0d1e2f3a4b3f2a9c1e`;
const X = `${C}:2EsAI`;
const Y = `${C}:9QzPk`;
const url = (id: string) => `https://demo2026.sched.com/event/${id}/talk`;
/** Session X as the mobile site showed it, under its 32-hex id only. */
const mobileX = () => entry('3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b', C, { title: 'GitOps at Scale', url: url('3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b') });
const listX = () => entry('2EsAI', C, { title: 'GitOps at Scale', aliases: [UID_X], url: url('2EsAI') });
/** A list link of session Y whose `id` is X's 32-hex id: the page's markup claims they are one. */
const forgedY = () => entry('9QzPk', C, { title: 'Zero Trust in Practice', aliases: [UID_X], url: url('9QzPk') });
const silence = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

describe('alias shapes', () => {
  it('takes a 32-hex sched id beside a short one, and nothing else', () => {
    expect(aliasProblem(X, UID_X)).toBeUndefined();
    expect(aliasProblem(X, Y)).toMatch(/not a 32-hex/);
    expect(aliasProblem(UID_X, UID_Y)).toMatch(/beside another 32-hex/);
    expect(aliasProblem(X, 'sched:other2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b')).toMatch(/another schedule/);
    expect(aliasProblem('pretalx:democon:ABCDEF', 'pretalx:democon:GHIJKL')).toMatch(/one id per session/);
  });

  it('keeps one 32-hex id per sched session and says why the others go', () => {
    expect(shapedAliases({ ...listX(), aliases: [UID_X, UID_Y, Y] })).toEqual({
      aliases: [UID_X],
      refused: [
        { alias: UID_Y, reason: 'a second 32-hex id for one sched session' },
        { alias: Y, reason: 'a sched alias that is not a 32-hex id' },
      ],
    });
  });

  it('counts a record as the same session only by the same title and no URL naming another', () => {
    expect(sameSession(mobileX(), listX())).toBe(true);
    expect(sameSession({ ...mobileX(), title: '  gitops   at SCALE ' }, listX())).toBe(true);
    expect(sameSession(mobileX(), forgedY())).toBe(false);
    expect(sameSession({ ...mobileX(), url: url('7Kq1z') }, listX())).toBe(false);
    expect(sameSession({ ...mobileX(), title: 'Session 3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b' }, listX())).toBe(false);
  });
});

describe('merging two records into one session', () => {
  it('never moves a note onto a session whose list link carries another session’s 32-hex id', async () => {
    const warn = silence();
    const db = freshDb();
    await recordSeen(db, conf, [mobileX()], 1000);
    await patchShownSession(db, UID_X, { note: 'my note on GitOps', starred: true }, mobileX(), 2000);
    const seen = await recordSeen(db, conf, [forgedY()], 3000, 'https://demo2026.sched.com/');
    expect(seen.renamed).toEqual({});
    expect(await db.annotations.get(UID_X)).toMatchObject({ note: 'my note on GitOps', starred: true });
    expect(await db.annotations.get(Y)).toBeUndefined();
    expect(await db.sessions.get(Y)).toMatchObject({ aliases: [] });
    expect(await db.merges.count()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('stored as another session'));
  });

  it('never gives an id another record owns to a second session', async () => {
    silence();
    const db = freshDb();
    await recordSeen(db, conf, [listX()], 1000);
    await recordSeen(db, conf, [forgedY()], 2000);
    expect(await db.sessions.get(Y)).toMatchObject({ aliases: [] });
    await patchShownSession(db, Y, { starred: true }, forgedY(), 3000);
    expect(await db.sessions.get(Y)).toMatchObject({ aliases: [] });
    // The 32-hex id still leads to X: a star given by it lands on X.
    expect(await patchShownSession(db, UID_X, { rating: 4 }, mobileX(), 4000)).toMatchObject({ key: X, rating: 4 });
  });

  it('refuses the second of two entries on one page that claim the same 32-hex id', async () => {
    silence();
    const db = freshDb();
    await recordSeen(db, conf, [listX(), { ...forgedY(), title: 'GitOps at Scale' }], 1000);
    expect((await db.sessions.bulkGet([X, Y])).map((s) => s?.aliases)).toEqual([[UID_X], []]);
  });

  it('merges a real pair, logs it with both records as they were, and undoes it', async () => {
    const db = freshDb();
    await recordSeen(db, conf, [mobileX()], 1000);
    await patchShownSession(db, UID_X, { note: 'from my phone', tags: ['gitops'] }, mobileX(), 2000);
    await recordSeen(db, conf, [{ ...listX(), aliases: [] }], 2500);
    await patchShownSession(db, X, { rating: 3 }, { ...listX(), aliases: [] }, 2600);
    const beforeX = await db.annotations.get(X);
    const seen = await recordSeen(db, conf, [listX()], 3000, 'https://demo2026.sched.com/list/simple');
    expect(seen.renamed).toEqual({ [UID_X]: X });
    expect(await db.annotations.get(X)).toMatchObject({ note: 'from my phone', tags: ['gitops'], rating: 3 });
    expect(await db.sessions.get(UID_X)).toBeUndefined();

    const [log] = await recentMerges(db);
    expect(log).toMatchObject({ conference: C, at: 3000, from: UID_X, into: X, pageUrl: 'https://demo2026.sched.com/list/simple' });
    expect(log!.before.from).toMatchObject({ session: { title: 'GitOps at Scale' }, annotation: { note: 'from my phone' } });
    expect(log!.before.into.annotation).toEqual(beforeX);

    expect(await undoMerge(db, log!.id!, 4000)).toMatchObject({ conference: C });
    expect(await db.annotations.get(UID_X)).toMatchObject({ note: 'from my phone', tags: ['gitops'] });
    expect(await db.annotations.get(X)).toEqual(beforeX);
    expect(await db.sessions.get(UID_X)).toMatchObject({ title: 'GitOps at Scale' });
    expect(await db.sessions.get(X)).toMatchObject({ aliases: [] });
    expect((await recentMerges(db))[0]).toMatchObject({ undoneAt: 4000 });
    // Undone means undone: the same page shown again does not merge them back.
    silence();
    await recordSeen(db, conf, [listX()], 5000);
    expect(await db.annotations.get(UID_X)).toMatchObject({ note: 'from my phone' });
    expect(await db.merges.count()).toBe(1);
  });

  it('keeps what the user changed on the merged session after the merge when undoing it', async () => {
    const db = freshDb();
    await recordSeen(db, conf, [mobileX()], 1000);
    await patchShownSession(db, UID_X, { starred: true }, mobileX(), 2000);
    await recordSeen(db, conf, [listX()], 3000);
    await patchShownSession(db, X, { note: 'written after the merge' }, listX(), 3500);
    const [log] = await recentMerges(db);
    const { annotations } = (await undoMerge(db, log!.id!, 4000))!;
    expect(annotations.map((a) => [a.key, a.starred, a.note])).toEqual([
      [UID_X, true, ''],
      [X, false, 'written after the merge'],
    ]);
    expect(await undoMerge(db, log!.id!, 5000)).toBeUndefined();
  });
});

describe('the background', () => {
  const ID = 'talkmarks-id';
  const tab = (u: string): Runtime.MessageSender => ({ id: ID, url: u, tab: { id: 7, url: u } as Runtime.MessageSender['tab'] });
  const setup = () => {
    const db = freshDb();
    const handlers = createHandlers({ db: () => db, extensionOrigin: `chrome-extension://${ID}/`, push: async () => undefined, fetchText: async () => '' });
    return { db, route: createRouter(handlers, ID) };
  };

  it('lands a star given by the 32-hex id on the merged session while a page merges it, never on the deleted key', async () => {
    const { db, route } = setup();
    const mobile = tab('https://demo2026.sched.com/mobile/');
    await route({ type: 'page/seen', conference: conf, entries: [mobileX()] }, mobile);
    await route({ type: 'annotation/patch', key: UID_X, patch: { note: 'from my phone' }, entry: mobileX() }, mobile);
    await Promise.all([
      route({ type: 'page/seen', conference: conf, entries: [listX()] }, tab('https://demo2026.sched.com/list/simple')),
      route({ type: 'annotation/patch', key: UID_X, patch: { starred: true }, entry: mobileX() }, mobile),
    ]);
    expect(await db.annotations.get(UID_X)).toBeUndefined();
    expect(await db.annotations.get(X)).toMatchObject({ starred: true, note: 'from my phone' });
  });

  it('merges nothing on a forged page/seen naming any key as an alias, and says so once', async () => {
    const warn = silence();
    const { db, route } = setup();
    const page = tab('https://demo2026.sched.com/');
    await route({ type: 'page/seen', conference: conf, entries: [entry('2EsAI', C, { title: 'A' }), entry('9QzPk', C, { title: 'B' })] }, page);
    await route({ type: 'annotation/patch', key: X, patch: { note: 'note on A' }, entry: entry('2EsAI', C, { title: 'A' }) }, page);
    for (let i = 0; i < 3; i++) {
      const answer = await route({ type: 'page/seen', conference: conf, entries: [entry('9QzPk', C, { title: 'B', aliases: [X] })] }, page);
      expect(answer).toMatchObject({ ok: true, value: { renamed: {} } });
    }
    expect(await db.annotations.get(X)).toMatchObject({ note: 'note on A' });
    expect(await db.sessions.count()).toBe(2);
    expect(warn.mock.calls.filter(([text]) => String(text).includes('not a 32-hex'))).toHaveLength(1);
  });
});
