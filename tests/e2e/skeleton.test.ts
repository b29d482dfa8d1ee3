import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schedListPage, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';
import { countByRole } from './closed-shadow';

const HOSTILE = '<img src=x onerror=alert(1)>';
const sessions: PageSession[] = [
  { shortId: 'a1Aa', longId: 'a'.repeat(32), title: 'GitOps at Scale', start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:30:00Z', room: 'Hall 12' },
  { shortId: 'b2Bb', longId: 'b'.repeat(32), title: 'Zero Trust in Practice', start: '2026-03-24T08:00:00Z', room: 'Elicium 2' },
  { shortId: 'c3Cc', longId: 'c'.repeat(32), title: 'Observability Night', start: '2026-03-25T16:30:00Z', room: 'Forum' },
  { shortId: 'd4Dd', longId: 'd'.repeat(32), title: HOSTILE, start: '2026-03-25T09:00:00Z', room: 'Auditorium' },
];
const options = { name: 'DemoConf Europe 2026', timeZone: 'Europe/Amsterdam' } as const;
const LIST = 'https://demo2026.sched.com/';
const SIMPLE = 'https://demo2026.sched.com/list/simple';

const star = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^(Star|Unstar): ${escapeRe(title)}$`) });
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const dialogs: string[] = [];

describe('walking skeleton in Chromium', () => {
  let h: Harness;
  let list: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIST, schedListPage(sessions, { ...options, view: 'default' }));
    h.serve(SIMPLE, schedListPage(sessions, { ...options, view: 'simple', clock: '24h' }));
    h.context.on('page', (page) => page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
    list = await h.open(LIST);
  });
  afterAll(async () => h?.close());

  it('puts one star button, named by the session title, on every entry', async () => {
    await expect.poll(() => list.locator('tm-controls').count()).toBe(4);
    for (const s of sessions) {
      await expect.poll(() => star(list, s.title).getAttribute('aria-pressed')).toBe('false');
      expect(await star(list, s.title).getAttribute('aria-label')).toBe(`Star: ${s.title}`);
    }
  });

  it('stars on click, and the star survives a reload', async () => {
    await star(list, 'GitOps at Scale').click();
    await expect.poll(() => star(list, 'GitOps at Scale').getAttribute('aria-pressed')).toBe('true');
    expect(await star(list, 'GitOps at Scale').getAttribute('aria-label')).toBe('Unstar: GitOps at Scale');
    await list.reload();
    await expect.poll(() => star(list, 'GitOps at Scale').getAttribute('aria-pressed')).toBe('true');
  });

  it('toggles from the keyboard with Space and Enter', async () => {
    await star(list, 'Observability Night').focus();
    await list.keyboard.press('Space');
    await expect.poll(() => star(list, 'Observability Night').getAttribute('aria-pressed')).toBe('true');
    await list.keyboard.press('Enter');
    await expect.poll(() => star(list, 'Observability Night').getAttribute('aria-pressed')).toBe('false');
  });

  it('shows stars in another tab of the schedule, both ways, without reload', async () => {
    const simple = await h.open(SIMPLE);
    await expect.poll(() => star(simple, 'GitOps at Scale').getAttribute('aria-pressed')).toBe('true');
    await star(simple, 'Zero Trust in Practice').click();
    await expect.poll(() => star(list, 'Zero Trust in Practice').getAttribute('aria-pressed')).toBe('true');
    await simple.close();
  });

  it('edits rating, tag and note in the popup, and the page shows a badge', async () => {
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(list)}`);
    const rows = popup.locator('.tm-session');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(0).getAttribute('data-key')).toBe('sched:demo2026:a1Aa');
    await popup.getByRole('button', { name: 'Edit notes for GitOps at Scale' }).click();
    await popup.getByRole('group', { name: 'Rating for GitOps at Scale' }).getByRole('button', { name: 'Rate 4 of 5' }).click();
    const tagBox = popup.getByRole('combobox', { name: 'Add a tag to GitOps at Scale' });
    await tagBox.fill('cool-tech');
    await tagBox.press('Enter');
    await popup.getByRole('textbox', { name: 'Notes on GitOps at Scale' }).fill('Great demo of **Argo** rollouts.\n\n- try it on staging');
    await expect.poll(() => popup.locator('.tm-note').getByRole('status').first().textContent()).toBe('Saved');
    await expect.poll(() => popup.getByRole('list', { name: 'Tags of GitOps at Scale' }).textContent()).toContain('cool-tech');
    // In a closed shadow root: read from the accessibility tree, as a screen reader reads it.
    await expect.poll(() => countByRole(list, 'image', 'Your notes on GitOps at Scale: rated 4 of 5, has a note, tagged cool-tech'), { timeout: 10_000 }).toBe(1);
    await popup.close();
  });

  it('keeps a hostile title as text on the page, in the popup and the dashboard', async () => {
    await star(list, HOSTILE).click();
    await expect.poll(() => star(list, HOSTILE).getAttribute('aria-pressed')).toBe('true');
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(list)}`);
    await expect.poll(() => popup.getByText(HOSTILE, { exact: true }).count()).toBe(1);
    expect(await popup.locator('img').count()).toBe(0);
    await popup.close();
    expect(await list.locator('img[src="x"]').count()).toBe(0);
  });

  it('lists annotated sessions in the dashboard and exports them as Markdown', async () => {
    const dashboard = await h.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.getByRole('heading', { name: 'DemoConf Europe 2026' }).count()).toBe(1);
    await expect.poll(() => dashboard.locator('.tm-session').count()).toBe(3);
    expect(await dashboard.getByText(HOSTILE, { exact: true }).count()).toBe(1);
    expect(await dashboard.locator('img').count()).toBe(0);
    expect(await dashboard.getByRole('heading', { name: 'Tuesday, 24 March 2026' }).count()).toBe(1);
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('talkmarks-demo2026.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('[GitOps at Scale](<https://demo2026.sched.com/event/a1Aa/gitops-at-scale>) ★★★★☆');
    expect(markdown).toContain('**Rating:** 4/5');
    expect(markdown).toContain('`cool-tech`');
    expect(markdown).toContain('Great demo of **Argo** rollouts.\n\n- try it on staging');
    expect(markdown).toContain('[\\<img src=x onerror=alert(1)\\>](');
    expect(markdown).not.toContain('Observability Night');
    await dashboard.close();
  });

  it('never ran page text as code', () => {
    expect(dialogs).toEqual([]);
  });

  it('keeps stars and notes across a browser restart', async () => {
    await h.close({ keepProfile: true });
    h = await launchExtension({ profile: h.profile });
    h.serve(LIST, schedListPage(sessions, { ...options, view: 'default' }));
    list = await h.open(LIST);
    await expect.poll(() => star(list, 'GitOps at Scale').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => countByRole(list, 'image', 'Your notes on GitOps at Scale: rated 4 of 5, has a note, tagged cool-tech'), { timeout: 10_000 }).toBe(1);
  });
});
