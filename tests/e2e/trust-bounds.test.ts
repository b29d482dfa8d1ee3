import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedListPage } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';
import { inContentScript } from './isolated-world';

const URL_A = 'https://demo2026.sched.com/';
const sessions = [
  { shortId: 'a1Aa', title: 'GitOps at Scale', start: '2026-03-24T08:00:00Z', room: 'Hall 12' },
  { shortId: 'b2Bb', title: 'Zero Trust in Practice', start: '2026-03-24T09:00:00Z', room: 'Forum' },
];
const page = schedListPage(sessions, { name: 'DemoConf', timeZone: 'Europe/Amsterdam', view: 'default' });
const WAIT = { timeout: 10_000 };

type Stored = { key: string; url?: string; abstract?: string };

/**
 * What a compromised renderer of a sched tab can send, run in the content script's isolated world: conference
 * identity (attack 4 of issue 12) and the size and rate of what it records (attack 5).
 */
describe('a compromised schedule tab: identity from the tab, bounded storage and rate', () => {
  let h: Harness;
  const warnings: string[] = [];

  const sessionsStored = async () => (await h.readStore('sessions')) as Stored[];
  const openSchedule = async (): Promise<Page> => {
    const tab = await h.open(URL_A);
    await tab.locator('tm-controls').nth(1).waitFor({ state: 'attached', ...WAIT });
    return tab;
  };

  beforeAll(async () => {
    h = await launchExtension();
    h.worker.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
    h.serve(URL_A, page);
    h.serve('http://demo2026.sched.com/', page);
  });
  afterAll(async () => h?.close());

  it('gives an http:// sched page no controls', async () => {
    const plain = await h.open('http://demo2026.sched.com/');
    // The https tab, opened after it, has its controls and its sessions recorded: the http one had as long.
    await openSchedule();
    await expect.poll(async () => (await sessionsStored()).length, WAIT).toBe(2);
    expect(await plain.locator('tm-controls').count()).toBe(0);
    await plain.close();
  });

  it('stores the conference address and entry addresses of the sender’s URL, whatever page/seen says', async () => {
    const tab = await openSchedule();
    await expect.poll(async () => (await sessionsStored()).length, WAIT).toBe(2);
    const answer = await inContentScript(tab, `chrome.runtime.sendMessage({ type: 'page/seen',
      conference: { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'DemoConf', url: 'https://evil.example/' },
      entries: [
        { key: 'sched:demo2026:a1Aa', conference: 'sched:demo2026', aliases: [], title: 'GitOps at Scale', url: 'https://evil.example/phish', speakers: [] },
        { key: 'sched:demo2026:c3Cc', conference: 'sched:demo2026', aliases: [], title: 'Planted', url: 'https://evil.example/c3', speakers: [] },
      ] })`);
    expect(answer).toMatchObject({ ok: true });
    expect(await h.readStore('conferences')).toEqual([expect.objectContaining({ id: 'sched:demo2026', url: URL_A })]);
    const stored = await sessionsStored();
    expect(stored.map((s) => s.key).sort()).toEqual(['sched:demo2026:a1Aa', 'sched:demo2026:b2Bb', 'sched:demo2026:c3Cc']);
    for (const s of stored) expect(s.url === undefined || s.url.startsWith(URL_A)).toBe(true);
    expect(stored.find((s) => s.key === 'sched:demo2026:a1Aa')!.url).toMatch(/^https:\/\/demo2026\.sched\.com\/event\/a1Aa/);
    await tab.close();
  });

  it('a forged tab/entries answer never makes the popup show another conference', async () => {
    const tab = await openSchedule();
    // The compromised renderer stops our script (WXT's "a newer copy started" event) so that its answer is the only one.
    await inContentScript(tab, `document.dispatchEvent(new CustomEvent(chrome.runtime.id + ':sched:wxt:content-script-started', { detail: { contentScriptName: 'sched', messageId: 'forger' } }));
    chrome.runtime.onMessage.addListener((message, _sender, respond) => {
      if (message?.type !== 'tab/entries') return;
      respond({
        conference: { id: 'sched:evil2026', platform: 'sched', event: 'evil2026', name: 'Forged Conference', url: 'https://evil.example/' },
        entries: [{ key: 'sched:evil2026:x1', conference: 'sched:evil2026', aliases: [], title: 'Forged session', speakers: [] }],
      });
    }); 'listening'`);
    await expect.poll(() => tab.locator('tm-controls').count(), WAIT).toBe(0);
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(tab)}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('DemoConf');
    expect(await popup.getByText('Forged', { exact: false }).count()).toBe(0);
    expect(await popup.locator('.tm-session').count()).toBeGreaterThanOrEqual(2);
    await popup.close();
    await tab.close();
  });

  it('cuts one oversized page/seen to the caps, bounds what a tab adds, and says so once', async () => {
    const tab = await openSchedule();
    const started = Date.now();
    // 200 abstracts of 100 kB under fresh keys, twice: 40 MB before the caps.
    const answers = [];
    for (let round = 0; round < 2; round++) {
      answers.push(await inContentScript(tab, `chrome.runtime.sendMessage({ type: 'page/seen',
        conference: { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'DemoConf' },
        entries: Array.from({ length: 200 }, (_, i) => ({ key: 'sched:demo2026:big${round}x' + i, conference: 'sched:demo2026', aliases: [], title: 'Big ' + i, speakers: [], abstract: 'x'.repeat(100000) })) })`));
    }
    const seconds = (Date.now() - started) / 1000;
    expect(answers).toEqual([{ ok: true, value: { stored: 200, renamed: {}, changes: {} } }, { ok: true, value: expect.objectContaining({ stored: expect.any(Number) }) }]);
    const big = (await sessionsStored()).filter((s) => s.key.includes(':big'));
    const bytes = big.reduce((n, s) => n + JSON.stringify(s).length, 0);
    console.log(`[talkmarks] 2 × 200 abstracts of 100 kB from one tab in ${seconds.toFixed(1)} s: ${big.length} sessions stored, ${(bytes / 1048576).toFixed(1)} MB (was 40 MB)`);
    expect(Math.max(...big.map((s) => s.abstract!.length))).toBe(32 * 1024);
    // The 8 MB a tab may add at once, and the 64 KB a second that followed while the test ran.
    expect(bytes).toBeLessThanOrEqual(8 * 1048576 + seconds * 64 * 1024 + 34 * 1024);
    expect(big.length).toBeLessThan(400);
    expect(warnings.filter((w) => w.includes('cut abstract to 32 KB'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('a tab added more than 8 MB'))).toHaveLength(1);
    await tab.close();
  }, 180_000);

  it('refuses a burst of page/seen messages beyond the rate, and says so once', async () => {
    const tab = await openSchedule();
    // Empty, so only the rate is measured: what each message may carry is bounded above.
    const started = Date.now();
    const answers = (await inContentScript(tab, `Promise.all(Array.from({ length: 1500 }, (_, i) => chrome.runtime.sendMessage({ type: 'page/seen',
      conference: { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'DemoConf' },
      entries: [] })))`)) as { ok: boolean; error?: string }[];
    const seconds = (Date.now() - started) / 1000;
    const refused = answers.filter((a) => !a.ok);
    console.log(`[talkmarks] a burst of 1,500 page/seen messages from one tab in ${seconds.toFixed(1)} s: ${refused.length} refused`);
    // 1,000 at once, then 20 a second while the burst lasted.
    expect(refused.length).toBeGreaterThanOrEqual(Math.min(400, 500 - Math.ceil(20 * seconds) - 5));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.error).toMatch(/^Refused: this tab reports sessions faster than any schedule page does/);
    expect(warnings.filter((w) => w.includes('page/seen messages beyond 1000'))).toHaveLength(1);
    await tab.close();
  }, 180_000);
});
