// The sample conference as its sched.com list page would show one day of it: the sessions come from the bundled
// all.ics itself (keyed by sched's 32-hex id, which sched's own event URLs accept), so screenshots show what a
// user of the sample gets, not hand-made data.
import { readFileSync } from 'node:fs';
import { parseSchedule } from '../lib/schedules';
import { localDate } from '../lib/util/time';
import { schedListPage, type PageSession } from '../tests/support/sched-page';

export const SAMPLE_ZONE = 'Europe/Amsterdam';
export const SAMPLE_PAGE_URL = 'https://kccnceu2026.sched.com/list/descriptions/';

export function sampleSchedule() {
  return parseSchedule(readFileSync('assets/sample/kccnceu2026-all.ics', 'utf8'), { timeZone: SAMPLE_ZONE });
}

/** `edit`: the page as a later version of the schedule shows it (a moved or re-roomed talk: the Changes screenshot). */
export function sampleDayPage(day: string, edit: (session: PageSession) => PageSession = (s) => s): string {
  const sessions: PageSession[] = sampleSchedule()
    .entries.filter((e) => e.start && localDate(e.start, SAMPLE_ZONE) === day)
    .map((e) => ({
      shortId: e.key.split(':').at(-1)!,
      title: e.title,
      start: e.start,
      end: e.end,
      room: e.room,
      type: e.track,
      speakers: e.speakers.map((s) => ({ name: s.name, slug: s.name.toLowerCase().replace(/\W+/g, '-') })),
    }))
    .map(edit);
  return schedListPage(sessions, { name: 'KubeCon + CloudNativeCon Europe 2026', timeZone: SAMPLE_ZONE, view: 'descriptions' });
}
