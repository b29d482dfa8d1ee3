import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/background/router';
import { forgetLoadedBindings, loadEmbedBindings } from '../../lib/background/embed-bindings';
import { entry, freshDb } from '../support/db';
import { readReal } from '../support/fixtures';

const ID = 'talkmarks-id';
const EXT = `chrome-extension://${ID}/`;
const SITE = 'https://www.democon.example';
const PAGE = `${SITE}/2022/programme/`;
const EVENT = 'https://pretalx.example.org/democon/';
const CONF = 'pretalx:pretalx.example.org_democon';
const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 3, url } as Runtime.MessageSender['tab'] });
const extensionPage: Runtime.MessageSender = { id: ID, url: `${EXT}popup.html` };

function setup(granted = true) {
  const db = freshDb();
  const fetched: string[] = [];
  let told = 0;
  const route = createRouter(
    createHandlers({
      db: () => db,
      extensionOrigin: EXT,
      push: async () => undefined,
      fetchText: async (address) => {
        fetched.push(address);
        return readReal(address.includes('sessionize') ? 'sessionize/global-azure-austria-2024-all.json' : 'pretalx/democon-widget-v2.json');
      },
      // Tab 3 shows the conference site; the user granted it (or not).
      embeds: { tabUrl: async (id) => (id === 3 ? PAGE : undefined), granted: async () => granted, tellTabs: async () => void told++ },
    }),
    ID,
    undefined,
    () => loadEmbedBindings(() => db),
  );
  return { db, route, fetched, told: () => told };
}

const bindDemocon = { type: 'embeds/bind', tabId: 3, platform: 'pretalx', eventUrl: EVENT } as const;
const starFromSite = { type: 'annotation/patch', key: `${CONF}:XFUR3C`, patch: { starred: true }, entry: entry('XFUR3C', CONF) } as const;

describe('binding a site to the event it embeds', () => {
  beforeEach(forgetLoadedBindings);

  it('before the user binds it, a conference site’s page may touch no event, whatever it claims', async () => {
    const { route } = setup();
    expect(await route({ type: 'page/embed' }, tab(PAGE))).toEqual({ ok: true, value: null });
    expect(await route(starFromSite, tab(PAGE))).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
  });

  it('only Talkmarks’ own pages bind, only on a granted site, and the event’s id comes from its address', async () => {
    const { route, told } = setup();
    expect(await route(bindDemocon, tab(PAGE))).toMatchObject({ ok: false, error: 'Refused: only Talkmarks pages may do this' });
    const bound = await route(bindDemocon, extensionPage);
    expect(bound).toMatchObject({ ok: true, value: { site: SITE, conference: CONF, eventUrl: EVENT, page: PAGE, label: 'pretalx.example.org/democon' } });
    expect(told()).toBe(1);
    expect(await route({ type: 'page/embed' }, tab(`${SITE}/other/page`))).toMatchObject({ ok: true, value: { conference: CONF } });
    // Not granted: nothing is bound.
    forgetLoadedBindings();
    const refused = await setup(false).route(bindDemocon, extensionPage);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('may not read www.democon.example') });
  });

  it('once bound, the site’s pages write that event only, with its own keys, and read its data from the event', async () => {
    const { db, route, fetched } = setup();
    await route(bindDemocon, extensionPage);
    expect(await route(starFromSite, tab(PAGE))).toMatchObject({ ok: true });
    expect((await db.annotations.get(`${CONF}:XFUR3C`))!.starred).toBe(true);
    const other = await route({ type: 'annotation/patch', key: 'pretalx:pretalx.example.org_othercon:AAAA', patch: { starred: true } }, tab(PAGE));
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    const data = await route({ type: 'page/event-sessions' }, tab(PAGE));
    expect(fetched).toEqual([`${EVENT}schedule/widget/v2.json`]);
    expect(data).toMatchObject({ ok: true, value: { timeZone: 'Europe/Berlin' } });
    // Another site stays unbound.
    expect(await route(starFromSite, tab('https://evil.example/2022/programme/'))).toMatchObject({ ok: false });
  });

  it('refuses an address that is no embedded event, or the site’s own', async () => {
    const { route } = setup();
    for (const eventUrl of ['https://pretalx.example.org/', `${SITE}/democon/`]) {
      expect(await route({ ...bindDemocon, eventUrl }, extensionPage), eventUrl).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
    }
    expect(await route({ ...bindDemocon, tabId: 9 }, extensionPage)).toMatchObject({ ok: false });
  });

  it('Sessionize: bound by its embed address, keyed as view/All keys it; unbinding leaves the site with no event', async () => {
    const { route, fetched } = setup();
    const bound = await route({ type: 'embeds/bind', tabId: 3, platform: 'sessionize', eventUrl: 'https://sessionize.com/api/v2/jl4ktls0/view/GridSmart' }, extensionPage);
    expect(bound).toMatchObject({ ok: true, value: { conference: 'sessionize:jl4ktls0', eventUrl: 'https://sessionize.com/api/v2/jl4ktls0/view/All' } });
    const data = (await route({ type: 'page/event-sessions' }, tab(PAGE))) as { ok: true; value: { entries: { key: string }[] } };
    expect(fetched).toEqual(['https://sessionize.com/api/v2/jl4ktls0/view/All']);
    expect(data.value.entries[0]!.key).toBe('sessionize:jl4ktls0:658419');
    expect(await route({ type: 'embeds/unbind', site: SITE }, tab(PAGE))).toMatchObject({ ok: false });
    expect(await route({ type: 'embeds/unbind', site: SITE }, extensionPage)).toMatchObject({ ok: true });
    expect(await route({ type: 'page/embed' }, tab(PAGE))).toEqual({ ok: true, value: null });
  });

  it('a new worker reads the bindings back before it answers the first request', async () => {
    const { db, route } = setup();
    await route(bindDemocon, extensionPage);
    forgetLoadedBindings();
    const fresh = createRouter(
      createHandlers({ db: () => db, extensionOrigin: EXT, push: async () => undefined, fetchText: async () => '' }),
      ID,
      undefined,
      () => loadEmbedBindings(() => db),
    );
    expect(await fresh(starFromSite, tab(PAGE))).toMatchObject({ ok: true });
  });
});
