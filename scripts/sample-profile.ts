// A profile as a new user has it after a first visit: the bundled sample imported through "Try a sample conference",
// eight talks of Tuesday 24 March starred (one must-see, noted and rated, one rated, one tagged "maybe") and a lunch.
// Shared by `npm run screenshots` and `npm run store-assets`, so both show the same real UI on the same data.
import type { Harness } from '../tests/e2e/harness';
import { sendFrom } from '../tests/e2e/plan-data';
import { localDate, zonedToInstant } from '../lib/util/time';
import { SAMPLE_ZONE, sampleSchedule } from './sample-page';

export const SAMPLE_DAY = '2026-03-24';
/** During the morning of that day, so now-and-next shows talks. */
export const SAMPLE_NOW = new Date(zonedToInstant(SAMPLE_DAY, '11:05', SAMPLE_ZONE)!);

/** Talks on that day from 09:00 (sched's calendar names the speakers in the title, after " - "): what an attendee would star. */
export function sampleTalks() {
  return sampleSchedule()
    .entries.filter((e) => e.start && e.title.includes(' - ') && localDate(e.start, SAMPLE_ZONE) === SAMPLE_DAY && e.start >= zonedToInstant(SAMPLE_DAY, '09:00', SAMPLE_ZONE)!)
    .sort((a, b) => a.start!.localeCompare(b.start!))
    .slice(0, 8);
}

/** Imports the sample from the dashboard's own button and annotates it; returns the talks, the noted one first. */
export async function seedSampleProfile(h: Harness) {
  const talks = sampleTalks();
  const [noted, rated, tagged] = talks;
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
      item: { id: 'lunch', conference: talks[0]!.conference, title: 'Lunch with the platform team', start: zonedToInstant(SAMPLE_DAY, '12:30', SAMPLE_ZONE)!, end: zonedToInstant(SAMPLE_DAY, '13:15', SAMPLE_ZONE)!, timeZone: SAMPLE_ZONE, place: 'Café Mokum', note: '', alternative: false, updatedAt: 0 },
    },
  );
  await setup.close();
  return talks;
}
