import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bind, forgetLoadedBindings } from '../../lib/background/embed-bindings';
import { conferenceAt, tabsShowing } from '../../lib/background/tabs-showing';
import { freshDb } from '../support/db';

/** The open tabs as `browser.tabs.query({})` reports them: a tab may have no id (devtools) or no URL (no permission). */
const state = vi.hoisted(() => ({ tabs: [] as { id?: number; url?: string }[] }));
vi.mock('wxt/browser', () => ({ browser: { tabs: { query: async () => [...state.tabs] } } }));

const SITE = 'https://www.democon.example';
const CONF = 'pretalx:pretalx.example.org_democon';

async function bindDemocon() {
  await bind(freshDb(), {
    site: SITE, conference: CONF, platform: 'pretalx', eventUrl: 'https://pretalx.example.org/democon/', label: 'democon', page: `${SITE}/programme/`, at: 1,
  });
}

describe('which conference a tab shows, as the background trusts it', () => {
  beforeEach(() => {
    forgetLoadedBindings();
    state.tabs = [];
  });

  it('reads it from the address alone; no address, a broken one or a site of no schedule shows none', () => {
    expect(conferenceAt('https://demo2026.sched.com/list/simple')).toBe('sched:demo2026');
    expect(conferenceAt(undefined)).toBeUndefined();
    expect(conferenceAt('')).toBeUndefined();
    expect(conferenceAt('not a url')).toBeUndefined();
    expect(conferenceAt('https://example.org/')).toBeUndefined();
  });

  it('on a site the user bound to an embedded event, that event', async () => {
    expect(conferenceAt(`${SITE}/programme/`)).toBeUndefined();
    await bindDemocon();
    expect(conferenceAt(`${SITE}/programme/`)).toBe(CONF);
  });

  it('tells only the tabs of the conferences asked for, each with its conference', async () => {
    await bindDemocon();
    state.tabs = [
      { id: 1, url: 'https://demo2026.sched.com/' },
      { id: 2, url: 'https://other2026.sched.com/' },
      { id: 3, url: `${SITE}/programme/` },
      { url: 'https://demo2026.sched.com/' },
      { id: 5 },
      { id: 6, url: 'https://example.org/' },
      { id: 0, url: 'https://demo2026.sched.com/event/x' },
    ];
    expect(await tabsShowing('sched:demo2026')).toEqual([{ id: 1, conference: 'sched:demo2026' }, { id: 0, conference: 'sched:demo2026' }]);
    expect(await tabsShowing(new Set([CONF, 'sched:other2026']))).toEqual([{ id: 2, conference: 'sched:other2026' }, { id: 3, conference: CONF }]);
    expect(await tabsShowing(new Set())).toEqual([]);
  });
});
