import { describe, expect, it } from 'vitest';
import { planItems } from '../../lib/plan/items';
import { nowAndNext } from '../../lib/plan/now-next';
import { zonedToInstant } from '../../lib/util/time';
import { ownItem, talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const at = (date: string, time: string) => Date.parse(zonedToInstant(date, time, AMS)!);
const items = planItems(
  [
    talk('keynote', AMS, '2026-03-24', '09:00', '10:00'),
    talk('a', AMS, '2026-03-24', '10:30', '11:00'),
    talk('b', AMS, '2026-03-24', '10:30', '11:15'),
    talk('alt', AMS, '2026-03-24', '10:15', '10:45', { alternative: true }),
    talk('day2', AMS, '2026-03-25', '09:00', '09:30'),
  ],
  [ownItem('lunch', AMS, '2026-03-24', '12:00', '13:00')],
);
const titles = (list: { title: string }[]) => list.map((i) => i.title);

describe('now and next', () => {
  it('during a talk: it is now, and the talks starting soonest after are next', () => {
    const { now, next } = nowAndNext(items, at('2026-03-24', '09:40'));
    expect(titles(now)).toEqual(['Talk keynote']);
    expect(titles(next)).toEqual(['Talk a', 'Talk b']);
  });

  it('between talks: nothing now; alternatives are not offered as next', () => {
    const { now, next } = nowAndNext(items, at('2026-03-24', '10:05'));
    expect(now).toEqual([]);
    expect(titles(next)).toEqual(['Talk a', 'Talk b']);
  });

  it('counts own items, and a talk is over at its end', () => {
    expect(titles(nowAndNext(items, at('2026-03-24', '11:00')).now)).toEqual(['Talk b']);
    expect(titles(nowAndNext(items, at('2026-03-24', '11:20')).next)).toEqual(['Meeting lunch']);
  });

  it('the evening before shows the first talk of the next day; long before the event, nothing', () => {
    expect(titles(nowAndNext(items, at('2026-03-24', '20:00')).next)).toEqual(['Talk day2']);
    expect(nowAndNext(items, at('2026-03-01', '12:00'))).toEqual({ now: [], next: [] });
    expect(nowAndNext(items, at('2026-03-26', '12:00'))).toEqual({ now: [], next: [] });
  });
});
