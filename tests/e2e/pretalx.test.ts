import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pretalxWidgetScript } from '../support/pretalx-widget';
import { readReal } from '../support/fixtures';
import { launchExtension, type Harness } from './harness';
import { byRole, countByRole } from './closed-shadow';

const SITE = 'https://pretalx.example.org/*';
const BASE = 'https://pretalx.example.org/democon/';
const NOJS = `${BASE}schedule/nojs`;
const TALK = `${BASE}talk/LNNGAM/`;
const SCHEDULE = `${BASE}schedule/`;
const SCHEDULE_NO_SCRIPT = `${BASE}schedule/v/v1.43/`;
const OTHER_SITE = 'https://talks.example.net/democon/schedule/nojs';

declare const chrome: {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

const star = (page: Page, title: string, verb = '(Star|Unstar)') => page.getByRole('button', { name: new RegExp(`^${verb}: ${title}$`) });
const controls = (page: Page) => page.locator('tm-controls');


describe('pretalx in Chromium, on a site the user chose', () => {
  let h: Harness;
  let nojs: Page;

  beforeAll(async () => {
    h = await launchExtension({ grantedSites: [SITE] });
    const fixture = (name: string) => readReal(`pretalx/${name}`);
    h.serve(NOJS, fixture('democon-schedule-nojs.html'));
    h.serve(TALK, fixture('democon-talk-LNNGAM.html'));
    h.serve(SCHEDULE, fixture('democon-schedule.html'));
    h.serve(SCHEDULE_NO_SCRIPT, fixture('democon-schedule.html').replace(/<script[^>]*widget\/v2[^>]*><\/script>/, ''));
    h.serve(`${BASE}schedule/widget/v2.json`, fixture('democon-widget-v2.json'), 'application/json');
    h.serve(`${BASE}schedule/widget/v2.en.js`, pretalxWidgetScript, 'text/javascript');
    h.serve(OTHER_SITE, fixture('democon-schedule-nojs.html'));
    nojs = await h.open(NOJS);
  });
  afterAll(async () => h?.close());

  it('registers its page script for the granted site at start-up, from the permission alone', async () => {
    const registered = () => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
    await expect.poll(registered).toEqual([SITE]);
  });

  it('puts a named star button on each of the 35 talks of the nojs schedule', async () => {
    await expect.poll(() => controls(nojs).count()).toBe(35);
    expect(await star(nojs, 'Persevering cohesive concept').getAttribute('aria-label')).toBe('Star: Persevering cohesive concept');
  });

  it('takes exact times and the zone from the event’s own data: the popup shows them', async () => {
    // The list prints no zone: times arrive with the event's data, which the background reads from the site.
    const facts = async () => {
      const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(nojs)}`);
      try {
        await expect.poll(() => popup.locator('.tm-session').count()).toBe(35);
        expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('DemoCon');
        // Time and room, then the speakers on a line of their own.
        return (await popup.locator('.tm-session[data-key="pretalx:pretalx.example.org_democon:XFUR3C"]').locator('.tm-facts, .tm-speakers').allTextContents()).join(' · ');
      } finally {
        await popup.close();
      }
    };
    await expect.poll(facts, { timeout: 30_000 }).toBe('01:50–03:20 CEST · Dark Red Room · Susan Martinez');
  });

  it('shares one star between the schedule and the talk page, both ways, without reload', async () => {
    await star(nojs, 'Up-sized optimal hardware').click();
    await expect.poll(() => star(nojs, 'Up-sized optimal hardware').getAttribute('aria-pressed')).toBe('true');
    const talk = await h.open(TALK);
    const own = star(talk, 'Up-sized optimal hardware');
    await expect.poll(() => own.getAttribute('aria-pressed')).toBe('true');
    // The talk's own star sits beside its .ical button; the speaker's other talk has one too.
    expect(await talk.locator('#talk-buttons').evaluate((b) => b.previousElementSibling?.localName)).toBe('tm-controls');
    await expect.poll(() => star(talk, 'Managed reciprocal moratorium').count()).toBe(1);
    await own.click();
    await expect.poll(() => star(nojs, 'Up-sized optimal hardware').getAttribute('aria-pressed')).toBe('false');
    await talk.close();
  });

  it('keeps a star across a reload', async () => {
    await star(nojs, 'Persevering cohesive concept').click();
    await expect.poll(() => star(nojs, 'Persevering cohesive concept').getAttribute('aria-pressed')).toBe('true');
    await nojs.reload();
    await expect.poll(() => star(nojs, 'Persevering cohesive concept').getAttribute('aria-pressed')).toBe('true');
  });

  it('on /schedule/, puts controls into the component’s open shadow root, on every card', async () => {
    const page = await h.open(SCHEDULE);
    const widget = page.locator('pretalx-schedule');
    await expect.poll(() => widget.locator('tm-controls').count()).toBe(36);
    await expect.poll(() => widget.getByRole('button', { name: 'Unstar: Persevering cohesive concept' }).count()).toBe(1);
    expect(await page.locator('tm-panel').count()).toBe(0);
    // A click on the star inside the card's link stars, and does not follow the link.
    await widget.getByRole('button', { name: 'Star: Optional bifurcated attitude' }).click();
    await expect.poll(() => star(nojs, 'Optional bifurcated attitude').getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toBe(SCHEDULE);
    await page.close();
  });

  it('where the component renders nothing readable, lists the sessions in a panel beside it, out of the page’s reach', async () => {
    const page = await h.open(SCHEDULE_NO_SCRIPT);
    const name = '☆ Talkmarks: star, rate and note the 36 sessions of DemoCon';
    // The panel waits a moment for the component before it shows.
    await expect.poll(() => countByRole(page, 'button', name)).toBe(1);
    const toggle = await byRole(page, 'button', name);
    expect(await toggle.attribute('aria-expanded')).toBe('false');
    // Its root is closed: the page's scripts see the host and nothing in it.
    expect(await page.evaluate(() => document.querySelector('tm-panel')?.shadowRoot ?? null)).toBeNull();
    await toggle.click();
    await expect.poll(() => toggle.attribute('aria-expanded')).toBe('true');
    await expect.poll(() => countByRole(page, 'button', 'Unstar: Optional bifurcated attitude')).toBe(1);
    await (await byRole(page, 'button', 'Star: Enhanced stable model')).click();
    await expect.poll(() => countByRole(page, 'button', 'Unstar: Enhanced stable model')).toBe(1);
    await page.close();
  });

  it('offers “Annotate this site” on a site it may not read, and asks the browser for that origin', async () => {
    const page = await h.open(OTHER_SITE);
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}&url=${encodeURIComponent(OTHER_SITE)}`);
    const button = popup.getByRole('button', { name: 'Annotate this site: talks.example.net' });
    await expect.poll(() => button.count()).toBe(1);
    expect(await controls(page).count()).toBe(0);
    await button.click();
    // Headless Chromium shows its permission prompt where no one can answer it: the request stays open.
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Waiting for your answer to the browser’s question about talks.example.net…');
    await popup.close();
    await page.close();
  });

  it('lists the site in the dashboard, and “Stop annotating” gives the access back and unregisters the page script', async () => {
    const dashboard = await h.extensionPage('dashboard.html#view=schedules');
    const stop = dashboard.getByRole('button', { name: 'Stop annotating pretalx.example.org' });
    await expect.poll(() => stop.count()).toBe(1);
    await stop.click();
    await expect.poll(() => dashboard.getByText('No other sites yet.').count()).toBe(1);
    expect(await h.worker.evaluate(async () => (await chrome.permissions.getAll()).origins)).toEqual(['https://*.sched.com/*']);
    await expect.poll(() => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
    await dashboard.close();
  });
});
