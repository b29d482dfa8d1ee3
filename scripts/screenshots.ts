// `npm run screenshots`: the popup, the side panel, the dashboard, the plan and the notes-app export dialog, light and dark, on the bundled sample conference as a
// new user gets it (Try a sample conference on the first-run dashboard), with a few talks of day 3 starred, rated and
// noted. Chromium with the built extension; the sample's own day page is routed, the clock fixed during the event.
// Writes PNGs to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { sendFrom } from '../tests/e2e/plan-data';
import { localDate, zonedToInstant } from '../lib/util/time';
import { SAMPLE_PAGE_URL, SAMPLE_ZONE, sampleDayPage, sampleSchedule } from './sample-page';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const DAY = '2026-03-24';
const now = new Date(zonedToInstant(DAY, '11:05', SAMPLE_ZONE)!);
// Talks on that day from 09:00 (sched's calendar names the speakers in the title, after " - "): what an attendee would star.
const talks = sampleSchedule()
  .entries.filter((e) => e.start && e.title.includes(' - ') && localDate(e.start, SAMPLE_ZONE) === DAY && e.start >= zonedToInstant(DAY, '09:00', SAMPLE_ZONE)!)
  .sort((a, b) => a.start!.localeCompare(b.start!))
  .slice(0, 8);
const [noted, rated, tagged] = talks;

const h = await launchExtension();
try {
  const setup = await h.extensionPage('dashboard.html');
  await setup.getByRole('button', { name: 'Try a sample conference' }).click();
  await setup.locator('.tm-sample-label').waitFor();
  await sendFrom(
    setup,
    { type: 'annotations/bulk', keys: talks.map((t) => t.key), change: { kind: 'patch', patch: { starred: true } } },
    { type: 'annotation/patch', key: noted!.key, patch: { priority: 'must', rating: 5, tags: ['cool-tech'], note: 'Ask about the **migration path**; slides promised after the talk.' } },
    { type: 'annotation/patch', key: rated!.key, patch: { rating: 4, tags: ['security'] } },
    { type: 'annotation/patch', key: tagged!.key, patch: { priority: 'maybe', tags: ['cool-tech', 'observability'] } },
    {
      type: 'own/put',
      item: { id: 'lunch', conference: talks[0]!.conference, title: 'Lunch with the platform team', start: zonedToInstant(DAY, '12:30', SAMPLE_ZONE)!, end: zonedToInstant(DAY, '13:15', SAMPLE_ZONE)!, timeZone: SAMPLE_ZONE, place: 'Café Mokum', note: '', alternative: false, updatedAt: 0 },
    },
  );
  await setup.close();
  h.serve(SAMPLE_PAGE_URL, sampleDayPage(DAY));
  const schedule = await h.open(SAMPLE_PAGE_URL);
  await schedule.locator('tm-controls').first().waitFor();
  const tabId = await h.tabIdOf(schedule);

  for (const colorScheme of ['light', 'dark'] as const) {
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.clock.setFixedTime(now);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('region', { name: 'Now and next' }).waitFor();
    await popup.getByRole('button', { name: `Edit notes for ${noted!.title}`, exact: true }).first().click();
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
  console.log(`screenshots of the sample conference written to ${out}/`);
} finally {
  await h.close();
}
