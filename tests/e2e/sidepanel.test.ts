import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { zonedToInstant } from '../../lib/util/time';
import { readFixture } from '../support/dom';
import { extensionDir, launchExtension, type Harness } from './harness';
import { CONF, PLAN_URL, ZONE, keyOf, planPage, seedPlan } from './plan-data';

const SESSION = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';
const KEYNOTE = 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme';
const WAIT = { timeout: 10_000 };
const at = (time: string) => new Date(zonedToInstant('2026-03-24', time, ZONE)!);
const sectionTitle = (panel: Page) => panel.locator('main > section').first().getByRole('heading').first().textContent();
const rowTitles = (panel: Page) => panel.locator('main > section .tm-title > a').allTextContents();

describe('the side panel', () => {
  let h: Harness;
  let schedule: Page;
  let listTab: number;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(PLAN_URL, planPage());
    h.serve(SESSION, readFixture('sched/session.html'));
    schedule = await h.open(PLAN_URL);
    await schedule.locator('tm-controls').nth(7).waitFor({ state: 'attached' });
    listTab = await h.tabIdOf(schedule);
    const dashboard = await h.extensionPage('dashboard.html');
    await seedPlan(dashboard);
    await dashboard.close();
  });
  afterAll(async () => h?.close());

  /** The panel of tab N, as `sidepanel.html?tabId=N`, with the clock running from `time` (event-local, 24 March). */
  async function panelOf(tabId: number, time?: string): Promise<Page> {
    const panel = await h.context.newPage();
    if (time) await panel.clock.install({ time: at(time) });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    return panel;
  }

  it('is declared as Chrome’s side panel, with its shortcut and the popup’s button', async () => {
    const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toEqual(expect.arrayContaining(['sidePanel', 'alarms', 'notifications']));
    expect(manifest.commands['open-side-panel'].suggested_key.default).toBe('Alt+Shift+N');
    const popup = await h.extensionPage(`popup.html?tabId=${listTab}`);
    await popup.getByRole('button', { name: 'Open side panel' }).waitFor(WAIT);
    await popup.close();
  });

  it('a list page outside the event gives the page’s sessions, starred first', async () => {
    const panel = await panelOf(listTab);
    await expect.poll(() => sectionTitle(panel), WAIT).toBe('PlanConf Europe 2026');
    const titles = await rowTitles(panel);
    expect(titles).toHaveLength(8);
    expect(titles.at(-1)).toBe('WebAssembly Everywhere');
    await panel.close();
  });

  it('a clicked reminder shows its talk, even in a panel already open on a list; the request gone, it follows the tab again', async () => {
    const panel = await panelOf(listTab);
    await expect.poll(() => sectionTitle(panel), WAIT).toBe('PlanConf Europe 2026');
    // What the background stores when a reminder is clicked, before it opens the panel.
    const request = (key: string | null) =>
      h.worker.evaluate((k) => {
        const session = (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome.storage.session;
        return k ? session.set({ panelRequest: { key: k, at: Date.now() } }) : session.remove('panelRequest');
      }, key);
    await request(keyOf('p07'));
    await expect.poll(() => sectionTitle(panel), WAIT).toBe('The talk of your reminder');
    expect(await rowTitles(panel)).toHaveLength(1);
    const reminded = (await rowTitles(panel))[0]!;
    await panel.getByRole('textbox', { name: `Notes on ${reminded}` }).waitFor(WAIT);
    await request(null);
    await expect.poll(() => sectionTitle(panel), WAIT).toBe('PlanConf Europe 2026');
    await panel.close();
  });

  it('a session page gives that session, with its editor open', async () => {
    const page = await h.open(SESSION);
    await page.locator('tm-editor').waitFor({ state: 'attached', ...WAIT });
    const panel = await panelOf(await h.tabIdOf(page), '10:20');
    await expect.poll(() => sectionTitle(panel), WAIT).toBe('The session of this tab');
    await panel.getByRole('textbox', { name: `Notes on ${KEYNOTE}` }).waitFor(WAIT);
    await panel.close();
    await page.close();
  });

  it('during the event gives the talk on now (the must-see of a clash); its note, with Insert time in event time, shows in the popup and the dashboard', async () => {
    const panel = await panelOf(listTab, '10:20');
    await expect.poll(() => sectionTitle(panel), WAIT).toBe('On now in your plan');
    expect(await rowTitles(panel)).toEqual(['GitOps at Scale']);
    const note = panel.getByRole('textbox', { name: 'Notes on GitOps at Scale' });
    await note.click();
    await note.press('End');
    await note.press('Enter');
    await note.pressSequentially('Canary first');
    await panel.getByRole('button', { name: 'Insert time into notes on GitOps at Scale' }).click();
    await note.pressSequentially('demo');
    await note.press('Control+Shift+Semicolon');
    await expect.poll(() => panel.locator('.tm-status').first().textContent(), WAIT).toBe('Saved');
    const written = 'Ask about **progressive delivery**.\nCanary first [10:20] demo [10:20] ';
    expect(await note.inputValue()).toBe(written);

    const popup = await h.extensionPage(`popup.html?tabId=${listTab}`);
    await popup.getByRole('button', { name: 'Edit notes for GitOps at Scale' }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Notes on GitOps at Scale' }).inputValue(), WAIT).toBe(written);
    const dashboard = await h.extensionPage(`dashboard.html#q=gitops`);
    await dashboard.getByRole('button', { name: 'Edit notes for GitOps at Scale' }).click(WAIT);
    await expect.poll(() => dashboard.getByRole('textbox', { name: 'Notes on GitOps at Scale' }).inputValue(), WAIT).toBe(written);
    await popup.close();
    await dashboard.close();

    // The talk ends while the user writes: the note stays where it is, and the panel offers the next talk.
    await panel.clock.fastForward('01:15:00');
    const next = panel.getByRole('button', { name: 'Next: eBPF for Humans' });
    await next.waitFor(WAIT);
    expect(await rowTitles(panel)).toEqual(['GitOps at Scale']);
    await next.click();
    await expect.poll(() => rowTitles(panel), WAIT).toEqual(['eBPF for Humans']);
    expect(await h.readStore('annotations')).toContainEqual(expect.objectContaining({ key: keyOf('p02'), conference: CONF, note: written }));
    await panel.close();
  });

  it('Today’s journal, written in the panel with Insert time, shows in the Plan view under its day', async () => {
    const panel = await panelOf(listTab, '16:05');
    const label = 'Notes on the journal of Tuesday, 24 March 2026';
    const journal = panel.getByRole('textbox', { name: label });
    await journal.click(WAIT);
    await journal.pressSequentially('Platform teams everywhere');
    await panel.getByRole('button', { name: `Insert time into notes on the journal of Tuesday, 24 March 2026` }).click();
    await expect.poll(() => panel.getByRole('region', { name: 'Journal: Tuesday, 24 March 2026' }).getByRole('status').textContent(), WAIT).toBe('Saved');
    const dashboard = await h.extensionPage(`dashboard.html#view=plan&conf=${CONF}`);
    await expect.poll(() => dashboard.getByRole('textbox', { name: label }).inputValue(), WAIT).toBe('Platform teams everywhere [16:05] ');
    await dashboard.close();
    await panel.close();
  });
});
