import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { zonedToInstant } from '../../lib/util/time';
import { extensionDir, launchExtension, type Harness } from './harness';
import { PLAN_URL, ZONE, keyOf, planPage, seedPlan } from './plan-data';
import { countByRole, shadowText } from './closed-shadow';

declare const chrome: {
  runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> };
  storage: { session: { get(key: string): Promise<object>; set(items: object): Promise<void> } };
  tabs: { sendMessage(tabId: number, message: object): Promise<unknown> };
};

const star = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^(Star|Unstar): ${title}$`) });
/** The badge's accessible name is in a closed shadow root: read from the accessibility tree. */
const badged = (page: Page, label: string) => countByRole(page, 'image', `Your notes on ${label}`);
/** What has focus, through shadow roots: the tag and accessible label of the innermost element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.localName, label: el?.getAttribute('aria-label') ?? el?.textContent?.trim(), outline: el ? getComputedStyle(el).outlineStyle : '' };
  });

describe('keyboard only', () => {
  let h: Harness;
  let schedule: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(PLAN_URL, planPage());
    schedule = await h.open(PLAN_URL);
    await schedule.locator('tm-controls').nth(7).waitFor({ state: 'attached' });
  });
  afterAll(async () => h?.close());

  it('on the schedule page: Tab reaches a star, then s stars, 1–5 rate and 0 clears, with visible focus', async () => {
    await schedule.bringToFront();
    await schedule.keyboard.press('Tab');
    expect(await focused(schedule)).toEqual({ tag: 'button', label: 'Star: Opening Keynote', outline: 'solid' });
    await schedule.keyboard.press('s');
    await expect.poll(() => star(schedule, 'Opening Keynote').getAttribute('aria-pressed')).toBe('true');
    await schedule.keyboard.press('4');
    await expect.poll(() => badged(schedule, 'Opening Keynote: rated 4 of 5'), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => shadowText(schedule, 'tm-announcer'), { timeout: 10_000 }).toBe('Rated 4 of 5: Opening Keynote');
    // Focus on the session's own title link counts too.
    await schedule.keyboard.press('Tab');
    expect((await focused(schedule)).tag).toBe('a');
    await schedule.keyboard.press('0');
    await expect.poll(() => badged(schedule, 'Opening Keynote: rated 4 of 5'), { timeout: 10_000 }).toBe(0);
    await schedule.keyboard.press('s');
    await expect.poll(() => star(schedule, 'Opening Keynote').getAttribute('aria-pressed')).toBe('false');
  });

  it('never acts on keys typed into a field of the page', async () => {
    await schedule.evaluate(() => {
      const input = document.createElement('input');
      input.placeholder = 'Search the schedule';
      document.querySelector('.event')!.append(input);
      input.focus();
    });
    await schedule.keyboard.type('s5n');
    // Settled: the content script answers a message only after the key events queued before it.
    const tabId = await h.tabIdOf(schedule);
    expect(await h.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'tab/entries' }), tabId)).toMatchObject({ entries: expect.any(Array) });
    expect(await schedule.getByPlaceholder('Search the schedule').inputValue()).toBe('s5n');
    expect((await h.worker.evaluate(() => chrome.runtime.getContexts({}))).filter((c) => c.contextType === 'POPUP' || c.documentUrl?.includes('note='))).toEqual([]);
    expect(await star(schedule, 'Opening Keynote').getAttribute('aria-pressed')).toBe('false');
    expect(await badged(schedule, 'Opening Keynote: rated 4 of 5')).toBe(0);
  });

  it('n opens the popup on that session’s note', async () => {
    await star(schedule, 'GitOps at Scale').focus();
    await schedule.keyboard.press('n');
    // The toolbar popup where the browser lets us open it, else a popup window on the note.
    const opened = async () =>
      (await h.worker.evaluate(() => chrome.runtime.getContexts({}))).some(
        (c) => c.contextType === 'POPUP' || !!c.documentUrl?.includes(`note=${encodeURIComponent('sched:planconf2026:p02')}`),
      );
    await expect.poll(opened, { timeout: 10_000 }).toBe(true);
    // The popup took the request for the note.
    await expect.poll(() => h.worker.evaluate(() => chrome.storage.session.get('noteRequest')), { timeout: 10_000 }).toEqual({});
  });

  it('in the popup: the note asked for by n has the cursor; s, digits and / work from the rows', async () => {
    const tabId = await h.tabIdOf(schedule);
    await h.worker.evaluate((request) => chrome.storage.session.set({ noteRequest: { ...request, at: Date.now() } }), { tabId, key: keyOf('p02') });
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    const textarea = popup.getByRole('textbox', { name: 'Notes on GitOps at Scale' });
    await expect.poll(() => textarea.evaluate((t) => t === document.activeElement)).toBe(true);
    await popup.keyboard.type('s is for staging');
    await expect.poll(() => popup.locator('.tm-note').getByRole('status').first().textContent()).toBe('Saved');
    expect(await star(popup, 'GitOps at Scale').getAttribute('aria-pressed')).toBe('false');
    await star(popup, 'GitOps at Scale').focus();
    await popup.keyboard.press('s');
    await popup.keyboard.press('5');
    await expect.poll(() => star(popup, 'GitOps at Scale').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => popup.locator(`[data-key="${keyOf('p02')}"] .tm-summary`).textContent()).toBe('5★ ✎');
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Filter sessions');
    await popup.keyboard.type('kernel');
    await expect.poll(() => popup.locator('.tm-session').count()).toBe(1);
    await popup.close();
  });

  it('in the dashboard: search, select, star and choose in a clash without a mouse', async () => {
    const dashboard = await h.extensionPage('dashboard.html');
    await seedPlan(dashboard);
    await dashboard.keyboard.press('/');
    await dashboard.keyboard.type('webassembly');
    await dashboard.locator('.tm-results .tm-session').first().waitFor();
    // Search box → Filters (folded) → Sort → first result's checkbox; the bulk bar comes with a ticked result.
    const reach = async (label: string) => {
      for (let i = 0; i < 40 && (await focused(dashboard)).label !== label; i++) await dashboard.keyboard.press('Tab');
      expect((await focused(dashboard)).label).toBe(label);
    };
    await reach('Select WebAssembly Everywhere');
    await dashboard.keyboard.press('Space');
    await reach('Star: WebAssembly Everywhere');
    expect((await focused(dashboard)).outline).toBe('solid');
    await dashboard.keyboard.press('s');
    await expect.poll(() => star(dashboard, 'WebAssembly Everywhere').getAttribute('aria-pressed')).toBe('true');
    await dashboard.keyboard.press('n');
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Notes on WebAssembly Everywhere');
    await dashboard.keyboard.type('5 stars? no: typed');
    // Settled: the note saves itself; a rating the 5 had set would have been stored before it.
    const noted = async () => ((await h.readStore('annotations')) as { note: string; rating: number | null }[]).find((a) => a.note === '5 stars? no: typed');
    await expect.poll(noted).toMatchObject({ rating: null });
    // The row's summary shows the note and nothing else: no 5★.
    await expect.poll(() => dashboard.locator('.tm-results .tm-summary').allTextContents()).toEqual(['✎']);

    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=plan`);
    await dashboard.locator('.tm-clash').first().waitFor();
    await dashboard.keyboard.press('Tab');
    await reach('Choose GitOps at Scale');
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => dashboard.getByRole('group', { name: 'Clash 10:00–10:45 CET: 2 at once' }).count()).toBe(0);
    await dashboard.close();
  });

  it('shows now and next in the popup header, at a fixed time during the event', async () => {
    const popup = await h.context.newPage();
    await popup.clock.setFixedTime(new Date(zonedToInstant('2026-03-24', '10:20', ZONE)!));
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await h.tabIdOf(schedule)}`);
    const header = popup.getByRole('region', { name: 'Now and next' });
    await expect.poll(() => header.textContent()).toBe('Now10:00–10:40 CET GitOps at Scale · Hall 12Next, in 1 h 10 min11:30–12:00 CET eBPF for Humans · Forum');
    await popup.close();
  });

  it('declares a browser command that opens the popup', async () => {
    const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.commands._execute_action).toEqual({ suggested_key: { default: 'Alt+Shift+T', mac: 'Alt+Shift+T' }, description: 'Open Talkmarks' });
  });
});
