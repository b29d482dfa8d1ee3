import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { type Annotation, type Conference } from '../../lib/model/schema';
import { canonicalKeys, mergeAnnotations } from '../../lib/db/session-identity';
import { entry, freshDb } from '../support/db';
import { emptyFields } from '../../lib/model/fields';

const conf: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026' };
const LONG = 'sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
const SHORT = 'sched:demo2026:2EsAI';
/** The list view shows both ids: the short one in the link, the long one as its id attribute. */
const listEntry = () => entry('2EsAI', undefined, { aliases: [LONG], title: 'Keynote', room: 'Hall 12' });
/** The mobile site shows only the long one. */
const mobileEntry = () => entry('3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b', undefined, { title: 'Keynote', partial: true });

describe('one session, two ids', () => {
  it('maps a long id to the short one once a page has shown both', async () => {
    const db = freshDb();
    expect(await canonicalKeys(db, [LONG])).toEqual(new Map([[LONG, LONG]]));
    await recordSeen(db, conf, [listEntry()]);
    expect(await canonicalKeys(db, [LONG, SHORT, 'sched:demo2026:other'])).toEqual(
      new Map([[LONG, SHORT], [SHORT, SHORT], ['sched:demo2026:other', 'sched:demo2026:other']]),
    );
  });

  it('records a view by the long id into the session stored under the short one, filling gaps only', async () => {
    const db = freshDb();
    await recordSeen(db, conf, [listEntry()]);
    const seen = await recordSeen(db, conf, [{ ...mobileEntry(), title: 'Keynote (mobile)', track: 'Keynotes' }]);
    expect(seen.renamed).toEqual({ [LONG]: SHORT });
    expect(await db.sessions.count()).toBe(1);
    expect(await db.sessions.get(SHORT)).toMatchObject({ title: 'Keynote', room: 'Hall 12', track: 'Keynotes', aliases: [LONG] });
  });

  it('moves an annotation made by the long id to the short one when a page shows both', async () => {
    const db = freshDb();
    await recordSeen(db, conf, [mobileEntry()]);
    await patchAnnotation(db, LONG, conf.id, { starred: true, tags: ['mobile'] }, mobileEntry(), 1000);
    const seen = await recordSeen(db, conf, [listEntry()]);
    expect(seen.renamed).toEqual({ [LONG]: SHORT });
    expect(seen.merged).toMatchObject([{ key: SHORT, starred: true, tags: ['mobile'] }]);
    expect(await db.annotations.get(LONG)).toBeUndefined();
    expect(await db.sessions.get(LONG)).toBeUndefined();
    expect(await db.sessions.get(SHORT)).toMatchObject({ title: 'Keynote', room: 'Hall 12', aliases: [LONG] });
  });

  it('merges two annotations of the same talk without losing a note or a tag', () => {
    const base = { conference: conf.id, ...emptyFields, fieldUpdatedAt: {} } as const;
    const list: Annotation = { ...base, key: SHORT, starred: false, rating: 3, note: 'from the list', tags: ['a'], updatedAt: 10, fieldUpdatedAt: { starred: 5, rating: 10, note: 10, tags: 10 } };
    const mobile: Annotation = { ...base, key: LONG, starred: true, rating: 5, note: 'from my phone', tags: ['b'], updatedAt: 20, fieldUpdatedAt: { starred: 20, rating: 8, note: 20, tags: 20 } };
    expect(mergeAnnotations(list, mobile)).toMatchObject({
      key: SHORT,
      starred: true,
      rating: 3,
      note: expect.stringMatching(/^from the list\n\n──── Also kept: the note from this talk under its other id.*────\n\nfrom my phone$/),
      tags: ['a', 'b'],
      updatedAt: 20,
    });
  });
});

const noNetwork = async (address: string): Promise<string> => {
  throw new Error(`no network in unit tests: ${address}`);
};

describe('the background resolves ids', () => {
  const ID = 'talkmarks-id';
  const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 7, url } as Runtime.MessageSender['tab'] });
  const setup = () => {
    const db = freshDb();
    const pushed: { annotations: Annotation[]; renamed?: Record<string, string> }[] = [];
    const handlers = createHandlers({ db: () => db, extensionOrigin: `chrome-extension://${ID}/`, push: async (annotations, renamed) => void pushed.push({ annotations, renamed }), fetchText: noNetwork });
    return { db, pushed, route: createRouter(handlers, ID) };
  };

  it('writes a star given by the long id to the session stored under the short one, and tells the tabs', async () => {
    const { db, pushed, route } = setup();
    await route({ type: 'page/seen', conference: conf, entries: [listEntry()] }, tab('https://demo2026.sched.com/'));
    const answer = await route({ type: 'annotation/patch', key: LONG, patch: { starred: true }, entry: mobileEntry() }, tab('https://demo2026.sched.com/mobile/'));
    expect(answer).toMatchObject({ ok: true, value: { key: SHORT, starred: true } });
    expect(await db.annotations.get(LONG)).toBeUndefined();
    expect(await db.sessions.get(SHORT)).toMatchObject({ room: 'Hall 12', title: 'Keynote' });
    expect(pushed.at(-1)).toMatchObject({ annotations: [{ key: SHORT }], renamed: { [LONG]: SHORT } });
  });

  it('answers a page with the keys its sessions are stored under, and pushes moved annotations', async () => {
    const { pushed, route } = setup();
    await route({ type: 'annotation/patch', key: LONG, patch: { rating: 4 }, entry: mobileEntry() }, tab('https://demo2026.sched.com/mobile/'));
    const seen = await route({ type: 'page/seen', conference: conf, entries: [listEntry()] }, tab('https://demo2026.sched.com/list/simple'));
    expect(seen).toMatchObject({ ok: true, value: { renamed: { [LONG]: SHORT } } });
    expect(pushed.at(-1)).toMatchObject({ annotations: [{ key: SHORT, rating: 4 }], renamed: { [LONG]: SHORT } });
  });

  it('refuses a page claiming another schedule’s session as an alias', async () => {
    const { db, route } = setup();
    await route({ type: 'annotation/patch', key: 'sched:other2026:x1', patch: { starred: true } }, { id: ID, url: `chrome-extension://${ID}/popup.html` });
    const bad = await route(
      { type: 'page/seen', conference: conf, entries: [entry('2EsAI', undefined, { aliases: ['sched:other2026:x1'] })] },
      tab('https://demo2026.sched.com/'),
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    expect(await db.annotations.get('sched:other2026:x1')).toMatchObject({ starred: true });
  });
});
