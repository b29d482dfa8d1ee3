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

async function downloadBackup(dashboard: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Backup (JSON)' }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

async function importInto(dashboard: Page, path: string) {
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

describe('backup and import in Chromium', () => {
  let alice: Harness;
  let bob: Harness;
  let file: string;
  let backup: { name: string; text: string };

  beforeAll(async () => {
    [alice, bob] = await Promise.all([launchExtension(), launchExtension()]);
  });
  afterAll(async () => Promise.all([alice?.close(), bob?.close()]));

  it('downloads every conference, session and annotation as a dated, versioned file', async () => {
    await annotate(alice, kubecon, 24);
    await annotate(alice, ossna, 9);
    const dashboard = await alice.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('.tm-session').count()).toBe(33);
    await expect.poll(() => dashboard.getByText('Last backup: never').count()).toBe(1);
    // Storage use, and whether the browser promised to keep it (navigator.storage.persist()).
    await expect.poll(() => dashboard.locator('.tm-storage').textContent()).toMatch(
      /^33 sessions with your stars or notes in 2 conferences · [\d.]+ (bytes|kB|MB) stored · (kept safe from automatic clearing|the browser may clear it)/,
    );
    backup = await downloadBackup(dashboard);
    expect(backup.name).toMatch(/^talkmarks-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.text);
    expect(parsed).toMatchObject({ format: 'talkmarks-backup', version: 1 });
    expect([parsed.conferences.length, parsed.sessions.length, parsed.annotations.length]).toEqual([0, 33, 33]);
    await expect.poll(() => dashboard.getByText(/^Last backup: (?!never)/).count()).toBe(1);
    file = join(tmpdir(), `alice-${Date.now()}.json`);
    await writeFile(file, backup.text);
    await dashboard.close();
  });

  it('restores it into a clean profile exactly: the counts match the dashboard, and a new backup is byte-for-byte the same', async () => {
    const dashboard = await bob.extensionPage('dashboard.html');
    const dialog = await importInto(dashboard, file);
    expect(await counts(dialog)).toEqual({ added: 33, updated: 0, unchanged: 0 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dashboard.locator('.tm-session').count()).toBe(33);
    expect(await dashboardTotal(dashboard)).toBe(33);
    expect((await downloadBackup(dashboard)).text).toBe(backup.text);
    await dashboard.close();
  });

  it('merges into a profile with data of its own, keeping both notes where they differ', async () => {
    // Bob edits one of Alice's sessions differently and annotates sessions of his own.
    const shared = entries(kubecon, 1)[0]!;
    await bob.sendFromExtension({ type: 'annotation/patch', key: shared.key, patch: { note: 'Bob disagrees.', tags: ['debate'] }, entry: shared });
    await annotate(bob, kubecon, 6, 40);
    await annotate(alice, kubecon, 3, 24);
    const aliceDashboard = await alice.extensionPage('dashboard.html');
    const second = join(tmpdir(), `alice-2-${Date.now()}.json`);
    await writeFile(second, (await downloadBackup(aliceDashboard)).text);

    const dashboard = await bob.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('.tm-session').count()).toBe(39);
    const dialog = await importInto(dashboard, second);
    expect(await counts(dialog)).toEqual({ added: 3, updated: 1, unchanged: 32 });
    expect(await dialog.getByText(/with both notes kept/).count()).toBe(1);
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([shared.title]);
    const total = Number(await dialog.getByTestId('tm-import-total').textContent());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dashboard.locator('.tm-session').count()).toBe(42);
    expect(total).toBe(42);
    expect(await dashboardTotal(dashboard)).toBe(42);
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
    await writeFile(bad, JSON.stringify(broken));
    const dialog = await importInto(dashboard, bad);
    expect(await dialog.getByRole('alert').textContent()).toMatch(/^Nothing was changed: this file has 2 problems\./);
    const problems = await dialog.getByRole('listitem').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^sessions\[5\] "sched:kccnceu2026:s5X"\.url: must be an http\(s\) URL$/),
      expect.stringMatching(/^annotations\[3\] "sched:kccnceu2026:s\w+X"\.rating: /),
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await writeFile(bad, 'PK\u0003\u0004 this is a zip, not a backup');
    const junk = await importInto(dashboard, bad);
    expect(await junk.getByRole('alert').textContent()).toContain('file: is not JSON');
    expect(await bob.readStore('annotations')).toEqual(before);
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
