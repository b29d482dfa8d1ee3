import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import { schedListPage, type PageSession } from '../support/sched-page';
import { firefoxExtensionDir, button, launchFirefox, type FirefoxHarness } from './firefox-harness';

/**
 * Firefox has no clock to install over BiDi, so the schedule is built around the real time of the run: one talk on
 * now, one later today, one tomorrow. The panel's "on now" is then what a user at the event would see.
 */
const minute = 60_000;
const base = Math.floor(Date.now() / minute) * minute;
const iso = (offset: number) => new Date(base + offset * minute).toISOString();
const NOW_TALK = 'Service Mesh Live';
const LATER_TALK = 'Platform Engineering Panel';
const sessions: PageSession[] = [
  { shortId: 'f1Ff', longId: 'f'.repeat(32), title: NOW_TALK, start: iso(-10), end: iso(50), room: 'Hall 7' },
  { shortId: 'g2Gg', longId: 'e'.repeat(32), title: LATER_TALK, start: iso(90), end: iso(120), room: 'Auditorium' },
  { shortId: 'h3Hh', longId: 'd'.repeat(32), title: 'Tomorrow’s Keynote', start: iso(24 * 60), end: iso(24 * 60 + 30), room: 'Hall 1' },
];
const NAME = 'SidebarConf 2026';
const LIST = 'https://sidebarconf2026.sched.com/';
const SESSION = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';
const KEYNOTE = 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme';
const NOTE = 'mTLS everywhere, sidecars optional.';

/** Firefox's own `browser` inside an extension page. */
declare const browser: {
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  extension: { getViews(filter: { type: string }): Window[] };
};

/** The in-page star of a session: whether the page shows it starred. */
const pressed = (page: Page, title: string) =>
  page.evaluate((t) => document.querySelector(`tm-controls > button[aria-label$=": ${CSS.escape(t)}"]`)?.getAttribute('aria-pressed') ?? null, title);
/** The panel's first section heading: why it shows what it shows. */
const heading = (panel: Page) => panel.evaluate(() => document.querySelector('main > section h2')?.textContent ?? '');
const rowTitles = (panel: Page) => panel.evaluate(() => [...document.querySelectorAll('main > section .tm-title > a')].map((a) => a.textContent));

/**
 * The side panel in Firefox, where it is a sidebar (`sidebar_action`). Automation cannot type into a sidebar's
 * document, so the editing is done on the panel's page opened by its moz-extension: URL, pinned to a routed schedule
 * tab with `?tabId=N` as tests/e2e/sidepanel.test.ts does in Chromium; the real sidebar is then opened and read.
 */
describe('the side panel in Firefox ESR', () => {
  let ff: FirefoxHarness;
  let list: Page;
  let listTab: number;

  beforeAll(async () => {
    ff = await launchFirefox();
    ff.serve(LIST, schedListPage(sessions, { name: NAME, timeZone: 'Europe/Amsterdam', view: 'default' }));
    ff.serve(SESSION, readFixture('sched/session.html'));
    list = await ff.open(LIST);
    await list.waitForFunction(() => document.querySelectorAll('tm-controls').length === 3, { timeout: 20_000 });
    listTab = await ff.tabIdOf(LIST);
    // Starting Firefox and installing the add-on takes well over a minute on a loaded 2-core machine.
  }, 180_000);
  afterAll(async () => ff?.close());

  it('is declared as Firefox’s sidebar, on the side panel page, with its own shortcut', () => {
    const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(existsSync(join(firefoxExtensionDir, 'sidepanel.html'))).toBe(true);
    expect(manifest.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+N');
    // Chrome's side panel keys have no place in Firefox's manifest.
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
  });

  it('shows the tab’s schedule; a star set in the panel shows on the page, and the talk on now takes the panel with its editor', async () => {
    const panel = await ff.extensionPage(`sidepanel.html?tabId=${listTab}`);
    await expect.poll(() => heading(panel)).toBe(NAME);
    expect(await rowTitles(panel)).toEqual([NOW_TALK, LATER_TALK, 'Tomorrow’s Keynote']);

    await (await button(panel, `Star: ${NOW_TALK}`)).click();
    await expect.poll(() => pressed(list, NOW_TALK)).toBe('true');
    // Starred, the talk running now is the plan's: the panel offers it, its note editor open.
    await expect.poll(() => heading(panel)).toBe('On now in your plan');
    expect(await rowTitles(panel)).toEqual([NOW_TALK]);

    const note = await panel.waitForSelector(`textarea[aria-label="Notes on ${NOW_TALK}"]`, { timeout: 20_000 });
    await note!.type(NOTE);
    await expect.poll(() => panel.evaluate(() => document.querySelector('main > section .tm-status')?.textContent)).toBe('Saved');
    await panel.close();

    const dashboard = await ff.extensionPage('dashboard.html#q=mesh');
    await (await button(dashboard, `Edit notes for ${NOW_TALK}`)).click();
    await expect
      .poll(() => dashboard.evaluate((t) => document.querySelector<HTMLTextAreaElement>(`textarea[aria-label="Notes on ${t}"]`)?.value, NOW_TALK))
      .toBe(NOTE);
    await dashboard.close();
  });

  it('a session page gives that session, with its editor open', async () => {
    const page = await ff.open(SESSION);
    await page.waitForSelector('tm-editor', { timeout: 20_000 });
    const panel = await ff.extensionPage(`sidepanel.html?tabId=${await ff.tabIdOf(SESSION)}`);
    await expect.poll(() => heading(panel)).toBe('The session of this tab');
    await panel.waitForSelector(`textarea[aria-label="Notes on ${KEYNOTE}"]`, { timeout: 20_000 });
    await panel.close();
    await page.close();
  });

  it('opens as the sidebar from the popup’s Open side panel, and there follows the active tab', async () => {
    const isOpen = () => ff.home.evaluate(() => browser.sidebarAction.isOpen({}));
    // Firefox opens a new add-on's sidebar once, on install (`open_at_install` is true unless the manifest says no).
    expect(await isOpen()).toBe(true);
    // Closing it, like opening it, must answer a user's click: a button of the test's own, clicked as a user would.
    await ff.home.evaluate(() => {
      const close = document.createElement('button');
      close.id = 'tm-test-close-sidebar';
      close.textContent = 'Close the sidebar';
      close.addEventListener('click', () => void browser.sidebarAction.close());
      document.body.append(close);
    });
    await ff.home.bringToFront();
    await (await ff.home.$('#tm-test-close-sidebar'))!.click();
    await expect.poll(isOpen).toBe(false);
    const popup = await ff.extensionPage(`popup.html?tabId=${listTab}`);
    await (await button(popup, 'Open side panel')).click();
    await expect.poll(isOpen).toBe(true);
    // Automation cannot address the sidebar's document, but the extension's own pages can reach it.
    const sidebar = () =>
      ff.home.evaluate(() => browser.extension.getViews({ type: 'sidebar' })[0]?.document.querySelector('main > section h2')?.textContent ?? '');
    await list.bringToFront();
    await expect.poll(sidebar).toBe('On now in your plan');
    const page = await ff.open(SESSION);
    await page.bringToFront();
    await expect.poll(sidebar).toBe('The session of this tab');
    await list.bringToFront();
    await expect.poll(sidebar).toBe('On now in your plan');
    await page.close();
  });
});
