import { closeSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
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

type SyncRow = { key: string; settings?: { password: string; passphrase?: string } };

/** The names of the extension's alarms, read in its service worker. */
const alarmNames = (h: Harness) =>
  h.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }).chrome.alarms.getAll()).map((a) => a.name).sort());

/** Fills the Sync settings form as a user would and saves it (the browser already holds the host permission). */
async function setUp(h: Harness, dashboard: Page, server: WebDavServer, password = server.password, passphrase = '') {
  const form = dashboard.locator('.tm-sync-form');
  if (!(await form.isVisible())) await dashboard.getByText('Sync settings').click();
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Folder', { exact: true }).fill('team/talkmarks');
  await form.getByLabel('User name').fill(server.user);
  await form.getByLabel('App password').fill(password);
  await form.getByLabel('Encryption passphrase').fill(passphrase);
  await form.getByRole('button', { name: 'Save and allow access' }).click();
  const saved = async () => {
    const settings = ((await h.readStore('sync')) as SyncRow[]).find((r) => r.key === 'settings')?.settings;
    return settings && `${settings.password}|${settings.passphrase ?? ''}`;
  };
  await expect.poll(saved, wait).toBe(`${password}|${passphrase}`);
  await expect.poll(() => form.getByRole('status').textContent(), wait).toContain('Saved');
}

/** Presses Sync now and waits for the status line to show a sync finished after the press. */
async function syncNow(dashboard: Page): Promise<string> {
  const status = dashboard.locator('.tm-sync-status');
  const atOf = async () => ((await status.count()) ? Number(await status.getAttribute('data-at')) : 0);
  // A sync already running (an alarm's, or the last test's slow one) answers a click with its own result: click
  // again until the status is of a sync that started after the click.
  for (;;) {
    const clickedAt = Date.now();
    const before = await atOf();
    await dashboard.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(atOf, wait).not.toBe(before);
    await expect.poll(() => dashboard.getByRole('button', { name: 'Sync now' }).isEnabled(), wait).toBe(true);
    if ((await atOf()) >= clickedAt) return (await status.textContent()) ?? '';
  }
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
    // No server set: no sync alarm at all.
    expect(await alarmNames(a)).not.toContain('tm-sync');
    const form = dashA.locator('.tm-sync-form');
    await form.getByLabel('Server address').fill(server.url);
    await form.getByLabel('Folder', { exact: true }).fill('team/talkmarks');
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
    await expect.poll(() => alarmNames(a), wait).toContain('tm-sync');
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

  it('a truncated, a garbage and a 100 MB file are refused by name (the big one unread), a slow server times out; both profiles intact', async () => {
    const dir = join(server.dir, 'team/talkmarks/devices');
    const real = readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8');
    writeFileSync(join(dir, 'cut0000000.json'), real.slice(0, real.length / 2));
    writeFileSync(join(dir, 'junk000000.json'), randomBytes(4096));
    const huge = join(dir, 'huge000000.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 100 * 1024 * 1024);
    const before = [JSON.stringify(await a.readStore('annotations')), JSON.stringify(await b.readStore('annotations'))];
    const gets = server.stats.gets.length;
    for (const dashboard of [dashA, dashB]) {
      await syncNow(dashboard);
      const alert = await dashboard.locator('.tm-sync-status [role=alert]').textContent();
      expect(alert).toContain('devices/cut0000000.json is not JSON');
      expect(alert).toContain('devices/junk000000.json is not JSON');
      expect(alert).toContain('devices/huge000000.json is 100.0 MB, over 32 MB: refused');
    }
    expect(server.stats.gets.slice(gets).filter((path) => path.includes('huge'))).toEqual([]);
    for (const name of ['cut0000000', 'junk000000', 'huge000000']) rmSync(join(dir, `${name}.json`));
    server.faults.delayMs = 25_000;
    await syncNow(dashB);
    server.faults.delayMs = 0;
    expect(await dashB.locator('.tm-sync-status [role=alert]').textContent()).toContain('did not answer within 20 s');
    expect([JSON.stringify(await a.readStore('annotations')), JSON.stringify(await b.readStore('annotations'))]).toEqual(before);
  });

  it('encryption on: the server holds none of the note text; a wrong passphrase says so and changes nothing', async () => {
    const dir = join(server.dir, 'team/talkmarks/devices');
    const serverFiles = () => readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
    const secret = 'Roadmap slips to Q3, keep it quiet.';
    await setUp(a, dashA, server, server.password, 'correct horse battery');
    await setUp(b, dashB, server, server.password, 'correct horse battery');
    await patch(a, talk, { note: secret });
    await syncNow(dashA);
    await syncNow(dashB);
    await syncNow(dashA);
    expect((await annotation(b, talk.key))!.note).toContain(secret);
    expect(await dashA.locator('.tm-sync-status [role=alert]').count()).toBe(0);
    const sealed = serverFiles();
    expect(sealed).toHaveLength(2);
    for (const text of sealed) {
      expect(JSON.parse(text)).toMatchObject({ format: 'talkmarks-sealed', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
      for (const plain of ['Roadmap', 'slides are online', talk.key, conference.id, other.key]) expect(text).not.toContain(plain);
    }

    await setUp(b, dashB, server, server.password, 'wrong horse battery');
    await patch(a, talk, { note: `${secret} Edited.` });
    await syncNow(dashA);
    const [profileB, onServer] = [JSON.stringify(await b.readStore('annotations')), serverFiles()];
    await syncNow(dashB);
    const alert = await dashB.locator('.tm-sync-status [role=alert]').textContent();
    expect(alert).toContain('does not open with this passphrase');
    expect(alert).toContain('Nothing was changed, here or on the server');
    expect(JSON.stringify(await b.readStore('annotations'))).toBe(profileB);
    expect(serverFiles()).toEqual(onServer);
    await setUp(b, dashB, server, server.password, 'correct horse battery');
    await syncNow(dashB);
    expect((await annotation(b, talk.key))!.note).toContain(`${secret} Edited.`);
  });

  it('the team folder: A publishes her picks (no notes unless ticked), B sees her layer and its update with no link', async () => {
    const joinTeam = async (h: Harness, dashboard: Page, name: string) => {
      const form = dashboard.locator('.tm-sync-form');
      await form.getByLabel('Also publish to a team folder').check();
      await form.getByLabel('Team folder', { exact: true }).fill('team/shared');
      await form.getByLabel('Your name in the team').fill(name);
      await form.getByLabel('Conference').selectOption(conference.id);
      await form.getByRole('button', { name: 'Save and allow access' }).click();
      const team = async () => (((await h.readStore('sync')) as { key: string; settings?: { team?: { name: string } } }[]).find((r) => r.key === 'settings'))?.settings?.team?.name;
      await expect.poll(team, wait).toBe(name);
    };
    await joinTeam(a, dashA, 'Ana Lima');
    await joinTeam(b, dashB, 'Ben');
    type Layer = { name: string; sharedAt: number; picks: { key: string; starred: boolean; note: string }[] };
    const layers = async () => (await b.readStore('colleagues')) as Layer[];
    expect(await syncNow(dashA)).toMatch(/0 in the team folder/);
    expect(await syncNow(dashB)).toMatch(/1 in the team folder/);
    const [first] = await layers();
    expect(first).toMatchObject({ name: 'Ana Lima' });
    expect(first!.picks.find((p) => p.key === talk.key)).toMatchObject({ starred: true, note: '' });
    expect(readdirSync(join(server.dir, 'team/shared')).sort()).toEqual(['ana-lima.talkmarks.json', 'ben.talkmarks.json']);

    await patch(a, other, { starred: false, rating: 5 });
    await syncNow(dashA);
    await syncNow(dashB);
    const [second] = await layers();
    expect(second!.sharedAt).toBeGreaterThan(first!.sharedAt);
    expect(second!.picks.find((p) => p.key === other.key)).toMatchObject({ starred: false, rating: 5 });
    expect(await dashB.locator('.tm-sync-status [role=alert]').count()).toBe(0);
  });

  it('Stop syncing forgets the server and its passwords here, and the sync alarms go', async () => {
    await dashB.getByRole('button', { name: 'Stop syncing' }).click();
    await expect.poll(() => alarmNames(b), wait).not.toContain('tm-sync');
    expect(((await b.readStore('sync')) as SyncRow[]).some((r) => r.key === 'settings')).toBe(false);
    expect(await alarmNames(a)).toContain('tm-sync');
  });
});
