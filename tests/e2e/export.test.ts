import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCalendar } from '../support/ical';
import { all, headings, itemDepths, parseMarkdown } from '../support/markdown-tree';
import { schedListPage, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';

const sessions: PageSession[] = [
  {
    shortId: 'e1Ee',
    longId: 'e'.repeat(32),
    title: 'eBPF *Everywhere*',
    start: '2026-03-24T09:00:00Z',
    end: '2026-03-24T09:30:00Z',
    room: 'Elicium 2',
    speakers: [{ name: 'Jane Doe', slug: 'jane', company: 'Acme' }],
  },
  { shortId: 'f2Ff', longId: 'f'.repeat(32), title: 'Platform Day', start: '2026-03-25T08:00:00Z', end: '2026-03-25T08:45:00Z', room: 'Hall 12' },
  { shortId: 'g3Gg', longId: '0'.repeat(32), title: '<b>Bold</b> Idea', start: '2026-03-25T12:00:00Z', room: 'Forum' },
];
const LIST = 'https://exportconf2026.sched.com/list/descriptions';
const NAME = 'ExportConf 2026';
const NOTE = 'Must try:\n\n- Tetragon #cool-tech\n  - with `kubectl`';

const star = (page: Page, title: string) => page.getByRole('button', { name: `Star: ${title}`, exact: true });

async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe('export dialog in Chromium', () => {
  let h: Harness;
  let list: Page;
  let dashboard: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIST, schedListPage(sessions, { name: NAME, timeZone: 'Europe/Amsterdam', view: 'descriptions', clock: '24h' }));
    list = await h.open(LIST);
  });
  afterAll(async () => h?.close());

  it('stars on the page and notes in the popup, which offers the dialog for the page’s conference', async () => {
    for (const title of ['eBPF *Everywhere*', 'Platform Day', '<b>Bold</b> Idea']) {
      await star(list, title).click();
      await expect.poll(() => list.getByRole('button', { name: `Unstar: ${title}` }).count()).toBe(1);
    }
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(list)}`);
    await popup.getByRole('button', { name: 'Edit notes for eBPF *Everywhere*' }).click();
    await popup.getByRole('group', { name: 'Rating for eBPF *Everywhere*' }).getByRole('button', { name: 'Rate 5 of 5' }).click();
    const tagBox = popup.getByRole('combobox', { name: 'Add a tag to eBPF *Everywhere*' });
    await tagBox.fill('cool-tech');
    await tagBox.press('Enter');
    await popup.getByRole('textbox', { name: 'Notes on eBPF *Everywhere*' }).fill(NOTE);
    await expect.poll(() => popup.locator('.tm-note').getByRole('status').first().textContent()).toBe('Saved');
    // The popup offers the same dialog for the conference of the page.
    await popup.getByRole('button', { name: `Export ${NAME}…` }).click();
    const popupDialog = popup.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => popupDialog.getByLabel('Markdown preview').textContent()).toContain(`# ${NAME}`);
    await popup.close();
  });

  const dialog = () => dashboard.getByRole('dialog', { name: 'Export' });
  const preview = () => dialog().getByLabel('Markdown preview');

  it('opens from the dashboard on the highlights preset with a live preview', async () => {
    dashboard = await h.extensionPage('dashboard.html');
    await dashboard.getByRole('button', { name: `Export ${NAME}…` }).click();
    await expect.poll(() => dialog().isVisible()).toBe(true);
    expect(await dialog().getByLabel('Preset').inputValue()).toBe('highlights');
    await expect.poll(() => preview().textContent()).toContain('- [eBPF \\*Everywhere\\*]');
    await dialog().getByRole('group', { name: 'Closing section per tag' }).getByLabel('cool-tech').check();
    await expect.poll(() => preview().textContent()).toContain('## Cool tech');
  });

  it('downloads the Markdown, which parses into the write-up’s structure', async () => {
    const { name, text } = await downloadOf(dashboard, 'Download Markdown');
    expect(name).toBe('talkmarks-exportconf2026.md');
    const tree = parseMarkdown(text);
    // Highlights are the rated or noted talks: Wednesday's two are starred only.
    expect(headings(tree)).toEqual([
      [1, NAME],
      [2, 'Tuesday, 24 March 2026'],
      [2, 'Cool tech'],
    ]);
    expect(all(tree, 'html')).toEqual([]);
    expect(itemDepths(tree).slice(0, 3)).toEqual([
      { depth: 1, text: 'eBPF *Everywhere* ★★★★★ — Jane Doe · cool-tech' },
      { depth: 2, text: 'Tetragon #cool-tech' },
      { depth: 3, text: 'with kubectl' },
    ]);
    expect(all(tree, 'link')[1]!.url).toBe('https://exportconf2026.sched.com/event/e1Ee/ebpf-everywhere');
    expect(text).not.toContain('Bold');
  });

  it('copies the same Markdown to the clipboard and says so', async () => {
    const { text } = await downloadOf(dashboard, 'Download Markdown');
    await dialog().getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => dialog().getByRole('status').textContent()).toBe('Copied the Markdown to the clipboard.');
    // Chromium grants clipboard reading to web origins only: read it back from the schedule's page.
    await h.context.grantPermissions(['clipboard-read'], { origin: 'https://exportconf2026.sched.com' });
    expect(await list.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('downloads the starred talks as a calendar that ical.js reads back', async () => {
    const { name, text } = await downloadOf(dashboard, 'Download calendar (.ics)');
    expect(name).toBe('talkmarks-exportconf2026.ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = parseCalendar(text).events;
    expect(events.map((e) => [e.summary, e.start, e.location])).toEqual([
      ['eBPF *Everywhere*', '2026-03-24T09:00:00.000Z', 'Elicium 2'],
      ['Platform Day', '2026-03-25T08:00:00.000Z', 'Hall 12'],
      ['<b>Bold</b> Idea', '2026-03-25T12:00:00.000Z', 'Forum'],
    ]);
    expect(events[0]!.uid).toBe('sched:exportconf2026:e1Ee@talkmarks');
    expect(events[0]!.description).toContain(NOTE);
    expect(events[0]!.url).toBe('https://exportconf2026.sched.com/event/e1Ee/ebpf-everywhere');
  });

  it('closes with Escape, gives focus back, and remembers the options next time', async () => {
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await dashboard.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Export ${NAME}…`);
    await dashboard.reload();
    await dashboard.getByRole('button', { name: `Export ${NAME}…` }).click();
    const tick = dialog().getByRole('group', { name: 'Closing section per tag' }).getByLabel('cool-tech');
    await expect.poll(() => tick.isChecked()).toBe(true);
    await dialog().getByLabel('Preset').selectOption('agenda');
    await expect.poll(() => preview().textContent()).toContain('- [Platform Day](<https://exportconf2026.sched.com/event/f2Ff/platform-day>) — 09:00–09:45 CET · Hall 12');
  });
});
