import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedListPage, type PageSession } from '../support/sched-page';
import { button, launchFirefox, type FirefoxHarness } from './firefox-harness';

const sessions: PageSession[] = [
  { shortId: 'a1Aa', longId: 'a'.repeat(32), title: 'GitOps at Scale', start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:30:00Z', room: 'Hall 12' },
  { shortId: 'b2Bb', longId: 'b'.repeat(32), title: 'Zero Trust in Practice', start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:40:00Z', room: 'Elicium 2' },
  { shortId: 'c3Cc', longId: 'c'.repeat(32), title: '<img src=x onerror=alert(1)>', start: '2026-03-25T09:00:00Z', end: '2026-03-25T09:30:00Z', room: 'Forum' },
];
const NAME = 'FoxConf Europe 2026';
const options = { name: NAME, timeZone: 'Europe/Amsterdam' } as const;
const LIST = 'https://foxconf2026.sched.com/';
const SIMPLE = 'https://foxconf2026.sched.com/list/simple';
const NOTE = 'Argo CD *rollouts* across 300 clusters.';

const pressed = (page: Page, title: string) =>
  page.evaluate((t) => document.querySelector(`button[aria-label$=": ${CSS.escape(t)}"]`)?.getAttribute('aria-pressed') ?? null, title);

/**
 * The flows that matter, in Firefox ESR: the content script on a routed sched page, a star that survives a reload
 * and shows in another tab, the popup by URL, the dashboard, the Markdown download and a backup round trip into a
 * second profile. Chromium runs these and more in the other files; here what differs between the engines shows.
 */
describe('Talkmarks in Firefox ESR', () => {
  let ff: FirefoxHarness;
  let list: Page;
  let backup: { name: string; text: string };

  beforeAll(async () => {
    ff = await launchFirefox();
    ff.serve(LIST, schedListPage(sessions, { ...options, view: 'default' }));
    ff.serve(SIMPLE, schedListPage(sessions, { ...options, view: 'simple', clock: '24h' }));
    list = await ff.open(LIST);
    // Starting Firefox and installing the add-on takes well over a minute on a loaded 2-core machine.
  }, 180_000);
  afterAll(async () => ff?.close());

  it('puts a named star on every entry; a click stars, and the star survives a reload and shows in another tab', async () => {
    await expect.poll(() => list.$$eval('tm-controls', (c) => c.length), { timeout: 20_000 }).toBe(3);
    for (const s of sessions) expect(await pressed(list, s.title)).toBe('false');
    await (await button(list, 'Star: GitOps at Scale')).click();
    await expect.poll(() => pressed(list, 'GitOps at Scale'), { timeout: 10_000 }).toBe('true');
    await list.reload();
    await expect.poll(() => pressed(list, 'GitOps at Scale'), { timeout: 20_000 }).toBe('true');
    const simple = await ff.open(SIMPLE);
    await expect.poll(() => pressed(simple, 'GitOps at Scale'), { timeout: 20_000 }).toBe('true');
    // Starred in the second tab, shown in the first without a reload.
    await (await button(simple, `Star: ${sessions[2]!.title}`)).click();
    await expect.poll(() => pressed(list, sessions[2]!.title), { timeout: 10_000 }).toBe('true');
    await simple.close();
  });

  it('takes a note in the popup opened by URL for the schedule’s tab', async () => {
    const popup = await ff.extensionPage(`popup.html?tabId=${await ff.tabIdOf(LIST)}`);
    await (await button(popup, 'Edit notes for GitOps at Scale')).click();
    const note = await popup.waitForSelector('textarea[aria-label="Notes on GitOps at Scale"]', { timeout: 10_000 });
    await note!.type(NOTE);
    await expect.poll(async () => ((await ff.readStore('annotations')) as { note: string }[]).map((a) => a.note).sort(), { timeout: 10_000 }).toEqual(['', NOTE]);
    await popup.close();
  });

  it('lists both annotated sessions on the dashboard and downloads the Markdown', async () => {
    const dashboard = await ff.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.evaluate(() => document.querySelector('.tm-results, main')?.textContent ?? ''), { timeout: 20_000 }).toContain('GitOps at Scale');
    expect(await dashboard.evaluate(() => document.body.textContent)).toContain('<img src=x onerror=alert(1)>');
    await (await button(dashboard, `Export ${NAME}…`)).click();
    const markdown = await ff.nextDownload(async () => (await button(dashboard, 'Download Markdown')).click());
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.text).toContain(`# ${NAME}`);
    expect(markdown.text).toContain(NOTE);
    backup = await ff.nextDownload(async () => {
      await dashboard.keyboard.press('Escape');
      // Backup is in the Data view, a link of the dashboard's header.
      await (await dashboard.waitForSelector('nav a[href="#view=data"]', { timeout: 20_000 }))!.click();
      await (await button(dashboard, 'Backup (JSON)')).click();
    });
    expect(backup.name).toMatch(/\.json$/);
    await dashboard.close();
  });

  it('imports the backup into a fresh profile without loss', async () => {
    const before = await ff.readStore('annotations');
    await ff.close();
    ff = await launchFirefox();
    const file = join(tmpdir(), `talkmarks-ff-${process.pid}-${backup.name}`);
    writeFileSync(file, backup.text);
    // The first-run page's header leads to the Data view, where backups are imported.
    await (await ff.home.waitForSelector('nav a[href="#view=data"]', { timeout: 20_000 }))!.click();
    const input = await ff.home.waitForSelector('input[aria-label="Backup file to import"]', { timeout: 20_000 });
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    const byKey = (rows: unknown[]) => (rows as { key: string }[]).sort((a, b) => a.key.localeCompare(b.key));
    await expect.poll(async () => byKey(await ff.readStore('annotations')).length, { timeout: 30_000 }).toBe(2);
    expect(byKey(await ff.readStore('annotations'))).toEqual(byKey(before));
  }, 180_000);
});
