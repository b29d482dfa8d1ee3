import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import { recordSeen } from '../../lib/db/annotations';
import { storeSchedule } from '../../lib/db/schedules';
import { parseSchedule } from '../../lib/schedules';
import { cityZone } from '../../lib/util/city-zone';
import { zoneFromLabel } from '../../lib/util/zones';
import { freshDb } from '../support/db';
import { readReal } from '../support/fixtures';
import { htmlDocument } from '../support/dom';
import { schedListPage, shortIdOf } from '../support/sched-page';

const march = [Date.parse('2026-03-24T08:00:00Z'), Date.parse('2026-03-26T16:00:00Z')];
const july = [Date.parse('2026-07-14T16:00:00Z')];

describe('the conference’s zone named after the event’s city', () => {
  it('an Amsterdam venue turns the page’s CET into Europe/Amsterdam', () => {
    expect(zoneFromLabel('CET')).toBe('Europe/Paris');
    expect(cityZone('Europe/Paris', ['Amsterdam, Netherlands'], march)).toBe('Europe/Amsterdam');
    // Cities of several words, written with or without accents.
    expect(cityZone('America/New_York', [' Toronto, ON, Canada'], march)).toBe('America/Toronto');
    expect(cityZone('America/Los_Angeles', ['Ballroom A, Vancouver, BC', 'Ballroom B, Vancouver, BC'], july)).toBe('America/Vancouver');
    expect(cityZone('Etc/GMT+3', ['Transamerica Expo Center, São Paulo, Brasil'], march)).toBe('America/Sao_Paulo');
  });

  it('never takes a city whose UTC offsets differ from the guess on the event’s dates: the times would move', () => {
    expect(cityZone('Europe/Paris', ['ExCeL, London, United Kingdom'], march)).toBe('Europe/Paris');
    // Phoenix keeps MST all year: the same offset as Denver in January, not in July.
    expect(cityZone('America/Denver', ['Phoenix Convention Center, Phoenix, AZ'], july)).toBe('America/Denver');
    expect(cityZone('America/Denver', ['Phoenix Convention Center, Phoenix, AZ'], [Date.parse('2026-01-14T16:00:00Z')])).toBe('America/Phoenix');
  });

  it('keeps the guess without a city, with two cities named equally often, or without dates to compare', () => {
    expect(cityZone('Europe/Paris', [], march)).toBe('Europe/Paris');
    expect(cityZone('Europe/Paris', ['Hall 12', 'Elicium 2'], march)).toBe('Europe/Paris');
    expect(cityZone('Europe/Paris', ['Berlin, Germany', 'Amsterdam, Netherlands'], march)).toBe('Europe/Paris');
    expect(cityZone('Europe/Paris', ['Amsterdam, Netherlands'], [])).toBe('Europe/Paris');
  });

  it('reads the city from sched’s all.ics address (LOCATION “Entrance C, Amsterdam, Netherlands”)', () => {
    const parsed = parseSchedule(readReal('sched/kccnceu2026-all.ics'));
    expect(parsed.zone).toMatchObject({ timeZone: 'Europe/Amsterdam', source: 'city', affectsTimes: false });
    expect(parsed.conference.timeZone).toBe('Europe/Amsterdam');
    expect(parsed.entries.find((e) => e.start)!.timeZone).toBe('Europe/Amsterdam');
    // The room still reads as the page shows it.
    expect(parsed.entries[0]!.room).toBe('Entrance C');
  });

  it('a later visit to the schedule page (which says only CET) keeps Europe/Amsterdam, and an import renames a page’s guess', async () => {
    const parsed = parseSchedule(readReal('sched/kccnceu2026-all.ics'));
    const timed = parsed.entries.filter((e) => e.start).slice(0, 5);
    const html = schedListPage(
      timed.map((e, i) => ({ shortId: shortIdOf(i), longId: e.key.split(':')[2], title: e.title, start: e.start, end: e.end, room: e.room })),
      { name: 'KubeCon', timeZone: 'Europe/Amsterdam', view: 'descriptions' },
    );
    const url = new URL('https://kccnceu2026.sched.com/');
    const doc = htmlDocument(html);
    const page = sched.parse(doc, url).map((f) => f.entry);
    const conference = sched.conference(doc, url);
    expect(conference.timeZone).toBe('Europe/Paris');
    expect(page.filter((e) => e.start)).toHaveLength(5);

    const importedFirst = freshDb();
    await storeSchedule(importedFirst, parsed, { from: 'all.ics' });
    await recordSeen(importedFirst, conference, page);
    expect((await importedFirst.conferences.get('sched:kccnceu2026'))?.timeZone).toBe('Europe/Amsterdam');
    const zones = new Set((await importedFirst.sessions.toArray()).flatMap((s) => (s.start ? [s.timeZone] : [])));
    expect([...zones]).toEqual(['Europe/Amsterdam']);

    const visitedFirst = freshDb();
    await recordSeen(visitedFirst, conference, page);
    expect((await visitedFirst.conferences.get('sched:kccnceu2026'))?.timeZone).toBe('Europe/Paris');
    await storeSchedule(visitedFirst, parsed, { from: 'all.ics' });
    expect((await visitedFirst.conferences.get('sched:kccnceu2026'))?.timeZone).toBe('Europe/Amsterdam');
  });
});
