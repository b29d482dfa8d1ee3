// `npm run screenshots`: the popup and the dashboard, light and dark, from the end-to-end setup
// (built extension in Chromium, a routed schedule page). Writes PNGs to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { CONF, ZONE, PLAN_URL, planPage, seedPlan, sendFrom } from '../tests/e2e/plan-data';
import { zonedToInstant } from '../lib/util/time';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
// During the event: 10:05 on day one, so "now and next" shows.
const now = new Date(zonedToInstant('2026-03-24', '10:05', ZONE)!);

const h = await launchExtension();
try {
  h.serve(PLAN_URL, planPage());
  const schedule = await h.open(PLAN_URL);
  await schedule.locator('tm-controls').first().waitFor();
  const setup = await h.extensionPage('dashboard.html');
  await seedPlan(setup);
  await sendFrom(setup, {
    type: 'own/put',
    item: { id: 'lunch', conference: CONF, title: 'Lunch with the platform team', start: zonedToInstant('2026-03-24', '12:30', ZONE)!, end: zonedToInstant('2026-03-24', '13:15', ZONE)!, timeZone: ZONE, place: 'Café Mokum', note: '', alternative: false, updatedAt: 0 },
  });
  await setup.close();
  const tabId = await h.tabIdOf(schedule);

  for (const colorScheme of ['light', 'dark'] as const) {
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.clock.setFixedTime(now);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('region', { name: 'Now and next' }).waitFor();
    await popup.getByRole('button', { name: 'Edit notes for GitOps at Scale' }).click();
    await popup.screenshot({ path: join(out, `popup-${colorScheme}.png`) });
    await popup.close();

    for (const [name, hash] of [['dashboard', '#q=security'], ['plan', '#view=plan']] as const) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.clock.setFixedTime(now);
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${h.extensionId}/dashboard.html${hash}`);
      await page.locator(name === 'plan' ? '.tm-timeline' : '.tm-results').first().waitFor();
      await page.screenshot({ path: join(out, `${name}-${colorScheme}.png`), fullPage: true });
      await page.close();
    }
  }
  console.log(`screenshots written to ${out}/`);
} finally {
  await h.close();
}
