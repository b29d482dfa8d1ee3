import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conferences, entries } from '../support/profile';
import { startWebDav, type WebDavServer } from '../support/webdav-server';
import { launchExtension, type Harness } from './harness';

const [conference] = conferences as [(typeof conferences)[0]];
const [talk, other] = entries(conference, 2) as [ReturnType<typeof entries>[0], ReturnType<typeof entries>[0]];
const wait = { timeout: 30_000 };

type Stored = { key: string; starred: boolean; rating: number | null; note: string; tags: string[] };
const annotation = async (h: Harness, key: string) => ((await h.readStore('annotations')) as Stored[]).find((a) => a.key === key);
const ownIds = async (h: Harness) => ((await h.readStore('ownItems')) as { id: string }[]).map((o) => o.id).sort();
const patch = (h: Harness, entry: typeof talk, change: object) =>
  h.sendFromExtension({ type: 'annotation/patch', key: entry.key, patch: change, entry });

type SyncRow = { key: string; settings?: { password: string } };

/** Fills the Sync settings form as a user would and saves it (the browser already holds the host permission). */
async function setUp(h: Harness, dashboard: Page, server: WebDavServer, password = server.password) {
  const form = dashboard.locator('.tm-sync-form');
  if (!(await form.isVisible())) await dashboard.getByText('Sync settings').click();
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Folder').fill('team/talkmarks');
  await form.getByLabel('User name').fill(server.user);
  await form.getByLabel('App password').fill(password);
  await form.getByRole('button', { name: 'Save and allow access' }).click();
  const saved = async () => ((await h.readStore('sync')) as SyncRow[]).find((r) => r.key === 'settings')?.settings?.password;
  await expect.poll(saved, wait).toBe(password);
  await expect.poll(() => form.getByRole('status').textContent(), wait).toContain('Saved');
}

/** Presses Sync now and waits for the status line to show a sync finished after the press. */
async function syncNow(dashboard: Page): Promise<string> {
  const status = dashboard.locator('.tm-sync-status');
  const before = (await status.count()) ? await status.getAttribute('data-at') : null;
  await dashboard.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => ((await status.count()) ? await status.getAttribute('data-at') : null), wait).not.toBe(before);
  await expect.poll(() => dashboard.getByRole('button', { name: 'Sync now' }).isEnabled(), wait).toBe(true);
  return (await status.textContent()) ?? '';
}

describe('sync through a WebDAV folder (rclone on 127.0.0.1)', { timeout: 120_000 }, () => {
  let server: WebDavServer;
  let a: Harness;
  let b: Harness;
  let dashA: Page;
  let dashB: Page;

  beforeAll(async () => {
    server = await startWebDav();
    const options = { grantedOrigins: ['http://127.0.0.1/*'], localServers: true };
    [a, b] = [await launchExtension(options), await launchExtension(options)];
    // Sync lives in the dashboard's Data view.
    [dashA, dashB] = [await a.extensionPage('dashboard.html#view=data'), await b.extensionPage('dashboard.html#view=data')];
    // Two profiles, each installed twice to hold the permission: four browser starts on a shared machine.
  }, 300_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
  });

  it('tests the connection in words, creates the missing folder, and saves', async () => {
    const form = dashA.locator('.tm-sync-form');
    await form.getByLabel('Server address').fill(server.url);
    await form.getByLabel('Folder').fill('team/talkmarks');
    await form.getByLabel('User name').fill(server.user);
    await form.getByLabel('App password').fill('wrong');
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => form.getByRole('alert').textContent(), wait).toContain('refused the user name or password');
    await form.getByLabel('App password').fill(server.password);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => form.getByRole('alert').textContent(), wait).toContain('The folder team/talkmarks does not exist');
    await form.getByRole('button', { name: 'Create the folder' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), wait).toContain('the folder team/talkmarks is there');
    await setUp(a, dashA, server);
    await setUp(b, dashB, server);
    // The server's origin is granted for syncing: it is not listed or scripted as a site to annotate.
    const scripts = await a.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
    expect(scripts.filter((id) => id.includes('127.0.0.1'))).toEqual([]);
  });

  it('A stars, rates, notes and adds an own item; B syncs and has them', async () => {
    await patch(a, talk, { starred: true, rating: 4, note: 'Great demo of eBPF tracing.', tags: ['ebpf'] });
    const lunch = { id: 'lunch-a', conference: conference.id, title: 'Lunch with the team', start: '2026-03-24T12:00:00.000Z', end: '2026-03-24T13:00:00.000Z', timeZone: 'Europe/Amsterdam', place: 'Hall B', note: '', alternative: false, updatedAt: 0 };
    expect(await a.sendFromExtension({ type: 'own/put', item: lunch })).toMatchObject({ ok: true });
    expect(await syncNow(dashA)).toMatch(/Last sync: .*: 0 in, 2 out/);
    expect(await syncNow(dashB)).toMatch(/Last sync: .*: 2 in, 0 out, 1 other device/);
    expect(await annotation(b, talk.key)).toMatchObject({ starred: true, rating: 4, note: 'Great demo of eBPF tracing.', tags: ['ebpf'] });
    expect(await ownIds(b)).toEqual(['lunch-a']);
    const sessionsB = await b.extensionPage('dashboard.html');
    await expect.poll(() => sessionsB.getByText(talk.title).count(), wait).toBeGreaterThan(0);
    await sessionsB.close();
  });

  it('a note edited on both while apart keeps both texts, on both; a removed tag and a deleted own item stay gone', async () => {
    await patch(a, talk, { note: 'A: the demo broke twice.', tags: [] });
    await patch(b, talk, { note: 'B: slides are online.' });
    expect(await a.sendFromExtension({ type: 'own/delete', id: 'lunch-a' })).toMatchObject({ ok: true });
    await syncNow(dashA);
    await syncNow(dashB);
    await syncNow(dashA);
    const [noteA, noteB] = [await annotation(a, talk.key), await annotation(b, talk.key)];
    expect(noteA!.note).toBe(noteB!.note);
    expect(noteA!.note).toContain('A: the demo broke twice.');
    expect(noteA!.note).toContain('B: slides are online.');
    expect(noteA!.note).toMatch(/Also kept: the note from device [0-9a-f]{6}/);
    for (const h of [a, b]) {
      expect((await annotation(h, talk.key))!.tags).toEqual([]);
      expect(await ownIds(h)).toEqual([]);
    }
    // The server holds one file per device, each the whole profile with its tombstones.
    const files = readdirSync(join(server.dir, 'team/talkmarks/devices'));
    expect(files).toHaveLength(2);
    const text = files.map((f) => readFileSync(join(server.dir, 'team/talkmarks/devices', f), 'utf8')).join('\n');
    expect(text).toContain('"removedOwnItems":{"lunch-a"');
  });

  it('a write that races another (412) is read again, merged and retried', async () => {
    await patch(a, other, { starred: true });
    server.faults.putConflicts = 1;
    const before = server.stats.conflicts;
    expect(await syncNow(dashA)).toMatch(/Last sync: .*: 0 in, 1 out/);
    expect(server.stats.conflicts).toBe(before + 1);
    expect(await dashA.locator('.tm-sync-status [role=alert]').count()).toBe(0);
    await syncNow(dashB);
    expect(await annotation(b, other.key)).toMatchObject({ starred: true });
  });

  it('a wrong password, a 500 and a server that is down say so in words and change nothing', async () => {
    const before = JSON.stringify(await b.readStore('annotations'));
    await setUp(b, dashB, server, 'not-the-password');
    await syncNow(dashB);
    await expect.poll(() => dashB.locator('.tm-sync-status [role=alert]').textContent(), wait).toContain('refused the user name or password (401)');
    await setUp(b, dashB, server);
    server.faults.status = 500;
    await syncNow(dashB);
    await expect.poll(() => dashB.locator('.tm-sync-status [role=alert]').textContent(), wait).toContain('The server had an error (500)');
    server.faults.status = undefined;
    server.faults.down = true;
    await syncNow(dashB);
    await expect.poll(() => dashB.locator('.tm-sync-status [role=alert]').textContent(), wait).toContain('could not be reached');
    server.faults.down = false;
    expect(JSON.stringify(await b.readStore('annotations'))).toBe(before);
    expect(await syncNow(dashB)).toMatch(/Last sync: .*: 0 in, 0 out/);
    expect(await dashB.locator('.tm-sync-status [role=alert]').count()).toBe(0);
  });
});
