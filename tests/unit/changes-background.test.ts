import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { changesOf } from '../../lib/db/changes';
import type { Conference } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';
import { readReal } from '../support/fixtures';

const ID = 'talkmarks-id';
const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 3, url } as Runtime.MessageSender['tab'] });
const dashboard: Runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/dashboard.html` };
const PRETALX = 'pretalx:pretalx.example.org_democon';
const SCHED = 'sched:demo2026';
const schedConf: Conference = { id: SCHED, platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: 'Europe/Amsterdam' };
const SCHED_PAGE = 'https://demo2026.sched.com/list/simple';

function setup() {
  const db = freshDb();
  const pushed: string[] = [];
  const route = createRouter(
    createHandlers({
      db: () => db,
      extensionOrigin: `chrome-extension://${ID}/`,
      push: async () => undefined,
      pushChanges: async (_db, conference) => void pushed.push(conference),
      fetchText: async () => readReal('pretalx/democon-widget-v2.json'),
    }),
    ID,
  );
  return { db, route, pushed };
}

const talk = (start: string) =>
  entry('gitops', SCHED, { title: 'GitOps at Scale', start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), timeZone: 'Europe/Amsterdam', room: 'Hall 12', url: 'https://demo2026.sched.com/event/gitops/x' });

describe('schedule changes through the background', () => {
  it('a page showing a starred talk moved hears in its answer what to mark; the other tabs are told', async () => {
    const { route, pushed } = setup();
    await route({ type: 'page/seen', conference: schedConf, entries: [talk('2026-03-24T09:00:00.000Z')] }, tab(SCHED_PAGE));
    await route({ type: 'annotation/patch', key: `${SCHED}:gitops`, patch: { starred: true } }, tab(SCHED_PAGE));
    const answer = await route({ type: 'page/seen', conference: schedConf, entries: [talk('2026-03-24T09:15:00.000Z')] }, tab(SCHED_PAGE));
    expect(answer).toMatchObject({ ok: true, value: { changes: { [`${SCHED}:gitops`]: 'Moved: was Tue 10:00 CET, now Tue 10:15 CET' } } });
    expect(pushed).toEqual([SCHED]);
  });

  it('pretalx’s whole-event data records a starred talk it lacks as removed, once; nothing else', async () => {
    const { db, route, pushed } = setup();
    const page = tab('https://pretalx.example.org/democon/schedule/');
    const gone = entry('GONE01', PRETALX, { title: 'Withdrawn talk', url: 'https://pretalx.example.org/democon/talk/GONE01/' });
    const quiet = entry('GONE02', PRETALX, { title: 'Nobody’s pick', url: 'https://pretalx.example.org/democon/talk/GONE02/' });
    await route({ type: 'annotation/patch', key: gone.key, patch: { starred: true, note: 'kept' }, entry: gone }, page);
    await route({ type: 'annotation/patch', key: `${PRETALX}:XFUR3C`, patch: { starred: true } }, page);
    await route({ type: 'annotation/patch', key: quiet.key, patch: { rating: 3 }, entry: quiet }, page);
    await route({ type: 'annotation/patch', key: quiet.key, patch: { rating: null } }, page);
    expect(await route({ type: 'page/event-sessions' }, page)).toMatchObject({ ok: true });
    expect((await changesOf(db, PRETALX)).map((c) => [c.key, c.field, c.source])).toEqual([[gone.key, 'removed', 'https://pretalx.example.org/democon/schedule/widget/v2.json']]);
    expect(pushed).toEqual([PRETALX]);
    await route({ type: 'page/event-sessions' }, page);
    expect(await changesOf(db, PRETALX)).toHaveLength(1);
    expect(await db.annotations.get(gone.key)).toMatchObject({ starred: true, note: 'kept' });
    expect(await db.sessions.get(gone.key)).toMatchObject({ title: 'Withdrawn talk' });
  });

  it('only extension pages dismiss, and the schedule tabs are told', async () => {
    const { db, route, pushed } = setup();
    await route({ type: 'page/seen', conference: schedConf, entries: [talk('2026-03-24T09:00:00.000Z')] }, tab(SCHED_PAGE));
    await route({ type: 'annotation/patch', key: `${SCHED}:gitops`, patch: { starred: true } }, tab(SCHED_PAGE));
    await route({ type: 'page/seen', conference: schedConf, entries: [talk('2026-03-24T09:15:00.000Z')] }, tab(SCHED_PAGE));
    const [change] = await changesOf(db, SCHED);
    expect(await route({ type: 'changes/dismiss', ids: [change!.id!] }, tab(SCHED_PAGE))).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    expect((await changesOf(db, SCHED))[0]!.dismissedAt).toBeUndefined();
    pushed.length = 0;
    expect(await route({ type: 'changes/dismiss', ids: [change!.id!] }, dashboard)).toMatchObject({ ok: true, value: { dismissed: 1 } });
    expect((await changesOf(db, SCHED))[0]!.dismissedAt).toBeTypeOf('number');
    expect(pushed).toEqual([SCHED]);
    const again = await route({ type: 'page/seen', conference: schedConf, entries: [talk('2026-03-24T09:15:00.000Z')] }, tab(SCHED_PAGE));
    expect(again).toMatchObject({ ok: true, value: { changes: {} } });
  });
});
