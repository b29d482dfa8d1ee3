import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { boundConference, onSenderOrigin } from '../../lib/background/bind-sender';
import { bind, forgetLoadedBindings } from '../../lib/background/embed-bindings';
import type { EmbedBinding } from '../../lib/model/embed';
import type { Conference } from '../../lib/model/schema';
import { entry, freshDb } from '../support/db';

const ID = 'talkmarks-id';
const SITE = 'https://www.democon.example';
const tab = (url: string): Runtime.MessageSender => ({ id: ID, url, tab: { id: 3, url } as Runtime.MessageSender['tab'] });
/** What a page claims: only the name and the zone (shown, never followed) are taken from it. */
const claimed: Conference = { id: 'sched:other2026', platform: 'sched', event: 'other2026', name: 'Shown name', url: 'https://evil.example/', timeZone: 'Europe/Vienna' };
const { timeZone: _zone, ...noZone } = claimed;

const pretalx: EmbedBinding = {
  site: SITE, conference: 'pretalx:pretalx.example.org_democon', platform: 'pretalx', eventUrl: 'https://pretalx.example.org/democon/',
  label: 'democon', page: `${SITE}/programme/`, at: 1,
};
const sessionize: EmbedBinding = {
  site: SITE, conference: 'sessionize:jl4ktls0', platform: 'sessionize', eventUrl: 'https://sessionize.com/api/v2/jl4ktls0/view/All',
  label: 'jl4ktls0', page: `${SITE}/agenda/`, at: 1,
};

describe('a page’s conference comes from where the browser says the page is', () => {
  beforeEach(forgetLoadedBindings);

  it('on a schedule’s own site: id, platform, event and address from the URL; name and zone from the page', () => {
    expect(boundConference(claimed, tab('https://demo2026.sched.com/list/simple'))).toEqual({
      id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Shown name', url: 'https://demo2026.sched.com/', timeZone: 'Europe/Vienna',
    });
    expect(boundConference(noZone, tab('https://demo2026.sched.com/'))).not.toHaveProperty('timeZone');
  });

  it('on a site bound to a pretalx event: that event, whose home is the event’s address', async () => {
    await bind(freshDb(), pretalx);
    expect(boundConference(claimed, tab(`${SITE}/programme/day-1`))).toEqual({
      id: pretalx.conference, platform: 'pretalx', event: 'pretalx.example.org_democon', name: 'Shown name', url: pretalx.eventUrl, timeZone: 'Europe/Vienna',
    });
    expect(boundConference(noZone, tab(`${SITE}/programme/`))).not.toHaveProperty('timeZone');
  });

  it('on a site bound to a Sessionize event: that event, whose home is the page the user confirmed', async () => {
    await bind(freshDb(), sessionize);
    expect(boundConference(noZone, tab(`${SITE}/agenda/?day=2`))).toEqual({
      id: 'sessionize:jl4ktls0', platform: 'sessionize', event: 'jl4ktls0', name: 'Shown name', url: `${SITE}/agenda/`,
    });
  });
});

describe('a page vouches only for addresses on its own site', () => {
  beforeEach(forgetLoadedBindings);
  const talk = (url: string) => entry('t1', pretalx.conference, { url });

  it('a site bound to a pretalx event vouches for the event’s talk pages, not its own', async () => {
    await bind(freshDb(), pretalx);
    const onEvent = talk('https://pretalx.example.org/democon/talk/T1/');
    expect(onSenderOrigin([onEvent], tab(`${SITE}/programme/`))).toEqual({ entries: [onEvent], offSite: 0 });
    expect(onSenderOrigin([talk(`${SITE}/talk/T1`)], tab(`${SITE}/programme/`)).offSite).toBe(1);
  });

  it('a site bound to a Sessionize event vouches for its own pages (Sessionize has no talk pages)', async () => {
    await bind(freshDb(), sessionize);
    const own = talk(`${SITE}/agenda/#t1`);
    expect(onSenderOrigin([own], tab(`${SITE}/agenda/`))).toEqual({ entries: [own], offSite: 0 });
    expect(onSenderOrigin([talk('https://sessionize.com/x')], tab(`${SITE}/agenda/`)).offSite).toBe(1);
  });
});
