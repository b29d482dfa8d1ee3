import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The installed listeners and the tabs Talkmarks opened, in memory. */
const state = vi.hoisted(() => ({
  listeners: new Set<(details: { reason: string }) => void>(),
  opened: [] as string[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getURL: (path: string) => `chrome-extension://talkmarks${path}`,
      onInstalled: {
        addListener: (l: (details: { reason: string }) => void) => void state.listeners.add(l),
        removeListener: (l: (details: { reason: string }) => void) => void state.listeners.delete(l),
      },
    },
    tabs: { create: async ({ url }: { url: string }) => void state.opened.push(url) },
  },
}));

const { openWelcomeOnInstall } = await import('../../lib/background/first-run');
const fire = async (reason: string) => {
  for (const listener of state.listeners) listener({ reason });
  await Promise.resolve();
};

describe('the first-run page', () => {
  beforeEach(() => {
    state.listeners.clear();
    state.opened = [];
  });

  it('opens the Getting started view once Talkmarks is installed', async () => {
    openWelcomeOnInstall(new AbortController().signal);
    await fire('install');
    expect(state.opened).toEqual(['chrome-extension://talkmarks/dashboard.html#view=welcome']);
  });

  it('never opens on an update, a browser update or a shared module update', async () => {
    openWelcomeOnInstall(new AbortController().signal);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) await fire(reason);
    expect(state.opened).toEqual([]);
  });

  it('stops listening once its signal aborts', async () => {
    const stop = new AbortController();
    openWelcomeOnInstall(stop.signal);
    stop.abort();
    await fire('install');
    expect(state.opened).toEqual([]);
  });
});
