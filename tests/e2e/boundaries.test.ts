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
const forgedPatch = (key: string) => ({ type: 'annotation/patch', key, patch: { starred: true, note: 'forged' } });

describe('nobody else writes: forged messages in Chromium', () => {
  let h: Harness;
  let page: Page;
  const refused: string[] = [];

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(URL_A, schedListPage(sessions, { name: 'DemoConf', timeZone: 'Europe/Amsterdam', view: 'default' }));
    page = await h.open(URL_A);
    await page.locator('tm-controls').nth(1).waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    console.log(`[talkmarks] forged or malformed messages refused in Chromium: ${refused.length}\n  ${refused.join('\n  ')}`);
    await h?.close();
  });

  it('gives the page itself no way to reach the extension', async () => {
    const reach = await page.evaluate(async ({ id, message }) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime.sendMessage in the page';
      try {
        return `answered ${JSON.stringify(await runtime.sendMessage(id, message))}`;
      } catch (error) {
        return `threw ${(error as Error).message}`;
      }
    }, { id: h.extensionId, message: forgedPatch('sched:demo2026:a1Aa') });
    expect(reach).not.toMatch(/^answered/);
    refused.push(`page main world → runtime.sendMessage: ${reach}`);

    await page.evaluate((m) => {
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
      document.dispatchEvent(new CustomEvent('talkmarks', { detail: m }));
    }, forgedPatch('sched:demo2026:a1Aa'));
    refused.push('page main world → window.postMessage (object and string) and a DOM event');
    // A real click after the forgeries: once it is stored, anything the forgeries caused would be too.
    await page.getByRole('button', { name: 'Star: Zero Trust in Practice' }).click();
    await expect.poll(async () => (await h.readStore('annotations')).length).toBe(1);
    expect(await h.readStore('annotations')).toEqual([expect.objectContaining({ key: 'sched:demo2026:b2Bb', note: '' })]);
  });

  it('refuses a content script writing another schedule, or sending what only Talkmarks pages may send', async (ctx) => {
    if (h.browser !== 'chromium') ctx.skip();
    const attempts: [string, unknown][] = [
      ['patch another event', forgedPatch('sched:other2026:x1')],
      ['record sessions of another event', { type: 'page/seen', conference: { id: 'sched:other2026', platform: 'sched', event: 'other2026', name: 'x' }, entries: [{ key: 'sched:other2026:x1', conference: 'sched:other2026', title: 'x' }] }],
      ['disguise another event’s session as its own entry', { ...forgedPatch('sched:demo2026:a1Aa'), entry: { key: 'sched:other2026:x1', conference: 'sched:other2026', title: 'x' } }],
      ['announce a bulk change', { type: 'annotations/changed', conferences: ['sched:other2026'] }],
      ['a rating of 99', { type: 'annotation/patch', key: 'sched:demo2026:a1Aa', patch: { rating: 99 } }],
      ['a javascript: link', { type: 'annotation/patch', key: 'sched:demo2026:a1Aa', patch: { starred: true }, entry: { key: 'sched:demo2026:a1Aa', conference: 'sched:demo2026', title: 't', url: 'javascript:alert(1)' } }],
      ['an unknown type', { type: 'db/clear' }],
      ['a string', 'annotation/patch'],
      ['null', null],
    ];
    for (const [name, message] of attempts) {
      const answer = (await inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as { ok: boolean; error: string };
      expect(answer, name).toMatchObject({ ok: false, error: expect.stringMatching(/^(Refused|Malformed)/) });
      refused.push(`content script → ${name}: ${answer.error.split('\n')[0]}`);
    }
    // The same channel works for what the page may do: the refusals above are the sender checks, not a broken channel.
    const own = await inContentScript(page, `chrome.runtime.sendMessage({ type: 'page/annotations' })`);
    expect(own).toMatchObject({ ok: true });
    expect((await h.readStore('annotations')).map((a) => (a as { key: string }).key)).toEqual(['sched:demo2026:b2Bb']);
    expect((await h.readStore('sessions')).every((s) => (s as { conference: string }).conference === 'sched:demo2026')).toBe(true);
  });
});
