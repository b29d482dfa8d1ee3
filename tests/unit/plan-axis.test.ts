import { describe, expect, it } from 'vitest';
import { dayAxis } from '../../lib/plan/axis';
import { dayPlans } from '../../lib/plan/clashes';
import { planItems } from '../../lib/plan/items';
import { localTime, zoneOffsetMinutes } from '../../lib/util/time';
import { talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const offset = (zone: string) => (ms: number) => zoneOffsetMinutes(ms, zone) * 60_000;
const hhmm = (ms: number, zone = AMS) => localTime(new Date(ms).toISOString(), zone);

describe('a plan day’s time axis', () => {
  const items = planItems(
    [
      talk('keynote', AMS, '2026-03-24', '09:00', '09:30'),
      talk('tutorial', AMS, '2026-03-24', '11:15', '12:30'),
      talk('a', AMS, '2026-03-24', '11:15', '11:45'),
      talk('b', AMS, '2026-03-24', '12:00', '12:30'),
      talk('late', AMS, '2026-03-24', '14:00', '15:00'),
    ],
    [],
  );
  const [day] = dayPlans(items, AMS);
  const axis = dayAxis(day!.blocks, offset(AMS));

  it('marks every full hour of the day once, in time order, beside the row it falls in', () => {
    const hours = axis.cells.flatMap((c) => c.hours.map((h) => hhmm(h.at)));
    expect(hours).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00']);
    // The rows' stretches join up: one continuous day, each from its start to the next row's.
    axis.cells.slice(1).forEach((c, i) => expect(c.start).toBe(axis.cells[i]!.end));
    const tops = axis.cells.flatMap((c) => c.hours.map((h) => h.top));
    expect(tops.every((t) => t >= 0 && t < 1)).toBe(true);
  });

  it('puts overlapping talks in lanes side by side, and talks that follow each other in one lane', () => {
    expect(axis.lanes).toBe(2);
    const laneOf = (id: string) => axis.cells.flatMap((c) => c.bars).find((b) => b.id.endsWith(`:${id}`))!.lane;
    expect(laneOf('tutorial')).not.toBe(laneOf('a'));
    expect(laneOf('a')).toBe(laneOf('b'));
    expect(laneOf('keynote')).toBe(0);
    expect(laneOf('late')).toBe(0);
    // The tutorial, in both decisions of its chain, is drawn in each row it crosses, always in its lane.
    const tutorial = axis.cells.flatMap((c) => c.bars.filter((b) => b.id.endsWith(':tutorial')));
    expect(tutorial.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tutorial.map((b) => b.lane)).size).toBe(1);
  });

  it('marks the hours on the event’s clock where the zone is not a whole hour off UTC', () => {
    const KOLKATA = 'Asia/Kolkata';
    const [india] = dayPlans(planItems([talk('x', KOLKATA, '2026-03-24', '09:30', '11:30')], []), KOLKATA);
    const hours = dayAxis(india!.blocks, offset(KOLKATA)).cells.flatMap((c) => c.hours.map((h) => hhmm(h.at, KOLKATA)));
    expect(hours).toEqual(['10:00', '11:00']);
  });
});
