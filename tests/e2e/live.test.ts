import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

/** A page that renders its schedule client-side, after load, and keeps changing it (filters, "load more"). */
const LIVE = 'https://live2026.sched.com/list/descriptions/';
const shell = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Live Conf 2026: Schedule</title></head>
<body><div id="sched-content-inner"><a class="sched-container-anchor" id="2026-05-12"></a>
<h3> 10:00am <span class="tz">CEST</span></h3><div class="sched-container"><div class="sched-container-inner" id="list"></div></div></div></body></html>`;

const entry = (id: string, title: string) =>
  `<span class="event ev_1"><a href="event/${id}/slug" class="name">${title}<span class="vs">Room ${id}</span></a></span>`;

describe('a page that changes after load', () => {
  let h: Harness;
  let page: Page;
  const controls = () => page.locator('tm-controls').count();
  const inEntry = (id: string) => page.locator(`span.event:has(a[href^="event/${id}/"]) tm-controls`).count();
  const star = (title: string) => page.getByRole('button', { name: new RegExp(`^(Star|Unstar): ${title}$`) });
  const popupKeys = async () => {
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);
    await expect.poll(() => popup.locator('.tm-session').count()).toBeGreaterThan(0);
    const keys = await popup.locator('.tm-session').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')).sort());
    await popup.close();
    return keys;
  };

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LIVE, shell);
    page = await h.open(LIVE);
  });
  afterAll(async () => h?.close());

  it('gives entries rendered after load their controls', async () => {
    await page.evaluate((html) => {
      setTimeout(() => document.getElementById('list')!.insertAdjacentHTML('beforeend', html), 50);
    }, ['aaa1', 'aaa2', 'aaa3', 'aaa4'].map((id, i) => entry(id, `Live talk ${i + 1}`)).join(''));
    await expect.poll(controls).toBe(4);
    expect(await star('Live talk 3').getAttribute('aria-label')).toBe('Star: Live talk 3');
  });

  it('never doubles controls when the page re-renders entries, however it does it', async () => {
    await star('Live talk 1').click();
    await expect.poll(() => star('Live talk 1').getAttribute('aria-pressed')).toBe('true');
    await page.evaluate((html) => {
      const spans = document.querySelectorAll('#list span.event');
      // 1: rebuilt from scratch (our control goes with it); 2: its link replaced; 3: re-serialised with our markup.
      spans[0]!.outerHTML = html;
      spans[1]!.querySelector('a')!.replaceWith(spans[1]!.querySelector('a')!.cloneNode(true));
      spans[2]!.outerHTML = spans[2]!.outerHTML;
    }, entry('aaa1', 'Live talk 1'));
    await expect.poll(() => Promise.all(['aaa1', 'aaa2', 'aaa3', 'aaa4'].map(inEntry))).toEqual([1, 1, 1, 1]);
    await expect.poll(() => star('Live talk 1').getAttribute('aria-pressed')).toBe('true');
    // The same entries again, one frame later: nothing new.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await controls()).toBe(4);
  });

  it('leaves nothing of removed entries: the popup lists only what the page still shows', async () => {
    await page.evaluate(() => {
      const spans = document.querySelectorAll('#list span.event');
      spans[1]!.remove();
      spans[3]!.remove();
    });
    await expect.poll(controls).toBe(2);
    expect(await popupKeys()).toEqual(['sched:live2026:aaa1', 'sched:live2026:aaa3']);
  });

  it('keeps working after the whole list is replaced, as a filter does', async () => {
    await page.evaluate((html) => void (document.getElementById('list')!.innerHTML = html), ['aaa1', 'bbb5'].map((id) => entry(id, `Filtered ${id}`)).join(''));
    await expect.poll(controls).toBe(2);
    await expect.poll(() => star('Filtered aaa1').getAttribute('aria-pressed')).toBe('true');
    expect(await popupKeys()).toEqual(['sched:live2026:aaa1', 'sched:live2026:bbb5']);
  });
});
