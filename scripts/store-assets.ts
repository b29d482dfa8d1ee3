// `npm run store-assets`: what the Chrome Web Store and addons.mozilla.org ask for, from the real built extension.
// Screenshots at 1280×800, light and dark: the sample's own schedule page (routed at its real sched.com address, from
// the bundled all.ics) with the popup open over it, the dashboard's search and the plan; a 440×280 promo tile; and the
// icon at every size the manifest and the stores use (also written to public/icon/, where WXT finds the manifest's icons).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/harness';
import { SAMPLE_PAGE_URL, sampleDayPage } from './sample-page';
import { SAMPLE_DAY, SAMPLE_NOW, seedSampleProfile } from './sample-profile';

const out = 'docs/store';
const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const STAGE = { width: 1280, height: 800 };
mkdirSync(out, { recursive: true });
mkdirSync('public/icon', { recursive: true });
const iconSvg = `data:image/svg+xml;base64,${readFileSync('assets/icon.svg').toString('base64')}`;
const png = async (page: Page, options: { clip?: { x: number; y: number; width: number; height: number }; omitBackground?: boolean } = {}) =>
  `data:image/png;base64,${(await page.screenshot(options)).toString('base64')}`;

const h = await launchExtension();
try {
  const [noted] = await seedSampleProfile(h);
  const blank = await h.context.newPage();

  for (const size of ICON_SIZES) {
    await blank.setViewportSize({ width: size, height: size });
    await blank.setContent(`<style>body{margin:0;background:transparent}</style><img src="${iconSvg}" width="${size}" height="${size}">`);
    const image = await blank.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    for (const path of [join(out, `icon-${size}.png`), `public/icon/${size}.png`]) writeFileSync(path, image);
  }

  await blank.setViewportSize({ width: 440, height: 280 });
  await blank.setContent(`<style>
    body { margin: 0; width: 440px; height: 280px; display: grid; grid-template-columns: 112px 1fr; align-items: center; gap: 20px;
      padding: 0 32px; box-sizing: border-box; background: linear-gradient(135deg, #0969da, #0a3069); color: #fff;
      font: 15px/1.4 system-ui, sans-serif; }
    h1 { font-size: 34px; margin: 0 0 8px; } p { margin: 0; }
  </style><img src="${iconSvg}" width="112" height="112" alt=""><div><h1>Talkmarks</h1><p>Star, rate and take notes on conference talks right on the schedule page. Export your highlights.</p></div>`);
  await blank.screenshot({ path: join(out, 'promo-440x280.png') });

  h.serve(SAMPLE_PAGE_URL, sampleDayPage(SAMPLE_DAY));
  const schedule = await h.open(SAMPLE_PAGE_URL);
  await schedule.setViewportSize(STAGE);
  await schedule.locator('tm-controls').first().waitFor();
  // The must-see talk in view, as a user scrolled to it.
  await schedule.getByRole('button', { name: `Unstar: ${noted!.title}`, exact: true }).first().scrollIntoViewIfNeeded();
  await schedule.evaluate(() => window.scrollBy(0, -200));
  const tabId = await h.tabIdOf(schedule);

  for (const colorScheme of ['light', 'dark'] as const) {
    // The schedule is the site's own page (light, as sched draws it); the popup opens over it as from the toolbar.
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.clock.setFixedTime(SAMPLE_NOW);
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('region', { name: 'Now and next' }).waitFor();
    await popup.getByRole('button', { name: `Edit notes for ${noted!.title}`, exact: true }).first().click();
    const [page, over] = [await png(schedule), await png(popup)];
    await popup.close();
    await blank.setViewportSize(STAGE);
    await blank.setContent(`<style>body{margin:0;position:relative;width:1280px;height:800px;overflow:hidden}
      .over{position:absolute;top:0;right:24px;border-radius:0 0 8px 8px;box-shadow:0 8px 32px rgba(0,0,0,.35)}</style>
      <img src="${page}" width="1280" height="800" alt=""><img class="over" src="${over}" width="420" height="640" alt="">`);
    await blank.screenshot({ path: join(out, `screenshot-schedule-${colorScheme}.png`) });

    for (const [name, hash, ready] of [['search', '#q=cool-tech', '.tm-results'], ['plan', '#view=plan', '.tm-timeline']] as const) {
      const dashboard = await h.context.newPage();
      await dashboard.emulateMedia({ colorScheme });
      await dashboard.clock.setFixedTime(SAMPLE_NOW);
      await dashboard.setViewportSize(STAGE);
      await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html${hash}`);
      await dashboard.locator(ready).first().waitFor();
      await dashboard.screenshot({ path: join(out, `screenshot-${name}-${colorScheme}.png`) });
      await dashboard.close();
    }
  }
  console.log(`store assets written to ${out}/: 6 screenshots (1280×800), promo-440x280.png, icon-{${ICON_SIZES.join(',')}}.png; icons also in public/icon/`);
} finally {
  await h.close();
}
