import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedListPage, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';

const TITLE = 'GitOps at Scale';
const sessions: PageSession[] = [
  { shortId: 'a1Aa', longId: 'a'.repeat(32), title: TITLE, start: '2026-03-24T08:00:00Z', room: 'Hall 12' },
  { shortId: 'b2Bb', longId: 'b'.repeat(32), title: 'Zero Trust in Practice', start: '2026-03-24T09:00:00Z', room: 'Forum' },
];
const LIST = 'https://demo2026.sched.com/';
const SIMPLE = 'https://demo2026.sched.com/list/simple';
const options = { name: 'DemoConf', timeZone: 'Europe/Amsterdam' } as const;

async function addTag(page: Page, tag: string) {
  const box = page.getByRole('combobox', { name: `Add a tag to ${TITLE}` });
  await box.fill(tag);
  await box.press('Enter');
}

describe('two schedule tabs, the popup and the dashboard editing one session at once', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIST, schedListPage(sessions, { ...options, view: 'default' }));
    h.serve(SIMPLE, schedListPage(sessions, { ...options, view: 'simple' }));
  });
  afterAll(async () => h?.close());

  it('loses no edit', async () => {
    const [list, simple] = [await h.open(LIST), await h.open(SIMPLE)];
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(list)}`);
    await popup.getByRole('button', { name: `Edit notes for ${TITLE}` }).click();
    await popup.getByRole('group', { name: `Rating for ${TITLE}` }).getByRole('button', { name: 'Rate 3 of 5' }).click();
    const dashboard = await h.extensionPage('dashboard.html');
    await dashboard.getByRole('button', { name: `Edit notes for ${TITLE}` }).click();
    for (const page of [list, simple]) await page.getByRole('button', { name: `Star: ${TITLE}` }).waitFor();

    // All at once: the schedule tab stars it, the popup and the dashboard tab each add a tag and write a note,
    // and another tab of the schedule stars its neighbour. (Two tabs pressing the same star toggle it twice.)
    await Promise.all([
      list.getByRole('button', { name: `Star: ${TITLE}` }).click(),
      simple.getByRole('button', { name: 'Star: Zero Trust in Practice' }).click(),
      // One page has one keyboard focus: each page's own steps go in order, the pages at once.
      addTag(popup, 'from-popup').then(() => popup.getByRole('textbox', { name: `Notes on ${TITLE}` }).fill('Popup: great demo.')),
      addTag(dashboard, 'from-dashboard').then(() =>
        dashboard.getByRole('textbox', { name: `Notes on ${TITLE}` }).fill('Dashboard: ask about rollbacks.'),
      ),
    ]);
    await Promise.all([popup, dashboard].map((p) => expect.poll(() => p.locator('.tm-note').getByRole('status').first().textContent()).toBe('Saved')));

    type Stored = { key: string; starred: boolean; rating: number; tags: string[]; note: string };
    const read = async () => ((await h.readStore('annotations')) as Stored[]).find((a) => a.key === 'sched:demo2026:a1Aa');
    // The tag saves have no status line: wait until the stored tags settle, then check everything.
    await expect.poll(async () => (await read())?.tags.length, { timeout: 10_000 }).toBe(2);
    const stored = await read();
    expect(stored).toMatchObject({ starred: true, rating: 3 });
    expect([...stored!.tags].sort()).toEqual(['from-dashboard', 'from-popup']);
    expect(stored!.note).toContain('Popup: great demo.');
    expect(stored!.note).toContain('Dashboard: ask about rollbacks.');

    // Every view converges on the stored state.
    for (const page of [popup, dashboard]) {
      await expect.poll(() => page.getByRole('list', { name: `Tags of ${TITLE}` }).textContent()).toMatch(/from-popup.*from-dashboard|from-dashboard.*from-popup/);
      await expect.poll(() => page.getByRole('textbox', { name: `Notes on ${TITLE}` }).inputValue()).toBe(stored!.note);
    }
    for (const page of [list, simple]) {
      await expect.poll(() => page.getByRole('button', { name: `Unstar: ${TITLE}` }).getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.getByRole('button', { name: 'Unstar: Zero Trust in Practice' }).getAttribute('aria-pressed')).toBe('true');
    }
  });
});
