import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conferences, entries } from '../support/profile';
import { schedListPage } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';

const [kubecon, ossna] = conferences as [(typeof conferences)[0], (typeof conferences)[0]];

/** A user's edits, each through the background as the popup sends them. */
async function annotate(h: Harness, conference: typeof kubecon, count: number, offset = 0) {
  for (const [i, entry] of entries(conference, count + offset).slice(offset).entries()) {
    const patch = i % 3 === 0 ? { starred: true, note: `Take-away ${i} from ${entry.title}` } : i % 3 === 1 ? { rating: (i % 5) + 1 } : { tags: ['security'] };
    expect(await h.sendFromExtension({ type: 'annotation/patch', key: entry.key, patch, entry })).toMatchObject({ ok: true });
  }
}

/** A view of the dashboard, through its header's navigation: backup, import and the totals are in Data. */
const show = (dashboard: Page, view: 'Sessions' | 'Data') =>
  dashboard.getByRole('navigation', { name: 'Dashboard views' }).getByRole('link', { name: view, exact: true }).click();

async function downloadBackup(dashboard: Page): Promise<{ name: string; text: string }> {
  await show(dashboard, 'Data');
  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Backup (JSON)' }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

async function importInto(dashboard: Page, path: string) {
  await show(dashboard, 'Data');
  await dashboard.getByLabel('Backup file to import').setInputFiles(path);
  const dialog = dashboard.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('button', { name: 'Close' }).isEnabled(), { timeout: 30_000 }).toBe(true);
  return dialog;
}

const counts = async (dialog: ReturnType<Page['getByRole']>) => {
  const [added, updated, unchanged] = ((await dialog.getByTestId('tm-import-counts').textContent()) ?? '').match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, '')));
  return { added: added!, updated: updated!, unchanged: unchanged! };
};
const dashboardTotal = async (dashboard: Page) => Number(((await dashboard.getByTestId('tm-total').textContent()) ?? '').match(/^[\d,]+/)![0].replace(/,/g, ''));
const ownCounts = async (dialog: ReturnType<Page['getByRole']>) => {
  const [added, updated, unchanged] = ((await dialog.getByTestId('tm-import-own-counts').textContent()) ?? '').match(/\d+/g)!.map(Number);
  return { added: added!, updated: updated!, unchanged: unchanged! };
};
const dashboardOwnTotal = async (dashboard: Page) => (await dashboard.getByTestId('tm-own-total').textContent()) ?? '';

type OwnItem = { id: string; title: string; note: string; start: string; end: string; updatedAt: number };
const ownItems = async (h: Harness) => ((await h.readStore('ownItems')) as OwnItem[]).sort((a, b) => a.title.localeCompare(b.title));

/** A lunch at OSS NA, added through the background (as the plan's form does) before its schedule was ever opened. */
const ossLunch = {
  id: 'lunch-oss', conference: ossna.id, title: 'Lunch with the OSS team', start: '2026-06-23T18:00:00.000Z', end: '2026-06-23T19:00:00.000Z',
  timeZone: 'America/Denver', place: 'Food court', note: '', alternative: false, updatedAt: 0,
};

/** The own items the plan view of one conference lists (a fresh page: no stale plan of another conference). */
async function planOwnItems(h: Harness, conference: string): Promise<string[]> {
  const page = await h.extensionPage(`dashboard.html#view=plan&conf=${encodeURIComponent(conference)}`);
  try {
    await page.locator('.tm-plan-item.tm-own').first().waitFor();
    return await page.locator('.tm-plan-item.tm-own .tm-what > span:first-child').allTextContents();
  } finally {
    await page.close();
  }
}


describe('backup and import in Chromium', () => {
  let alice: Harness;
  let bob: Harness;
  let file: string;
  let backup: { name: string; text: string };

  beforeAll(async () => {
    [alice, bob] = await Promise.all([launchExtension(), launchExtension()]);
  });
  afterAll(async () => Promise.all([alice?.close(), bob?.close()]));

  it('downloads every conference, session, annotation and own item as a dated, versioned file', async () => {
    await annotate(alice, kubecon, 24);
    await annotate(alice, ossna, 9);
    // Alice opens the KubeCon schedule (so Talkmarks records the conference), and plans booth duty there.
    const list = entries(kubecon, 24);
    alice.serve('https://kccnceu2026.sched.com/', schedListPage(list.map((e) => ({ shortId: e.key.split(':')[2]!, title: e.title, start: e.start, end: e.end, room: e.room })), { name: kubecon.name, timeZone: kubecon.timeZone!, view: 'default' }));
    const schedule = await alice.open('https://kccnceu2026.sched.com/');
    await expect.poll(async () => (await alice.readStore('conferences')).length).toBe(1);
    await schedule.close();
    const dashboard = await alice.extensionPage('dashboard.html#view=plan');
    await dashboard.getByRole('button', { name: '+ Add your own item', exact: true }).click();
    const form = dashboard.getByRole('form', { name: 'Add your own item' });
    await form.getByLabel('Title').fill('Booth duty');
    await form.getByLabel('Day').selectOption('2026-03-24');
    await form.getByLabel('From').fill('13:00');
    await form.getByLabel('To').fill('15:00');
    await form.getByLabel('Place').fill('Booth S12');
    await form.getByLabel('Note').fill('Bring the demo laptop.');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await expect.poll(() => dashboard.locator('.tm-plan-item.tm-own').allTextContents()).toEqual([expect.stringContaining('Booth duty')]);
    expect(await alice.sendFromExtension({ type: 'own/put', item: ossLunch })).toMatchObject({ ok: true });

    await dashboard.goto(`chrome-extension://${alice.extensionId}/dashboard.html`);
    await expect.poll(() => alice.readStore('annotations').then((rows) => rows.length)).toBe(33);
    await show(dashboard, 'Data');
    await expect.poll(() => dashboard.getByText('Last backup: never').count()).toBe(1);
    // Storage use, and whether the browser promised to keep it (navigator.storage.persist()).
    await expect.poll(() => dashboard.locator('.tm-storage').textContent()).toMatch(
      /^33 sessions with your stars or notes in 2 conferences · 2 own items · [\d.]+ (bytes|kB|MB) stored · (kept safe from automatic clearing|the browser may clear it)/,
    );
    backup = await downloadBackup(dashboard);
    expect(backup.name).toMatch(/^talkmarks-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.text);
    expect(parsed).toMatchObject({ format: 'talkmarks-backup', version: 4 });
    // OSS NA was never opened: the file names it by its id, so the lunch has a conference to show in.
    expect(parsed.conferences.map((c: { id: string; name: string }) => [c.id, c.name])).toEqual([[kubecon.id, kubecon.name], [ossna.id, 'ossna2026']]);
    expect([parsed.sessions.length, parsed.annotations.length]).toEqual([33, 33]);
    expect(parsed.ownItems.map((o: OwnItem) => o.title).sort()).toEqual(['Booth duty', 'Lunch with the OSS team']);
    await expect.poll(() => dashboard.getByText(/^Last backup: (?!never)/).count()).toBe(1);
    file = join(tmpdir(), `alice-${Date.now()}.json`);
    await writeFile(file, backup.text);
    await dashboard.close();
  });

  it('restores it into a clean profile exactly: the counts match the dashboard, and a new backup is byte-for-byte the same', async () => {
    const dashboard = await bob.extensionPage('dashboard.html');
    const dialog = await importInto(dashboard, file);
    expect(await counts(dialog)).toEqual({ added: 33, updated: 0, unchanged: 0 });
    expect(await ownCounts(dialog)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await dialog.getByTestId('tm-import-own-total').textContent()).toBe('2');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await show(dashboard, 'Sessions');
    await expect.poll(() => bob.readStore('annotations').then((rows) => rows.length)).toBe(33);
    await show(dashboard, 'Data');
    await expect.poll(() => dashboardTotal(dashboard)).toBe(33);
    await expect.poll(() => dashboardOwnTotal(dashboard)).toBe('2 own items');
    expect((await downloadBackup(dashboard)).text).toBe(backup.text);
    expect(await planOwnItems(bob, kubecon.id)).toEqual(['Booth duty']);
    expect(await planOwnItems(bob, ossna.id)).toEqual(['Lunch with the OSS team']);
    await dashboard.close();
  });

  it('merges into a profile with data of its own, keeping both notes where they differ', async () => {
    // Bob edits one of Alice's sessions differently and annotates sessions of his own.
    const shared = entries(kubecon, 1)[0]!;
    await bob.sendFromExtension({ type: 'annotation/patch', key: shared.key, patch: { note: 'Bob disagrees.', tags: ['debate'] }, entry: shared });
    await annotate(bob, kubecon, 6, 40);
    await annotate(alice, kubecon, 3, 24);
    // Bob writes his own note on the booth duty; later Alice moves it (her note unchanged) and adds a dinner.
    const [bobsBooth] = await ownItems(bob);
    expect(await bob.sendFromExtension({ type: 'own/put', item: { ...bobsBooth!, note: 'Bob covers the afternoon.' } })).toMatchObject({ ok: true });
    const [alicesBooth] = await ownItems(alice);
    const moved = { ...alicesBooth!, title: 'Booth duty (moved)', start: '2026-03-24T13:00:00.000Z', end: '2026-03-24T15:00:00.000Z' };
    expect(await alice.sendFromExtension({ type: 'own/put', item: moved })).toMatchObject({ ok: true });
    expect(await alice.sendFromExtension({ type: 'own/put', item: { ...ossLunch, id: 'dinner-oss', title: 'Speaker dinner', start: '2026-06-24T01:00:00.000Z', end: '2026-06-24T03:00:00.000Z' } })).toMatchObject({ ok: true });
    const aliceDashboard = await alice.extensionPage('dashboard.html');
    const second = join(tmpdir(), `alice-2-${Date.now()}.json`);
    await writeFile(second, (await downloadBackup(aliceDashboard)).text);

    const dashboard = await bob.extensionPage('dashboard.html');
    await expect.poll(() => bob.readStore('annotations').then((rows) => rows.length)).toBe(39);
    const dialog = await importInto(dashboard, second);
    expect(await counts(dialog)).toEqual({ added: 3, updated: 1, unchanged: 32 });
    expect(await ownCounts(dialog)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(await dialog.getByText(/with both notes kept/).count()).toBe(2);
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([shared.title, 'Booth duty (moved)']);
    const total = Number(await dialog.getByTestId('tm-import-total').textContent());
    const ownTotal = await dialog.getByTestId('tm-import-own-total').textContent();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await show(dashboard, 'Sessions');
    await expect.poll(() => bob.readStore('annotations').then((rows) => rows.length)).toBe(42);
    expect(total).toBe(42);
    await show(dashboard, 'Data');
    await expect.poll(() => dashboardTotal(dashboard)).toBe(42);
    expect(ownTotal).toBe('3');
    await expect.poll(() => dashboardOwnTotal(dashboard)).toBe('3 own items');
    const booth = (await ownItems(bob)).find((o) => o.id === alicesBooth!.id)!;
    expect(booth).toMatchObject({ title: 'Booth duty (moved)', start: moved.start });
    expect(booth.note).toMatch(/^Bob covers the afternoon\.\n\n──── Also kept: the note from alice-2-\d+\.json, written .* UTC ────\n\nBring the demo laptop\.$/);
    expect(await planOwnItems(bob, ossna.id)).toEqual(['Lunch with the OSS team', 'Speaker dinner']);
    const note = (await bob.readStore('annotations')).find((a) => (a as { key: string }).key === shared.key) as { note: string; tags: string[] };
    expect(note.note).toMatch(/^Bob disagrees\.\n\n──── Also kept: the note from alice-2-\d+\.json, written .* UTC ────\n\nTake-away 0 from /);
    expect(note.tags).toEqual(['debate']);
    await dashboard.close();
    await aliceDashboard.close();
  });

  it('refuses a bad file with what and where, and changes nothing', async () => {
    const before = await bob.readStore('annotations');
    const dashboard = await bob.extensionPage('dashboard.html');
    const bad = join(tmpdir(), `bad-${Date.now()}.json`);
    const broken = JSON.parse(backup.text);
    broken.annotations[3].rating = 11;
    broken.sessions[5].url = 'javascript:alert(document.domain)';
    const lunch = broken.ownItems.findIndex((o: OwnItem) => o.id === 'lunch-oss');
    broken.ownItems[lunch].conference = 'sched:nowhere2026';
    await writeFile(bad, JSON.stringify(broken));
    const ownBefore = await bob.readStore('ownItems');
    const dialog = await importInto(dashboard, bad);
    expect(await dialog.getByRole('alert').textContent()).toMatch(/^Nothing was changed: this file has 3 problems\./);
    const problems = await dialog.getByRole('listitem').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^sessions\[5\] "sched:kccnceu2026:s5X"\.url: must be an http\(s\) URL$/),
      expect.stringMatching(/^annotations\[3\] "sched:kccnceu2026:s\w+X"\.rating: /),
      `ownItems[${lunch}] "lunch-oss".conference: is "sched:nowhere2026", a conference this file does not hold`,
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await writeFile(bad, 'PK\u0003\u0004 this is a zip, not a backup');
    const junk = await importInto(dashboard, bad);
    expect(await junk.getByRole('alert').textContent()).toContain('file: is not JSON');
    expect(await bob.readStore('annotations')).toEqual(before);
    expect(await bob.readStore('ownItems')).toEqual(ownBefore);
    await dashboard.close();
  });

  it('brings everything back after the profile is wiped: own items and planning fields included', async () => {
    const talk = entries(kubecon, 1)[0]!;
    expect(await alice.sendFromExtension({ type: 'annotation/patch', key: talk.key, patch: { priority: 'must', watchLater: true } })).toMatchObject({ ok: true });
    const dashboard = await alice.extensionPage('dashboard.html');
    const taken = await downloadBackup(dashboard);
    const path = join(tmpdir(), `alice-3-${Date.now()}.json`);
    await writeFile(path, taken.text);
    // Wiped, as clearing the browser's data for the extension does: every open connection closes and the database goes.
    await dashboard.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('talkmarks');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await dashboard.reload();
    await expect.poll(() => dashboardTotal(dashboard)).toBe(0);
    expect(await alice.readStore('ownItems')).toEqual([]);

    const dialog = await importInto(dashboard, path);
    expect(await counts(dialog)).toEqual({ added: 36, updated: 0, unchanged: 0 });
    expect(await ownCounts(dialog)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dashboardOwnTotal(dashboard)).toBe('3 own items');
    expect((await downloadBackup(dashboard)).text).toBe(taken.text);
    expect(await planOwnItems(alice, kubecon.id)).toEqual(['Booth duty (moved)']);
    expect(await planOwnItems(alice, ossna.id)).toEqual(['Lunch with the OSS team', 'Speaker dinner']);
    const restored = (await alice.readStore('annotations')).find((a) => (a as { key: string }).key === talk.key);
    expect(restored).toMatchObject({ starred: true, priority: 'must', watchLater: true, alternative: false });
    await dashboard.close();
  });

  it('shows an import in an open schedule tab without reload', async () => {
    const carol = await launchExtension();
    try {
      const list = entries(kubecon, 24);
      const url = 'https://kccnceu2026.sched.com/';
      carol.serve(url, schedListPage(list.map((e) => ({ shortId: e.key.split(':')[2]!, title: e.title, start: e.start, end: e.end, room: e.room })), { name: kubecon.name, timeZone: kubecon.timeZone!, view: 'default' }));
      const page = await carol.open(url);
      const star = page.getByRole('button', { name: `Star: ${list[0]!.title}` });
      await expect.poll(() => star.count()).toBe(1);
      const dashboard = await carol.extensionPage('dashboard.html');
      await importInto(dashboard, file);
      await expect.poll(() => page.getByRole('button', { name: `Unstar: ${list[0]!.title}` }).getAttribute('aria-pressed')).toBe('true');
    } finally {
      await carol.close();
    }
  });
});
