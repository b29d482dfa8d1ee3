import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturesDir } from '../support/dom';
import { realDir } from '../support/fixtures';
import { launchExtension, type Harness } from './harness';

const fileInput = (page: Page) => page.getByLabel('Schedule file');
const section = (page: Page, name: string) => page.locator('.tm-imported-conference').filter({ has: page.getByRole('heading', { name, exact: true }) });

describe('Import schedule in the dashboard (Chromium)', () => {
  let h: Harness;
  let dashboard: Page;

  beforeAll(async () => {
    h = await launchExtension();
    dashboard = await h.extensionPage('dashboard.html#view=schedules');
  });
  afterAll(async () => h?.close());

  it('refuses a broken frab XML file, says where it breaks, and imports nothing', async () => {
    await fileInput(dashboard).setInputFiles(resolve(fixturesDir, 'schedules/broken.xml'));
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toBe(
      'Nothing was imported. broken.xml, day 1 (2024-05-01), room “Main”, event 2: duration “half an hour” is not HH:MM.',
    );
    expect(await dashboard.getByRole('heading', { name: 'Imported schedules' }).count()).toBe(0);
  });

  it('imports a frab XML file after a preview, and lists all its sessions by the event’s local day', async () => {
    await fileInput(dashboard).setInputFiles(resolve(fixturesDir, 'schedules/frab-dst-local.xml'));
    const preview = dashboard.getByRole('region', { name: 'Schedule to import' });
    await expect.poll(() => preview.textContent()).toContain('frab schedule.xml from frab-dst-local.xml: 4 sessions.');
    expect(await preview.textContent()).toContain('Time zone: Europe/Brussels, as the file says.');
    await preview.getByRole('button', { name: 'Import 4 sessions' }).click();
    await expect.poll(() => dashboard.locator('.tm-import').getByRole('status').first().textContent()).toBe(
      'Imported 4 sessions of DST Con 2024 (4 new, 0 updated, 0 unchanged). They are listed under Imported schedules.',
    );
    const conference = section(dashboard, 'DST Con 2024');
    await conference.getByRole('button', { name: 'Show all 4 sessions' }).click();
    await expect.poll(() => conference.locator('.tm-session').count()).toBe(4);
    // 01:30 on the night of the change belongs to Sunday, in CET; 03:30 the same night is CEST.
    expect(await conference.getByRole('heading', { name: 'Sunday, 31 March 2024' }).count()).toBe(1);
    const row = (title: string) => conference.locator('.tm-session').filter({ hasText: title });
    expect(await row('Before the change').locator('.tm-facts').textContent()).toBe('01:30 CET–03:30 CEST · Main');
    expect(await row('After the change').locator('.tm-facts').textContent()).toBe('03:30–04:00 CEST · Main');
  });

  it('lets the user star, rate and note an imported session without its page; the dashboard lists it as annotated', async () => {
    const conference = section(dashboard, 'DST Con 2024');
    await conference.getByRole('button', { name: 'Star: Saturday morning' }).click();
    await expect.poll(() => conference.getByRole('button', { name: 'Unstar: Saturday morning' }).count()).toBe(1);
    await conference.getByRole('button', { name: 'Edit notes for Saturday morning' }).click();
    await conference.getByRole('group', { name: 'Rating for Saturday morning' }).getByRole('button', { name: 'Rate 5 of 5' }).click();
    await conference.getByRole('textbox', { name: 'Notes on Saturday morning' }).fill('Bring questions.');
    await expect.poll(() => conference.locator('.tm-note').getByRole('status').first().textContent()).toBe('Saved');
    // The sessions view lists every annotated session, the imported one among them.
    await dashboard.goto(dashboard.url().replace(/#.*$/, ''));
    const annotated = dashboard.locator('.tm-conference').filter({ has: dashboard.getByRole('heading', { name: 'DST Con 2024', level: 2 }) });
    await expect.poll(() => annotated.locator('.tm-session').count()).toBe(1);
    expect(await annotated.locator('.tm-summary').textContent()).toBe('5★ ✎');
    await dashboard.goto(`${dashboard.url()}#view=schedules`);
  });

  it('asks for the zone when a file has none, and reads its local times in the zone chosen', async () => {
    const noZone = (await import('node:fs')).readFileSync(resolve(fixturesDir, 'schedules/frab-dst-local.xml'), 'utf8')
      .replace('<time_zone_name>Europe/Brussels</time_zone_name>', '')
      .replace('<acronym>dstcon24</acronym>', '<acronym>nozone24</acronym>')
      .replace('DST Con 2024', 'No Zone Con');
    await fileInput(dashboard).setInputFiles({ name: 'no-zone.xml', mimeType: 'application/xml', buffer: Buffer.from(noZone) });
    const preview = dashboard.getByRole('region', { name: 'Schedule to import' });
    const zone = preview.getByLabel('Time zone of the event');
    await expect.poll(() => zone.count()).toBe(1);
    await zone.selectOption('America/New_York');
    await expect.poll(() => preview.textContent()).toContain('Now: America/New_York, as you chose.');
    await preview.getByRole('button', { name: 'Import 4 sessions' }).click();
    const conference = section(dashboard, 'No Zone Con');
    await conference.getByRole('button', { name: 'Show all 4 sessions' }).click();
    const saturday = conference.locator('.tm-session').filter({ hasText: 'Saturday morning' });
    // Time and room on the row's second line, the speakers apart on their own.
    await expect.poll(() => saturday.locator('.tm-facts, .tm-speakers').allTextContents()).toEqual(['10:00–10:45 EDT · Main', 'Ada Lovelace']);
  });
});

describe('Import of the real 36C3 schedule.xml (2.3 MB) in Chromium', () => {
  let h: Harness;
  afterAll(async () => h?.close());

  it('reads 1351 sessions and imports them; the time to the preview is printed, not asserted', async () => {
    h = await launchExtension();
    const dashboard = await h.extensionPage('dashboard.html#view=schedules');
    const started = Date.now();
    await dashboard.getByLabel('Schedule file').setInputFiles(resolve(realDir, 'frab/36c3-merged-schedule.xml'));
    const preview = dashboard.getByRole('region', { name: 'Schedule to import' });
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('1351 sessions');
    const readMs = Date.now() - started;
    const importStarted = Date.now();
    await preview.getByRole('button', { name: 'Import 1351 sessions' }).click();
    await expect.poll(() => dashboard.locator('.tm-import').getByRole('status').first().textContent(), { timeout: 30_000 }).toContain('Imported 1351 sessions of 36th Chaos Communication Congress');
    console.log(`[talkmarks] 36C3 schedule.xml in Chromium: read and checked in ${readMs} ms, stored in ${Date.now() - importStarted} ms`);
    const conference = dashboard.locator('.tm-imported-conference');
    await conference.getByRole('button', { name: 'Show all 1351 sessions' }).click();
    await conference.getByRole('searchbox').fill('Hacker Jeopardy');
    const row = conference.locator('.tm-session').filter({ hasText: 'Hacker Jeopardy' });
    await expect.poll(() => row.locator('.tm-facts, .tm-speakers').allTextContents()).toEqual(['00:50–02:50 CET · Ada', 'Sec, Ray']);
  });
});
