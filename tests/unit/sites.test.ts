import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The browser APIs lib/sites.ts uses, in memory: what the extension asked for, and what it registered or injected. */
const state = vi.hoisted(() => ({
  origins: [] as string[],
  scripts: [] as { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }[],
  tabs: [] as { id: number; url: string }[],
  injected: [] as number[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ host_permissions: ['https://*.sched.com/*'] }) },
    permissions: {
      getAll: async () => ({ origins: [...state.origins] }),
      remove: async ({ origins }: { origins: string[] }) => {
        state.origins = state.origins.filter((o) => !origins.includes(o));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...state.scripts],
      registerContentScripts: async (scripts: typeof state.scripts) => void state.scripts.push(...scripts),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (state.scripts = state.scripts.filter((s) => !ids.includes(s.id))),
      executeScript: async ({ target }: { target: { tabId: number } }) => void state.injected.push(target.tabId),
    },
    tabs: {
      // Chrome's match patterns, so a sched pattern that slipped into the query would find the sched tab.
      query: async ({ url }: { url: string[] }) => state.tabs.filter((t) => url.some((p) => matchesPattern(p, new URL(t.url)))),
    },
  },
}));

/** `<scheme>://<host>/<path>` as the browser reads it: `*` scheme is http(s), `*.` host also the domain itself. */
function matchesPattern(pattern: string, url: URL): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern)!;
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`;
  const bare = host!.replace(/^\*\./, '');
  const hostOk = host === '*' || url.hostname === bare || (host!.startsWith('*.') && url.hostname.endsWith(`.${bare}`));
  const pathOk = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url.pathname);
  return schemeOk && hostOk && pathOk;
}

const { forgetSyncSettings, saveSyncSettings } = await import('../../lib/db/sync');
const { getDb } = await import('../../lib/db/database');
const { forgetSite, injectIntoOpenTabs, siteName, sitePattern, syncSites } = await import('../../lib/background/site-scripts');

beforeEach(() => {
  state.origins = ['https://*.sched.com/*'];
  state.scripts = [];
  state.tabs = [];
  state.injected = [];
});

describe('sites the user chose', () => {
  it('asks for one origin, any path, and only for web pages', () => {
    expect(sitePattern('https://pretalx.example.org/democon/talk/ABC123/?x=1')).toBe('https://pretalx.example.org/*');
    expect(sitePattern('http://localhost:8000/ev/schedule/')).toBe('http://localhost/*');
    expect(sitePattern('chrome://extensions')).toBeUndefined();
    expect(sitePattern('not a url')).toBeUndefined();
    expect(siteName('https://pretalx.example.org/*')).toBe('pretalx.example.org');
  });

  it('registers the site script, persistently, for every granted site but the built-in ones', async () => {
    state.origins.push('https://pretalx.example.org/*');
    expect(await syncSites()).toEqual(['https://pretalx.example.org/*']);
    expect(state.scripts).toEqual([
      { id: 'tm-site https://pretalx.example.org/*', matches: ['https://pretalx.example.org/*'], js: ['content-scripts/sites.js'], runAt: 'document_end', persistAcrossSessions: true },
    ]);
    await syncSites();
    expect(state.scripts).toHaveLength(1);
  });

  it('lists granted sites in order, leaving out the sync server, which is granted for syncing and not annotated', async () => {
    state.origins.push('https://z.example/*', 'https://dav.example.org/*', 'https://a.example/*');
    await saveSyncSettings(getDb(), { url: 'https://dav.example.org/remote.php/dav/files/ana/', folder: 'talkmarks', user: 'ana', password: 'pw' });
    try {
      expect(await syncSites()).toEqual(['https://a.example/*', 'https://z.example/*']);
    } finally {
      await forgetSyncSettings(getDb());
    }
  });

  it('leaves content scripts it did not register alone', async () => {
    const theirs = { id: 'other-script', matches: ['https://x.example/*'] };
    state.scripts = [theirs];
    await syncSites();
    expect(state.scripts).toEqual([theirs]);
  });

  it('unregisters where the grant is gone, whoever took it back', async () => {
    state.origins.push('https://a.example/*', 'https://b.example/*');
    await syncSites();
    state.origins = state.origins.filter((o) => o !== 'https://a.example/*');
    await syncSites();
    expect(state.scripts.map((s) => s.matches)).toEqual([['https://b.example/*']]);
    await forgetSite('https://b.example/*');
    expect(state.scripts).toEqual([]);
    expect(state.origins).toEqual(['https://*.sched.com/*']);
  });

  it('starts the script in tabs already open on a newly granted site, and nowhere else', async () => {
    state.tabs = [
      { id: 1, url: 'https://pretalx.example.org/democon/schedule/nojs' },
      { id: 2, url: 'https://elsewhere.example/' },
      { id: 3, url: 'https://demo.sched.com/' },
    ];
    await injectIntoOpenTabs(['https://pretalx.example.org/*', 'https://*.sched.com/*']);
    expect(state.injected).toEqual([1]);
  });
});
