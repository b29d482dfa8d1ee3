import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { zonedToInstant } from '../../lib/util/time';
import { schedListPage, type PageSession } from '../support/sched-page';
import { axeCheck } from './axe';
import { byRole } from './closed-shadow';
import { launchExtension, type Harness } from './harness';
import { sendFrom } from './plan-data';

/** Three days in Amsterdam, a keynote each morning, titles as long as KubeCon's; the clock at Tuesday 10:05. */
const URL_LIGHT = 'https://eventpop2026.sched.com/list/descriptions/';
const URL_DARK = 'https://eventpop2026.sched.com/list/simple/';
const CONF = 'sched:eventpop2026';
const ZONE = 'Europe/Amsterdam';
const at = (day: string, time: string) => zonedToInstant(day, time, ZONE)!;
const LONG = 'Accelerating Thanos: Query Federation Across Four Hundred Multi-Tenant Observability Clusters Without Losing Your Mind';
const LONG2 = 'Supercalifragilistic Platform Engineering: Internal Developer Portals, Golden Paths and the Paved Road Nobody Walks';
const talk = (shortId: string, title: string, day: string, from: string, to: string, room = 'Hall 12'): PageSession => ({
  shortId, title, start: at(day, from), end: at(day, to), room, type: 'Talk', speakers: [{ name: 'Ana Souza', slug: 'ana-souza', company: 'Example' }, { name: 'Chen Wei', slug: 'chen-wei' }],
});
const sessions: PageSession[] = [
  talk('k01', 'Keynote: Welcome', '2026-03-23', '09:00', '09:30'),
  talk('m01', 'Monday Workshop', '2026-03-23', '11:00', '12:00', 'Room A'),
  talk('b02', 'Badge Pick-Up', '2026-03-24', '08:00', '09:00', 'Foyer'),
  talk('k02', 'Keynote: Day Two', '2026-03-24', '09:00', '09:30'),
  talk('t01', LONG, '2026-03-24', '10:00', '10:45', 'Elicium 2'),
  talk('t02', 'Rust in the Kernel', '2026-03-24', '10:00', '10:30', 'Forum'),
  talk('t03', LONG2, '2026-03-24', '11:00', '11:30', 'Auditorium'),
  talk('t04', 'WebAssembly Everywhere', '2026-03-24', '14:00', '14:30', 'Forum'),
  talk('k03', 'Keynote: Closing', '2026-03-25', '09:00', '09:30'),
];
const keyOf = (id: string) => `${CONF}:${id}`;
const NOW = new Date(at('2026-03-24', '10:05'));

describe('the popup at the event (400×600, fixed clock)', () => {
  let h: Harness;
  let tabId: number;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(URL_LIGHT, schedListPage(sessions, { name: 'EventPop Europe 2026', timeZone: ZONE, view: 'descriptions', clock: '24h' }));
    const schedule = await h.open(URL_LIGHT);
    await schedule.locator('tm-controls').nth(sessions.length - 1).waitFor({ state: 'attached' });
    const setup = await h.extensionPage('dashboard.html');
    // Every chip on the long titles: rating, tags, must-see, alternative, watch later.
    await sendFrom(
      setup,
      { type: 'annotations/bulk', keys: ['t01', 't03'].map(keyOf), change: { kind: 'patch', patch: { starred: true } } },
      { type: 'annotation/patch', key: keyOf('t01'), patch: { rating: 5, tags: ['observability', 'cool-tech', 'thanos'], priority: 'must', watchLater: true, note: 'x' } },
      { type: 'annotation/patch', key: keyOf('t03'), patch: { rating: 3, tags: ['platform'], priority: 'maybe', alternative: true, watchLater: true } },
    );
    await setup.close();
    tabId = await h.tabIdOf(schedule);
  });
  afterAll(async () => h?.close());

  async function popup(): Promise<Page> {
    const page = await h.context.newPage();
    await page.clock.setFixedTime(NOW);
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await page.locator('.tm-session .tm-summary').first().waitFor();
    return page;
  }
  const titlesIn = (page: Page, day: string) => page.locator(`section[aria-labelledby="tm-day-${day}"] > ul:first-of-type > .tm-session .tm-title > a`).allTextContents();

  it('opens at now: today’s heading at the top, starred first, what is over last under "Earlier today"', async () => {
    const page = await popup();
    await expect.poll(() => titlesIn(page, '2026-03-24')).toEqual([LONG, LONG2, 'Rust in the Kernel', 'WebAssembly Everywhere']);
    expect(await page.locator('section[aria-labelledby="tm-day-2026-03-24"] h3 + ul .tm-title > a').allTextContents()).toEqual(['Badge Pick-Up', 'Keynote: Day Two']);
    const top = await page.locator('#tm-day-2026-03-24').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(4);
    // Every day has its heading and a button to jump to it; today's is marked.
    expect(await page.locator('.tm-day-heading').allTextContents()).toEqual(['Monday, 23 March 2026', 'Tuesday, 24 March 2026', 'Wednesday, 25 March 2026']);
    expect(await page.getByRole('navigation', { name: 'Days' }).locator('[aria-current="date"]').textContent()).toBe('Tue 24 Mar');
    await page.getByRole('button', { name: 'Mon 23 Mar' }).click();
    await expect.poll(() => page.locator('#tm-day-2026-03-23').evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 4)).toBe(true);
    // By time: starred no longer first.
    await page.getByRole('checkbox', { name: 'By time (starred not first)' }).check();
    await expect.poll(() => titlesIn(page, '2026-03-24')).toEqual([LONG, 'Rust in the Kernel', LONG2, 'WebAssembly Everywhere']);
    await page.getByRole('checkbox', { name: 'By time (starred not first)' }).uncheck();
    await page.close();
  });

  it('gives the title the row’s width: every row’s title box is at least 60% of the row, facts and chips below it', async () => {
    const page = await popup();
    const boxes = await page.locator('.tm-session').evaluateAll((rows) =>
      rows.map((row) => {
        const r = row.getBoundingClientRect();
        const title = row.querySelector('.tm-title')!.getBoundingClientRect();
        const link = row.querySelector('.tm-title > a')!.getBoundingClientRect();
        const meta = row.querySelector('.tm-meta')!.getBoundingClientRect();
        return { key: row.getAttribute('data-key'), share: title.width / r.width, metaBelow: meta.top >= link.bottom - 1, linkHeight: link.height };
      }),
    );
    expect(boxes).toHaveLength(sessions.length);
    for (const b of boxes) {
      expect(b.share, b.key!).toBeGreaterThanOrEqual(0.6);
      expect(b.metaBelow, b.key!).toBe(true);
    }
    // The 115-character title wraps over a few lines, not 25.
    const longest = boxes.find((b) => b.key === keyOf('t01'))!;
    expect(longest.linkHeight).toBeLessThan(4 * 21);
    const line2 = await page.locator(`[data-key="${keyOf('t01')}"] .tm-meta > *`).allTextContents();
    expect(line2).toEqual(['10:00–10:45 CET · Elicium 2', '5★ #observability #cool-tech #thanos ✎', 'Must-seeWatch later']);
    expect(await page.locator(`[data-key="${keyOf('t01')}"] .tm-speakers`).textContent()).toBe('Ana Souza, Chen Wei');
    expect(await page.locator('.tm-facts').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12.5);
    await page.close();
  });

  it('opens a row on a click anywhere in it; targets are 24×24 px or more; Clear rating only when rated; stars preview on hover', async () => {
    const page = await popup();
    await page.locator(`[data-key="${keyOf('t01')}"] .tm-speakers`).click();
    const rating = page.getByRole('group', { name: `Rating for ${LONG}` });
    await rating.waitFor();
    const sizes = await page.locator(`[data-key="${keyOf('t01')}"]`).evaluate((row) =>
      [...row.querySelectorAll('.tm-star, .tm-expand, .tm-rating button:not(.tm-clear), .tm-tags li button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.getAttribute('aria-label'), width: r.width, height: r.height };
      }),
    );
    expect(sizes).toHaveLength(2 + 5 + 3);
    for (const s of sizes) {
      expect(s.width, s.name!).toBeGreaterThanOrEqual(24);
      expect(s.height, s.name!).toBeGreaterThanOrEqual(24);
    }
    expect(await rating.getByRole('button', { name: 'Clear rating' }).count()).toBe(1);
    // The row's own ▸ closes it again; an unrated row has nothing to clear.
    await page.getByRole('button', { name: `Close notes for ${LONG}` }).click();
    await page.getByRole('button', { name: 'Edit notes for Rust in the Kernel' }).click();
    const unrated = page.getByRole('group', { name: 'Rating for Rust in the Kernel' });
    await unrated.getByRole('button', { name: 'Rate 1 of 5' }).waitFor();
    expect(await unrated.getByRole('button', { name: 'Clear rating' }).count()).toBe(0);
    await unrated.getByRole('button', { name: 'Rate 3 of 5' }).hover();
    await expect.poll(() => unrated.locator('button').allTextContents()).toEqual(['★', '★', '★', '☆', '☆']);
    await page.mouse.move(5, 5);
    await expect.poll(() => unrated.locator('button').allTextContents()).toEqual(['☆', '☆', '☆', '☆', '☆']);
    const { serious, all } = await axeCheck(page, undefined, { targetSize: true });
    expect(serious).toEqual([]);
    expect(all.filter((f) => f.rule === 'target-size')).toEqual([]);
    await page.close();
  });

  it('filtering "keynote" shows three keynotes under their three days', async () => {
    const page = await popup();
    await page.getByRole('searchbox', { name: 'Filter sessions' }).fill('keynote');
    await expect.poll(() => page.locator('.tm-session').count()).toBe(3);
    expect(await page.locator('.tm-day-group').evaluateAll((groups) => groups.map((g) => `${g.querySelector('.tm-day-heading')!.textContent}: ${g.querySelector('.tm-title > a')!.textContent}`))).toEqual([
      'Monday, 23 March 2026: Keynote: Welcome',
      'Tuesday, 24 March 2026: Keynote: Day Two',
      'Wednesday, 25 March 2026: Keynote: Closing',
    ]);
    await page.close();
  });

  it('remembers "Starred only" the next time it opens', async () => {
    const page = await popup();
    await page.getByRole('checkbox', { name: 'Starred only' }).check();
    await expect.poll(() => page.locator('.tm-session').count()).toBe(2);
    await page.close();
    const again = await popup();
    expect(await again.getByRole('checkbox', { name: 'Starred only' }).isChecked()).toBe(true);
    expect(await again.locator('.tm-session .tm-title > a').allTextContents()).toEqual([LONG, LONG2]);
    await again.getByRole('checkbox', { name: 'Starred only' }).uncheck();
    await expect.poll(() => again.locator('.tm-session').count()).toBe(sessions.length);
    await again.close();
  });

  it('previews a note rendered, and a hostile note as its text', async () => {
    const page = await popup();
    await page.getByRole('button', { name: 'Edit notes for WebAssembly Everywhere' }).click();
    await page.getByRole('textbox', { name: 'Notes on WebAssembly Everywhere' }).fill('**Components** <img src=x onerror="document.title=1"> [x](javascript:document.title=2)');
    await page.getByRole('button', { name: 'Preview notes on WebAssembly Everywhere' }).click();
    const preview = page.getByRole('region', { name: 'Preview of the notes on WebAssembly Everywhere' });
    await expect.poll(() => preview.locator('strong').textContent()).toBe('Components');
    expect(await preview.locator('img, a').count()).toBe(0);
    expect(await preview.textContent()).toContain('<img src=x onerror="document.title=1">');
    expect(await page.title()).toBe('Talkmarks');
    await page.close();
  });

  it('the in-page badge follows the page’s own colours: light on a light page in dark mode, dark on a dark page in light mode', async () => {
    h.serve(URL_DARK, schedListPage(sessions, { name: 'EventPop Europe 2026', timeZone: ZONE, view: 'simple', clock: '24h' }).replace('</head>', '<style>html, body { background: #0d1117; color: #e6edf3; }</style></head>'));
    const badgeClass = async (url: string, colorScheme: 'light' | 'dark') => {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const badge = await byRole(page, 'image', `Your notes on ${LONG}: rated 5 of 5, has a note, tagged observability, cool-tech, thanos`);
      const cls = await badge.attribute('class');
      await page.close();
      return cls ?? '';
    };
    expect(await badgeClass(URL_LIGHT, 'dark')).not.toContain('dark');
    expect(await badgeClass(URL_DARK, 'light')).toContain('dark');
  });

  it('on a long page (450 sessions) draws today first, stays at today while the other days fill in, jumps to a day and filters across all', async () => {
    const BIG = 'https://bigpop2026.sched.com/list/descriptions/';
    const clock = (i: number) => `${String(8 + Math.floor((i * 3) / 60)).padStart(2, '0')}:${String((i * 3) % 60).padStart(2, '0')}`;
    const many = ['2026-03-23', '2026-03-24', '2026-03-25'].flatMap((day, d) =>
      Array.from({ length: 150 }, (_, i) => talk(`g${d}${String(i).padStart(3, '0')}`, `Day ${d + 1} session ${i}`, day, clock(i), clock(i + 1))),
    );
    many[0] = { ...many[0]!, title: 'Needle on Monday' };
    h.serve(BIG, schedListPage(many, { name: 'BigPop 2026', timeZone: ZONE, view: 'descriptions', clock: '24h' }));
    const schedule = await h.open(BIG);
    await schedule.locator('tm-controls').nth(many.length - 1).waitFor({ state: 'attached' });
    const page = await h.context.newPage();
    await page.clock.setFixedTime(new Date(at('2026-03-24', '07:00')));
    await page.setViewportSize({ width: 400, height: 600 });
    // How many rows the list had when its first ones were drawn.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const rows = document.querySelectorAll('.tm-session');
        if (!rows.length) return;
        observer.disconnect();
        document.documentElement.dataset.firstRows = [...rows].map((r) => r.getAttribute('data-key')!.split(':')[2]!.slice(0, 2)).join(' ');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await h.tabIdOf(schedule)}`);
    // The settle signal: every row is drawn.
    await expect.poll(() => page.locator('.tm-session').count()).toBe(many.length);
    const first = (await page.evaluate(() => document.documentElement.dataset.firstRows))!.split(' ');
    expect(first.length).toBeLessThan(many.length);
    expect(new Set(first)).toEqual(new Set(['g1']));
    // Monday's rows went in above the screen without moving it: Tuesday's heading is still at the top.
    expect(Math.abs(await page.locator('#tm-day-2026-03-24').evaluate((el) => el.getBoundingClientRect().top))).toBeLessThan(4);
    expect(await page.locator('[aria-busy], .tm-pending').count()).toBe(0);
    await page.getByRole('button', { name: 'Wed 25 Mar' }).click();
    await expect.poll(() => page.locator('#tm-day-2026-03-25').evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 4)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tm-day-2026-03-25');
    await page.getByRole('searchbox', { name: 'Filter sessions' }).fill('needle');
    await expect.poll(() => page.locator('.tm-session .tm-title > a').allTextContents()).toEqual(['Needle on Monday']);
    expect(await page.locator('.tm-day-heading').allTextContents()).toEqual(['Monday, 23 March 2026']);
    await page.close();
    await schedule.close();
  });
});
