// `npm run screenshots`: the popup, the side panel, the dashboard, the plan, the Changes view and the notes-app export
// dialog, light and dark, on the bundled sample conference as a
// new user gets it (Try a sample conference on the empty dashboard), with a few talks of day 3 starred, rated and
// noted. Chromium with the built extension; the sample's own day page is routed, the clock fixed during the event.
// Writes PNGs to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { SAMPLE_PAGE_URL, sampleDayPage } from './sample-page';
import { SAMPLE_DAY, SAMPLE_NOW, seedSampleProfile } from './sample-profile';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const DAY = SAMPLE_DAY;
const now = SAMPLE_NOW;

const h = await launchExtension();
try {
  const talks = await seedSampleProfile(h);
  const [noted, rated, tagged] = talks;
  h.serve(SAMPLE_PAGE_URL, sampleDayPage(DAY));
  const schedule = await h.open(SAMPLE_PAGE_URL);
  await schedule.locator('tm-controls').first().waitFor();
  const tabId = await h.tabIdOf(schedule);

  for (const colorScheme of ['light', 'dark'] as const) {
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.clock.setFixedTime(now);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('region', { name: 'Now and next' }).waitFor();
    // The popup opens at now (the talks over by 11:05 last): shown as it opens, or with a starred talk still ahead open.
    const ahead = talks.find((t) => Date.parse(t.start!) > now.getTime());
    if (ahead) await popup.getByRole('button', { name: `Edit notes for ${ahead.title}`, exact: true }).first().click();
    await popup.locator('.tm-session').first().waitFor();
    await popup.screenshot({ path: join(out, `popup-${colorScheme}.png`) });
    await popup.close();

    // The side panel beside the talk on now, with a line of today's journal (written once, in the light run).
    const panel = await h.context.newPage();
    await panel.emulateMedia({ colorScheme });
    // Ten minutes into the must-see talk: the panel offers it, as during the talk.
    await panel.clock.setFixedTime(Date.parse(noted!.start!) + 10 * 60_000);
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    const journal = panel.getByRole('textbox', { name: /^Notes on the journal of / });
    await journal.waitFor();
    if (colorScheme === 'light') {
      await journal.fill('Day 3: the hallway track is all about platform teams.');
      await journal.blur();
      await panel.getByText('Saved').waitFor();
    }
    await panel.getByRole('region', { name: 'On now in your plan' }).waitFor();
    await panel.screenshot({ path: join(out, `sidepanel-${colorScheme}.png`) });
    await panel.close();

    for (const [name, hash] of [['dashboard', '#q=cool-tech'], ['plan', '#view=plan']] as const) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.clock.setFixedTime(now);
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${h.extensionId}/dashboard.html${hash}`);
      await page.locator(name === 'plan' ? '.tm-timeline' : '.tm-results').first().waitFor();
      await page.screenshot({ path: join(out, `${name}-${colorScheme}.png`), fullPage: true });
      await page.close();
    }

    // The notes-app export dialog, its preview on the first talk note.
    const notes = await h.context.newPage();
    await notes.emulateMedia({ colorScheme });
    await notes.setViewportSize({ width: 1000, height: 900 });
    await notes.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await notes.getByRole('button', { name: /^Export for notes app/ }).first().click();
    const dialog = notes.getByRole('dialog', { name: 'Export for notes app' });
    await dialog.getByLabel('Note preview').filter({ hasText: 'talkmarks_id' }).waitFor();
    await dialog.screenshot({ path: join(out, `notes-export-${colorScheme}.png`) });
    await notes.close();
  }
  // Three weeks later the day page shows one starred talk 15 minutes later and another in a new room: the Changes view.
  const later = (iso: string | undefined) => iso && new Date(Date.parse(iso) + 15 * 60_000).toISOString();
  const id = (key: string) => key.split(':').at(-1);
  h.serve(SAMPLE_PAGE_URL, sampleDayPage(DAY, (s) =>
    s.shortId === id(rated!.key) ? { ...s, start: later(s.start), end: later(s.end) } : s.shortId === id(tagged!.key) ? { ...s, room: 'Hall 8' } : s,
  ));
  await schedule.reload();
  await schedule.locator('tm-controls tm-change').nth(1).waitFor({ state: 'attached' });
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.clock.setFixedTime(now);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html#view=changes`);
    await page.locator('.tm-change').nth(1).waitFor();
    await page.screenshot({ path: join(out, `changes-${colorScheme}.png`), fullPage: true });
    await page.close();
  }
  console.log(`screenshots of the sample conference written to ${out}/`);
} finally {
  await h.close();
}
