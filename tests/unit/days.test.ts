import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '../../lib/model/schema';
import { orderDay } from '../../lib/plan/day-order';
import { dayAndTime, daysOf, groupByDay, openingDay } from '../../lib/plan/days';
import { zonedToInstant } from '../../lib/util/time';

const ZONE = 'Europe/Amsterdam';
const at = (day: string, time: string) => zonedToInstant(day, time, ZONE)!;
const talk = (id: string, day: string | undefined, from = '09:00', to = '09:30'): ScheduleEntry => ({
  key: `sched:demo2026:${id}`,
  conference: 'sched:demo2026',
  title: `Talk ${id}`,
  start: day && at(day, from),
  end: day && at(day, to),
  timeZone: ZONE,
  speakers: [],
  aliases: [],
});

describe('day headings', () => {
  it('groups three keynotes of three days under their event-local days, untimed last, order kept within a day', () => {
    const list = [talk('thu', '2026-03-26'), talk('none', undefined), talk('tue-b', '2026-03-24', '11:00'), talk('tue-a', '2026-03-24'), talk('wed', '2026-03-25')];
    const groups = groupByDay(list, (e) => e);
    expect(groups.map((g) => [g.heading, g.items.map((e) => e.title)])).toEqual([
      ['Tuesday, 24 March 2026', ['Talk tue-b', 'Talk tue-a']],
      ['Wednesday, 25 March 2026', ['Talk wed']],
      ['Thursday, 26 March 2026', ['Talk thu']],
      ['No time given', ['Talk none']],
    ]);
  });

  it('puts a talk at 00:30 in Amsterdam on its Amsterdam day, not the UTC one', () => {
    expect(daysOf([talk('late', '2026-03-25', '00:30', '01:00')])).toEqual(['2026-03-25']);
  });

  it('says "Tue 14:30–15:00 CET" on rows outside a day heading', () => {
    expect(dayAndTime(talk('a', '2026-03-24', '14:30', '15:00'))).toBe('Tue 14:30–15:00 CET');
    expect(dayAndTime(talk('b', undefined))).toBe('');
  });
});

describe('the day the popup opens at', () => {
  const days = ['2026-03-23', '2026-03-24', '2026-03-26', undefined];
  it('is today during the event, the next day between two, the first before or after', () => {
    expect(openingDay(days, Date.parse(at('2026-03-24', '10:05')), ZONE)).toBe('2026-03-24');
    // 00:30 on the 24th in Amsterdam is still the 23rd in UTC: the event's zone decides.
    expect(openingDay(days, Date.parse(at('2026-03-24', '00:30')), ZONE)).toBe('2026-03-24');
    expect(openingDay(days, Date.parse(at('2026-03-25', '12:00')), ZONE)).toBe('2026-03-26');
    expect(openingDay(days, Date.parse(at('2026-03-01', '12:00')), ZONE)).toBe('2026-03-23');
    expect(openingDay(days, Date.parse(at('2026-12-01', '12:00')), ZONE)).toBe('2026-03-23');
  });
});

describe('one day of the popup', () => {
  const day = [talk('early', '2026-03-24', '08:00', '09:00'), talk('now', '2026-03-24', '10:00', '10:30'), talk('starred', '2026-03-24', '16:00', '16:30'), talk('later', '2026-03-24', '11:00', '11:30'), talk('over', '2026-03-24', '09:00', '09:30')];
  const starred = (key: string) => key.endsWith(':starred') || key.endsWith(':over');
  const titles = (list: readonly ScheduleEntry[]) => list.map((e) => e.title.slice(5));

  it('lists starred first, each part by time; by time when switched', () => {
    expect(titles(orderDay(day, { starredFirst: true, starred }).ahead)).toEqual(['over', 'starred', 'early', 'now', 'later']);
    expect(titles(orderDay(day, { starredFirst: false, starred }).ahead)).toEqual(['early', 'over', 'now', 'later', 'starred']);
  });

  it('opens at now on today: what is over goes last, the page’s own session stays first', () => {
    const now = Date.parse(at('2026-03-24', '10:05'));
    const order = orderDay(day, { starredFirst: true, starred, now, focus: 'sched:demo2026:early' });
    expect(titles(order.ahead)).toEqual(['early', 'starred', 'now', 'later']);
    expect(titles(order.earlier)).toEqual(['over']);
  });
});
