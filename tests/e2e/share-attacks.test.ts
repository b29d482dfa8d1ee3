import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_FORMAT } from '../../lib/model/shared-picks';
import { packShare } from '../../lib/share/pack';
import { schedListPage, type PageSession } from '../support/sched-page';
import { launchExtension, type Harness } from './harness';
import { inContentScript } from './isolated-world';

const sessions: PageSession[] = [
  { shortId: 'k1Kk', longId: '1'.repeat(32), title: 'eBPF for Everyone', start: '2026-05-04T08:00:00Z', room: 'Hall A' },
  { shortId: 'k2Kk', longId: '2'.repeat(32), title: 'GitOps Live', start: '2026-05-04T09:00:00Z', room: 'Hall B' },
];
const ROOT = 'https://teamconf2026.sched.com/';
const NAME = 'TeamConf 2026';
const WAIT = { timeout: 10_000 };

/** What the page's own script did in the old in-page prompt's attack: hide it, focus Accept, ask for Enter. */
const HIDE_AND_LURE = `(() => new Promise((resolve) => {
  const started = Date.now();
  const tick = () => {
    const prompt = document.querySelector('tm-share-prompt');
    if (prompt) {
      const cloak = Object.assign(document.createElement('div'), { style: 'opacity:0' });
      document.body.append(cloak);
      cloak.append(prompt);
      prompt.shadowRoot?.querySelector('button.primary')?.focus();
      document.body.insertAdjacentHTML('afterbegin', '<p id="lure">Press Enter to continue</p>');
      return resolve('prompt hidden');
    }
    if (Date.now() - started > 2500) return resolve('no prompt in the page');
    setTimeout(tick, 50);
  };
  tick();
}))()`;

/**
 * Shares from the popup of a schedule tab (or, with no tab, the dashboard's Colleagues view, which takes the
 * conference as stored); the downloaded file tells the sharer id the link carries too.
 */
async function share(h: Harness, tab?: Page): Promise<{ link: string; sharer: string }> {
  const popup = await h.extensionPage(tab ? `popup.html?tabId=${await h.tabIdOf(tab)}` : 'dashboard.html#view=team');
  await popup.getByRole('button', { name: tab ? `Share my picks for ${NAME}…` : 'Share my picks…' }).click();
  const dialog = popup.getByRole('dialog', { name: 'Share my picks' });
  await dialog.getByLabel('Your name, as colleagues see it').fill('Ana');
  const box = dialog.getByRole('textbox', { name: /^Link/ });
  await expect.poll(() => box.inputValue(), WAIT).toMatch(/#talkmarks=1\./);
  const link = await box.inputValue();
  const [download] = await Promise.all([popup.waitForEvent('download'), dialog.getByRole('button', { name: 'Download .talkmarks.json' }).click()]);
  const { sharer } = JSON.parse(await readFile((await download.path())!, 'utf8')) as { sharer: string };
  await popup.close();
  return { link, sharer };
}

describe('sharing, attacked from the page and from a compromised content script, in Chromium', () => {
  let h: Harness;
  let schedule: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(ROOT, schedListPage(sessions, { name: NAME, timeZone: 'Europe/Amsterdam', view: 'descriptions', clock: '24h' }));
    schedule = await h.open(ROOT);
    await schedule.getByRole('button', { name: 'Star: eBPF for Everyone', exact: true }).click();
    await schedule.getByRole('button', { name: 'Unstar: eBPF for Everyone', exact: true }).waitFor(WAIT);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('attack 2: a page that hides the question and lures a real Enter gets no picks stored', async () => {
    const token = await packShare({
      format: SHARE_FORMAT, version: 1, conference: 'sched:teamconf2026', from: 'Your manager', sharer: 'managerId123',
      sharedAt: Date.UTC(2026, 4, 1), include: { stars: true, ratings: false, tags: false, notes: false }, picks: [{ id: 'k2Kk', starred: true }],
    });
    const asked = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/receive.html?offer='), ...WAIT }).catch(() => undefined);
    const page = await h.context.newPage();
    await page.goto(`${ROOT}#talkmarks=${token}`);
    const hidden = await page.evaluate(HIDE_AND_LURE);
    // The user does as the page says, in the page, and once more wherever focus went (our window, if it took it).
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const ask = await asked;
    await ask?.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    expect({ hidden, colleagues: await h.readStore('colleagues') }).toEqual({ hidden: 'no prompt in the page', colleagues: [] });
    // The question waits, unanswered, in Talkmarks' own window.
    expect(ask).toBeDefined();
    expect(await ask!.getByRole('heading', { level: 1 }).textContent()).toContain('Your manager');
    await ask!.close();
    await page.close();
  });

  it('attack 7: a content script can neither read the share profile nor change whom the user shares as', async () => {
    const first = await share(h, schedule);
    const local = (await inContentScript(schedule, 'chrome.storage.local.get(null)')) as Record<string, unknown>;
    expect(Object.keys(local)).not.toContain('shareProfile');
    expect(JSON.stringify(local)).not.toContain(first.sharer);
    await inContentScript(schedule, `chrome.storage.local.set({ shareProfile: { sharer: 'colleagueId1', name: 'Ben' } })`);
    const second = await share(h, schedule);
    expect(second.sharer).toBe(first.sharer);
  });

  it('attack 4: a forged conference address never becomes the share link', async () => {
    const forged = { type: 'page/seen', conference: { id: 'sched:teamconf2026', platform: 'sched', event: 'teamconf2026', name: NAME, url: 'https://evil.example/' }, entries: [] };
    await inContentScript(schedule, `chrome.runtime.sendMessage(${JSON.stringify(forged)})`);
    // Both places a share starts: the popup (the conference as its tab answers) and the dashboard (as stored).
    for (const from of [schedule, undefined]) {
      const { link } = await share(h, from);
      expect(link).toMatch(/^https:\/\/teamconf2026\.sched\.com\/#talkmarks=1\.[A-Za-z0-9_-]+$/);
    }
  });
});
