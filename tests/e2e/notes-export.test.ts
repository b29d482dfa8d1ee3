import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedListPage, type PageSession } from '../support/sched-page';
import { readZip, splitFrontMatter, type UnzippedFile } from '../support/unzip';
import { launchExtension, type Harness } from './harness';
import { readYaml } from '../support/yaml';

const sessions: PageSession[] = [
  { shortId: 'k1Aa', longId: 'a'.repeat(32), title: 'eBPF: "the" #1 --- talk', start: '2026-03-24T09:00:00Z', end: '2026-03-24T09:30:00Z', room: 'Elicium 2', speakers: [{ name: 'Jane Doe', slug: 'jane', company: 'Acme' }] },
  { shortId: 'k2Bb', longId: 'b'.repeat(32), title: 'CON', start: '2026-03-25T08:00:00Z', end: '2026-03-25T08:45:00Z', room: 'Hall 12' },
];
const LIST = 'https://notesconf2026.sched.com/list/descriptions';
const NAME = 'NotesConf 2026';
const NOTE = 'My take:\n\n---\n\n- try it #cool-tech';
const WAIT = { timeout: 10_000 };

async function downloadZip(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download zip', exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

describe('notes app export in Chromium', () => {
  let h: Harness;
  let dashboard: Page;
  const dialog = () => dashboard.getByRole('dialog', { name: 'Export for notes app' });

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIST, schedListPage(sessions, { name: NAME, timeZone: 'Europe/Amsterdam', view: 'descriptions', clock: '24h' }));
  });
  afterAll(async () => h?.close());

  it('stars on the page, rates and notes on the dashboard', async () => {
    const list = await h.open(LIST);
    for (const { title } of sessions) {
      await list.getByRole('button', { name: `Star: ${title}`, exact: true }).click();
      await expect.poll(() => list.getByRole('button', { name: `Unstar: ${title}` }).count(), WAIT).toBe(1);
    }
    dashboard = await h.extensionPage('dashboard.html');
    const title = sessions[0]!.title;
    await dashboard.getByRole('button', { name: `Edit notes for ${title}` }).click();
    await dashboard.getByRole('group', { name: `Rating for ${title}` }).getByRole('button', { name: 'Rate 4 of 5' }).click();
    await dashboard.getByRole('textbox', { name: `Notes on ${title}` }).fill(NOTE);
    await expect.poll(() => dashboard.locator('.tm-note').getByRole('status').first().textContent(), WAIT).toBe('Saved');
  });

  it('previews the first talk, and says where a template does not parse', async () => {
    await dashboard.getByRole('button', { name: `Export for notes app: ${NAME}` }).click();
    await expect.poll(() => dialog().getByLabel('Note preview').textContent(), WAIT).toContain('talkmarks_id: "sched:notesconf2026:k1Aa"');
    const template = dialog().getByRole('textbox', { name: 'Talk note template' });
    const original = await template.inputValue();
    await template.fill('---\ntitle: {{title}}\n---\n{{#tags}}\n');
    await expect.poll(() => dialog().getByRole('alert').textContent(), WAIT).toBe('The talk note template does not parse: line 4, column 1: "{{#tags}}" is never closed');
    expect(await dialog().getByRole('button', { name: 'Download zip' }).isDisabled()).toBe(true);
    await dialog().getByRole('button', { name: 'Reset to the default template' }).click();
    await expect.poll(() => template.inputValue(), WAIT).toBe(original);
    await expect.poll(() => dialog().getByRole('alert').count(), WAIT).toBe(0);
  });

  it('downloads a zip of talk, day and index notes whose links and front matter read back; twice gives the same bytes', async () => {
    const first = await downloadZip(dashboard);
    expect(first.name).toBe('talkmarks-notes-notesconf2026-obsidian.zip');
    const files = await readZip(first.bytes);
    const root = `Talkmarks/${NAME}`;
    expect(files.map((f) => f.path)).toEqual([
      `${root}/${NAME} index.md`,
      `${root}/Days/2026-03-24 ${NAME}.md`,
      `${root}/Days/2026-03-25 ${NAME}.md`,
      `${root}/Talks/eBPF the 1 --- talk (k1Aa).md`,
      `${root}/Talks/CON (k2Bb).md`,
    ]);
    const byName = (end: string) => files.find((f) => f.path.endsWith(end)) as UnzippedFile;
    const talk = splitFrontMatter(byName('(k1Aa).md').text);
    expect(readYaml(talk.yaml)).toMatchObject({
      talkmarks_id: 'sched:notesconf2026:k1Aa',
      title: 'eBPF: "the" #1 --- talk',
      aliases: ['eBPF: "the" #1 --- talk'],
      speakers: ['Jane Doe'],
      start: '2026-03-24T10:00:00+01:00',
      end: '2026-03-24T10:30:00+01:00',
      // The page names its zone by its offset: any zone of that offset is the one the schedule showed.
      zone: expect.stringMatching(/^Europe\//),
      room: 'Elicium 2',
      url: 'https://notesconf2026.sched.com/event/k1Aa/ebpf-the-1-talk',
      rating: 4,
      starred: true,
      day: `[[2026-03-24 ${NAME}|Tuesday, 24 March 2026]]`,
    });
    expect(talk.body).toContain(`${NOTE}\n`);
    expect(byName(`2026-03-24 ${NAME}.md`).text).toContain('[[eBPF the 1 --- talk (k1Aa)|eBPF: "the" #1 --- talk]]');
    expect(byName(`${NAME} index.md`).text).toContain(`[[CON (k2Bb)|CON]]`);
    await expect.poll(() => dialog().getByRole('status').textContent(), WAIT).toBe('Zip downloaded: 5 files for 2 talks.');

    const second = await downloadZip(dashboard);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });
});
