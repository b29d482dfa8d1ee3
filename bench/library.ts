// A library of several years of events for the benches: the real KubeCon EU 2026 sessions (sched's all.ics),
// copied into as many conferences as it takes.
import type { Annotation, ScheduleEntry } from '../lib/model/schema';
import { readIcs } from '../tests/support/ics';
import { readReal } from '../tests/support/fixtures';

/** `sessions` entries; every `annotateEvery`-th one annotated (rated, tagged, a note; every other one starred). */
export function library(sessions: number, annotateEvery: number): { entries: ScheduleEntry[]; annotations: Annotation[] } {
  const real = readIcs(readReal('sched/kccnceu2026-all.ics'));
  const entries: ScheduleEntry[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; entries.length < sessions; i++) {
    const e = real[i % real.length]!;
    const conference = `sched:conf${Math.floor(i / real.length)}`;
    const key = `${conference}:${e.uid}`;
    entries.push({
      key, conference, aliases: [], title: e.summary, start: e.start, end: e.end, timeZone: 'Europe/Amsterdam',
      room: e.location, track: e.categories, abstract: e.description, url: e.url?.replace(/^http:/, 'https:'),
      speakers: [{ name: ['Ana Souza', 'Jürgen Müller', 'Priya Raman', 'Chen Wei'][i % 4]! }],
    });
    if (i % annotateEvery === 0) {
      const n = i / annotateEvery;
      annotations.push({
        key, conference, starred: n % 2 === 0, rating: (n % 5) + 1, note: `Great point about rollouts ${i}; try on staging`,
        tags: i % 3 ? ['cool-tech'] : ['security', 'team-x'], priority: null, alternative: false, watchLater: false,
        updatedAt: 1, fieldUpdatedAt: {},
      });
    }
  }
  return { entries, annotations };
}
