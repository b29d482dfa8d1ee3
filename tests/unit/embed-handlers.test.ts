import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { embedBindingAt, forgetLoadedBindings, loadEmbedBindings } from '../../lib/background/embed-bindings';
import { createEmbedHandlers, tellTabsEmbedsChanged } from '../../lib/background/embed-handlers';
import { refusals } from '../../lib/background/senders';
import type { TalkmarksDb } from '../../lib/db/database';
import { freshDb } from '../support/db';

/** The browser as the background sees it: its tabs (tab 9 has no content script) and the sites the user granted. */
const state = vi.hoisted(() => ({ tabs: [] as { id?: number; url?: string }[], granted: [] as string[], told: [] as number[], messages: [] as unknown[] }));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      query: async () => [...state.tabs],
      get: async (id: number) => state.tabs.find((t) => t.id === id) ?? Promise.reject(new Error(`No tab with id: ${id}`)),
      sendMessage: async (id: number, message: unknown) => {
        if (id === 9) throw new Error('Receiving end does not exist.');
        state.told.push(id);
        state.messages.push(message);
      },
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.includes(o)) },
  },
}));

const ID = 'talkmarks-id';
const EXT = `chrome-extension://${ID}/`;
const SITE = 'https://www.democon.example';
const popup: Runtime.MessageSender = { id: ID, url: `${EXT}popup.html` };
const bind = (tabId: number) => ({ type: 'embeds/bind', tabId, platform: 'pretalx', eventUrl: 'https://pretalx.example.org/democon/' } as const);

function setup() {
  const db = freshDb();
  // The browser's own tabs, permissions and telling: no test doubles passed in.
  return { db, handlers: createEmbedHandlers({ db: () => db, extensionOrigin: EXT }) };
}

describe('binding a site to an embedded event, with the browser’s word on tabs and permissions', () => {
  beforeEach(() => {
    forgetLoadedBindings();
    state.tabs = [{ id: 3, url: `${SITE}/programme/` }, { id: 4, url: 'https://demo2026.sched.com/' }, { id: 9, url: 'https://example.org/' }, { url: 'about:blank' }];
    state.granted = [];
    state.told = [];
    state.messages = [];
  });

  it('binds a granted site, and tells every tab with our script', async () => {
    const { handlers } = setup();
    await expect(handlers['embeds/bind'](bind(3), popup)).rejects.toThrow(refusals.siteNotGranted('www.democon.example'));
    state.granted = [`${SITE}/*`];
    await expect(handlers['embeds/bind'](bind(3), popup)).resolves.toMatchObject({ site: SITE, conference: 'pretalx:pretalx.example.org_democon' });
    expect(state.told).toEqual([3, 4]);
  });

  it('refuses a tab that is gone, and a schedule platform’s own page: sched’s tabs belong to their own event', async () => {
    const { handlers } = setup();
    state.granted = [`${SITE}/*`, 'https://demo2026.sched.com/*'];
    await expect(handlers['embeds/bind'](bind(12), popup)).rejects.toThrow(refusals.noEmbedSite);
    await expect(handlers['embeds/bind'](bind(4), popup)).rejects.toThrow(refusals.noEmbedSite);
    expect(embedBindingAt('https://demo2026.sched.com/')).toBeUndefined();
    expect(state.told).toEqual([]);
  });

  it('tells a page its site’s binding only when it asks from a tab', async () => {
    const { handlers } = setup();
    await expect(handlers['page/embed']({ type: 'page/embed' }, popup)).rejects.toThrow(refusals.notSchedulePage);
  });

  it('tells every tab once, skipping one without an id and one without our script', async () => {
    await tellTabsEmbedsChanged();
    expect(state.told).toEqual([3, 4]);
    // Only that its site's binding may have changed: each asks again with page/embed.
    expect(state.messages).toEqual([{ type: 'tab/embed-changed' }, { type: 'tab/embed-changed' }]);
  });
});

describe('the bindings in memory', () => {
  beforeEach(forgetLoadedBindings);

  it('a sender without an address, or with one that is no URL, is on no bound site', () => {
    expect(embedBindingAt(undefined)).toBeUndefined();
    expect(embedBindingAt('')).toBeUndefined();
    expect(embedBindingAt('not a url')).toBeUndefined();
  });

  it('a failed read is said and tried again on the next request, not kept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    let reads = 0;
    const broken = { tables: [{ name: 'meta' }], meta: { get: async () => { throw new Error('disk unavailable'); } } } as unknown as TalkmarksDb;
    await loadEmbedBindings(() => (++reads === 1 ? broken : db));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not read the embedded schedules’ bindings'), expect.any(Error));
    await loadEmbedBindings(() => (++reads === 1 ? broken : db));
    await loadEmbedBindings(() => (++reads === 1 ? broken : db));
    expect(reads).toBe(2);
    warn.mockRestore();
  });
});
