import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { zonedToInstant } from '../../lib/util/time';
import { axeCheck } from './axe';
import { launchExtension, type Harness } from './harness';
import { CONF, PLAN_URL, ZONE, planPage, seedPlan, sendFrom } from './plan-data';

const now = new Date(zonedToInstant('2026-03-24', '10:05', ZONE)!);

describe('accessibility and looks (axe-core, zoom, popup size)', () => {
  let h: Harness;
  let schedule: Page;

  beforeAll(async () => {
    h = await launchExtension();
    h.serve(PLAN_URL, planPage());
    schedule = await h.open(PLAN_URL);
    await schedule.locator('tm-controls').nth(7).waitFor({ state: 'attached' });
    const setup = await h.extensionPage('dashboard.html');
    await seedPlan(setup);
    await sendFrom(setup, {
      type: 'own/put',
      item: { id: 'lunch', conference: CONF, title: 'Lunch', start: zonedToInstant('2026-03-24', '12:30', ZONE)!, end: zonedToInstant('2026-03-24', '13:15', ZONE)!, timeZone: ZONE, place: 'Café', note: '', alternative: false, updatedAt: 0 },
    });
    await setup.close();
  });
  afterAll(async () => h?.close());

  async function open(path: string, colorScheme: 'light' | 'dark', size = { width: 1000, height: 800 }) {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.clock.setFixedTime(now);
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    return page;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`popup (${colorScheme}): no serious or critical violations, with a row open`, async () => {
      const popup = await open(`popup.html?tabId=${await h.tabIdOf(schedule)}`, colorScheme, { width: 420, height: 600 });
      await popup.getByRole('button', { name: 'Edit notes for GitOps at Scale' }).click();
      await popup.getByRole('region', { name: 'Now and next' }).waitFor();
      const { serious, passed } = await axeCheck(popup);
      expect(serious).toEqual([]);
      expect(passed).toBeGreaterThan(50);
      await popup.close();
    });

    for (const hash of ['', '#q=security&starred=1', '#view=plan', '#view=later', '#view=tags', '#view=team', '#view=schedules', '#view=data', '#view=welcome']) {
      it(`dashboard ${hash || '(overview)'} (${colorScheme}): no serious or critical violations`, async () => {
        const page = await open(`dashboard.html${hash}`, colorScheme);
        await page.locator('.tm-sections').waitFor();
        await page.locator('.tm-session, .tm-plan-item, .tm-tag-manager, .tm-watch-later, #tm-colleagues-title, .tm-import, .tm-storage span, .tm-tour').first().waitFor();
        const { serious } = await axeCheck(page);
        expect(serious).toEqual([]);
        await page.close();
      });
    }
  }

  it('schedule page: our controls and announcer have no serious or critical violations', async () => {
    await schedule.bringToFront();
    const { serious, passed } = await axeCheck(schedule, (target) => target.includes('tm-'));
    expect(serious).toEqual([]);
    expect(passed).toBeGreaterThan(0);
  });

  it('the dashboard reflows at 200% zoom (640 px wide): no sideways scrolling', async () => {
    for (const hash of ['#q=e', '#view=plan', '#view=tags', '#view=data', '#view=welcome']) {
      const page = await open(`dashboard.html${hash}`, 'light', { width: 640, height: 450 });
      await page.locator('.tm-session, .tm-plan-item, .tm-tag-manager, .tm-storage span, .tm-tour').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), hash).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('the plan at 400 px: hours beside the rows, a clash in two lanes, the form opened in place; axe-clean with it open', async () => {
    const page = await open('dashboard.html#view=plan', 'light', { width: 400, height: 700 });
    const day1 = page.getByRole('region', { name: 'Tuesday, 24 March 2026' });
    await day1.locator('.tm-plan-item').first().waitFor();
    expect(await day1.locator('.tm-axis-hour').allTextContents()).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00', '20:00', '21:00', '22:00', '23:00', '00:00']);
    const layout = await day1.locator('.tm-axis-row').evaluateAll((rows) =>
      rows.map((row) => {
        const [axis, content] = [row.querySelector('.tm-axis')!.getBoundingClientRect(), row.querySelector('.tm-axis-content')!.getBoundingClientRect()];
        return { besides: axis.right <= content.left, share: content.width / row.getBoundingClientRect().width, lanes: new Set([...row.querySelectorAll<HTMLElement>('.tm-axis-bar')].map((b) => b.getBoundingClientRect().left)).size };
      }),
    );
    expect(layout.every((r) => r.besides && r.share >= 0.7)).toBe(true);
    // GitOps at Scale and Zero Trust overlap: side by side in the clash's row.
    expect(Math.max(...layout.map((r) => r.lanes))).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await day1.getByRole('button', { name: '+ Add your own item on Tuesday, 24 March 2026' }).click();
    await day1.getByRole('form', { name: 'Add your own item' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const { serious } = await axeCheck(page);
    expect(serious).toEqual([]);
    await page.close();
  });

  it('the popup fits 800×600, and reflows at 200% zoom (400 px wide)', async () => {
    const tabId = await h.tabIdOf(schedule);
    for (const width of [800, 400]) {
      const popup = await open(`popup.html?tabId=${tabId}`, 'light', { width, height: 600 / (800 / width) });
      await popup.locator('.tm-session').first().waitFor();
      const box = await popup.evaluate(() => ({
        width: document.querySelector('.tm-popup')!.getBoundingClientRect().width,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(box.width).toBeLessThanOrEqual(Math.min(800, width));
      expect(box.overflow).toBeLessThanOrEqual(0);
      await popup.close();
    }
  });
});
