import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { readReal } from '../support/fixtures';
import { readIcs } from '../support/ics';
import { schedListPage, shortIdOf } from '../support/sched-page';

/**
 * A new user with nothing else: a fresh profile, no schedule page, no network. Installing opens the dashboard,
 * whose first screen offers the bundled sample; everything is then tried on it and the sample is taken away.
 */
describe('the bundled sample conference, from a fresh profile', () => {
  let h: Harness;
  let dashboard: Page;
  let title = '';
  const sample = () => dashboard.locator('.tm-imported-conference').filter({ hasText: 'Sample' });

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => h?.close());

  it('is offered on the first-run page that installing opens, and imports offline', async () => {
    const firstRun = async () => h.context.pages().find((p) => p.url().endsWith('/dashboard.html#view=welcome'));
    await expect.poll(firstRun, { timeout: 20_000 }).toBeDefined();
    dashboard = (await firstRun())!;
    // Only the first-run page: installing opens no other tab of ours.
    expect(h.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${h.extensionId}/`))).toHaveLength(1);
    await expect.poll(() => dashboard.getByRole('heading', { level: 2 }).first().textContent()).toBe('Welcome to Talkmarks');
    const sections = await dashboard.getByRole('heading', { level: 3 }).allTextContents();
    expect(sections).toEqual(expect.arrayContaining(['Open a schedule', 'Import a schedule file', 'Keyboard', 'Where your notes live']));
    expect(await dashboard.locator('.tm-tour img').count()).toBe(3);
    expect(await dashboard.getByRole('link', { name: 'KubeCon + CloudNativeCon Europe 2026' }).getAttribute('href')).toBe('https://kccnceu2026.sched.com/');
    await dashboard.getByRole('button', { name: 'Try a sample conference' }).click();
    await expect.poll(() => sample().locator('h3').textContent(), { timeout: 20_000 }).toMatch(/\(sample\) Sample$/);
    expect(await sample().locator('.tm-muted').first().textContent()).toMatch(/^596 sessions from Talkmarks sample/);
    const stored = (await h.readStore('conferences')) as { imported?: { sample?: boolean; sessions: number } }[];
    expect(stored).toEqual([expect.objectContaining({ imported: expect.objectContaining({ sample: true, sessions: 596 }) })]);
  });

  it('is reopened from the popup\'s Getting started line', async () => {
    const popup = await h.extensionPage('popup.html');
    const line = popup.getByRole('link', { name: 'Getting started' });
    expect(await line.getAttribute('href')).toBe(`chrome-extension://${h.extensionId}/dashboard.html#view=welcome`);
    await popup.close();
  });

  it('takes a star and a note like any imported conference', async () => {
    // The first session whose title is its own (logistics such as badge pick-up repeat every day).
    const labels = await sample().getByRole('button', { name: /^Star: / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!));
    title = labels.find((l) => labels.indexOf(l) === labels.lastIndexOf(l))!.replace(/^Star: /, '');
    await sample().getByRole('button', { name: `Star: ${title}`, exact: true }).click();
    await expect.poll(() => sample().getByRole('button', { name: `Unstar: ${title}`, exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await sample().getByRole('button', { name: `Edit notes for ${title}`, exact: true }).click();
    await sample().getByRole('textbox', { name: `Notes on ${title}`, exact: true }).fill('Tried on the sample, offline.');
    await expect.poll(async () => ((await h.readStore('annotations')) as { note: string }[]).map((a) => a.note), { timeout: 10_000 }).toEqual([
      'Tried on the sample, offline.',
    ]);
  });

  it('shows the starred session in the plan and in the Markdown export', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=plan`);
    await expect.poll(() => dashboard.locator('.tm-timeline').first().textContent(), { timeout: 10_000 }).toContain(title);
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dashboard.getByRole('button', { name: /^Export .*\(sample\)…$/ }).click();
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Download Markdown', exact: true }).click()]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# .*\(sample\)/);
    expect(markdown).toContain('Tried on the sample, offline.');
    await dashboard.keyboard.press('Escape');
  });

  it('keeps the conference’s zone Europe/Amsterdam after a visit to the real schedule page, whose times say only CET', async () => {
    const events = readIcs(readReal('sched/kccnceu2026-all.ics')).slice(0, 20);
    const sessions = events.map((e, i) => ({ shortId: shortIdOf(i), longId: e.uid, title: e.summary, start: e.start, end: e.end, room: e.location?.split(', ')[0] }));
    h.serve('https://kccnceu2026.sched.com/', schedListPage(sessions, { name: 'KubeCon + CloudNativeCon Europe 2026', timeZone: 'Europe/Amsterdam', view: 'default' }));
    const schedule = await h.open('https://kccnceu2026.sched.com/');
    // Settled once the page's sessions are stored (they join the sample's, stored under sched's long ids).
    const short = `sched:kccnceu2026:${shortIdOf(0)}`;
    const joined = async () => ((await h.readStore('sessions')) as { key: string; aliases: string[] }[]).some((s) => s.key === short || s.aliases.includes(short));
    await expect.poll(joined).toBe(true);
    await schedule.close();
    expect(((await h.readStore('conferences')) as { timeZone?: string }[]).map((c) => c.timeZone)).toEqual(['Europe/Amsterdam']);
    // The plan's own-item form names the city's zone.
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=plan`);
    await dashboard.getByRole('button', { name: '+ Add your own item', exact: true }).click();
    expect(await dashboard.getByRole('form', { name: 'Add your own item' }).textContent()).toContain('Times in the conference’s zone (Europe/Amsterdam).');
  });

  it('goes away with everything in it after a confirmation that names the notes', async () => {
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=schedules`);
    await sample().getByRole('button', { name: /^Remove sample: / }).click();
    const confirm = dashboard.getByRole('dialog', { name: 'Remove the sample conference?' });
    await expect.poll(() => confirm.textContent(), { timeout: 10_000 }).toContain('1 annotated session, 1 note, 0 own items');
    // Nothing destructive has the focus: Enter alone keeps the sample.
    expect(await dashboard.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    await confirm.getByRole('button', { name: 'Remove sample' }).click();
    await expect.poll(() => h.readStore('conferences'), { timeout: 10_000 }).toEqual([]);
    expect(await h.readStore('sessions')).toEqual([]);
    expect(await h.readStore('annotations')).toEqual([]);
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await expect.poll(() => dashboard.getByRole('button', { name: 'Try a sample conference' }).count(), { timeout: 10_000 }).toBe(1);
  });
});
