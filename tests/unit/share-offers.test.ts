import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newOfferId, sessionOffers, type ShareOffer } from '../../lib/background/share-offers';

/** storage.session and the windows the background opened and closed, in memory. */
const state = vi.hoisted(() => ({ session: {} as Record<string, unknown>, windows: [] as { id: number; url: string; type?: string; focused?: boolean }[], closed: [] as number[], next: 100 }));
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      session: {
        get: async (key: string) => (key in state.session ? { [key]: structuredClone(state.session[key]) } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.session, structuredClone(items)),
      },
    },
    runtime: { getURL: (path: string) => `chrome-extension://talkmarks-id${path}` },
    windows: {
      create: async ({ url, type, focused }: { url: string; type: string; focused: boolean }) => {
        const made = { id: state.next++, url, type, focused };
        state.windows.push(made);
        return made;
      },
      remove: async (id: number) => {
        // The user may have closed it already: the browser then rejects.
        if (!state.windows.some((w) => w.id === id)) throw new Error(`No window with id: ${id}.`);
        state.windows = state.windows.filter((w) => w.id !== id);
        state.closed.push(id);
      },
    },
  },
}));

const MINUTE = 60_000;
const offer = (id: string, at: number): ShareOffer => ({ id, conference: 'sched:demo2026', link: { token: `t-${id}` }, at });

describe('share links waiting for the user’s answer', () => {
  beforeEach(() => {
    state.session = {};
    state.windows = [];
    state.closed = [];
    state.next = 100;
  });

  it('keeps an offer until it is answered, and asks in one window showing it', async () => {
    await sessionOffers.open(offer('a', 0));
    expect(await sessionOffers.get('a')).toEqual(offer('a', 0));
    // A window of its own, in front: not a tab a page could sit beside.
    expect(state.windows).toEqual([{ id: 100, url: 'chrome-extension://talkmarks-id/receive.html?offer=a', type: 'popup', focused: true }]);
    await sessionOffers.remove('a');
    expect(await sessionOffers.get('a')).toBeUndefined();
  });

  it('a page opening link after link gets one window, the newest; a window the user closed is no error', async () => {
    await sessionOffers.open(offer('a', 0));
    await sessionOffers.open(offer('b', 1));
    expect(state.closed).toEqual([100]);
    expect(state.windows.map((w) => w.url)).toEqual(['chrome-extension://talkmarks-id/receive.html?offer=b']);
    state.windows = [];
    await expect(sessionOffers.open(offer('c', 2))).resolves.toBeUndefined();
    expect(state.windows.map((w) => w.url)).toEqual(['chrome-extension://talkmarks-id/receive.html?offer=c']);
  });

  it('keeps the newest three: a page opening links in any order cannot push a newer one out', async () => {
    for (const [id, at] of [['old', 0], ['a', 10 * MINUTE], ['b', 30 * MINUTE], ['c', 20 * MINUTE]] as const) await sessionOffers.open(offer(id, at));
    expect(await sessionOffers.get('old')).toBeUndefined();
    expect(await Promise.all(['a', 'b', 'c'].map((id) => sessionOffers.get(id)))).toEqual([offer('a', 10 * MINUTE), offer('b', 30 * MINUTE), offer('c', 20 * MINUTE)]);
  });

  it('keeps an unanswered offer for an hour, not to the millisecond longer', async () => {
    await sessionOffers.open(offer('x', 0));
    await sessionOffers.open(offer('y', 60 * MINUTE - 1));
    expect(await sessionOffers.get('x')).toBeDefined();
    await sessionOffers.open(offer('z', 60 * MINUTE));
    expect(await sessionOffers.get('x')).toBeUndefined();
    expect(await sessionOffers.get('y')).toBeDefined();
  });

  it('names each offer with a fresh, unguessable id fit for an address', () => {
    const ids = new Set(Array.from({ length: 50 }, newOfferId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
