import { describe, expect, it } from 'vitest';
import { readSchedFixture } from '../support/sched-fixture';

/** Grid views have no evidence at all: three plausible layouts, read by structure alone. */
describe('sched grid views (inferred)', () => {
  it('a table with rooms across and times down: spans give multi-room sessions and end times', () => {
    const { byId, found } = readSchedFixture('grid-table.html', 'https://demo2026.sched.com/grid/');
    expect(byId.get('2EsAI')).toMatchObject({
      start: '2026-03-24T08:00:00.000Z',
      end: '2026-03-24T08:30:00.000Z',
      room: 'Hall 12, Elicium 2, Auditorium',
      timeZone: 'Europe/Paris',
      aliases: ['sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b'],
    });
    expect(byId.get('27FVb')).toMatchObject({ start: '2026-03-24T08:30:00.000Z', end: '2026-03-24T09:30:00.000Z', room: 'Hall 12' });
    // After a cell spanning two rows, the next row's cells shift one column right.
    expect(byId.get('5Qrst')).toMatchObject({ start: '2026-03-24T09:00:00.000Z', room: 'Elicium 2' });
    expect(byId.get('1zffD')).toMatchObject({ title: 'GitOps at Scale: Lessons From 10,000 Clusters', room: 'Auditorium' });
    expect(found.every((f) => f.element.matches('span.event'))).toBe(true);
  });

  it('a table with times across, rooms down and the day in its caption', () => {
    const { byId } = readSchedFixture('grid-full.html', 'https://osseu2026.sched.com/grid-full/');
    expect(byId.get('6Tuvw')).toMatchObject({
      start: '2026-06-17T08:00:00.000Z',
      end: '2026-06-17T09:00:00.000Z',
      room: 'Room A',
      speakers: [{ name: 'Ana López', url: 'https://osseu2026.sched.com/speaker/ana.lopez' }],
    });
    // Spanning to the last column: the grid shows no end.
    expect(byId.get('7Wxyz')).toMatchObject({ start: '2026-06-17T08:30:00.000Z', room: 'Room B' });
    expect(byId.get('7Wxyz')!.end).toBeUndefined();
  });

  it('positioned cards: a printed time range, machine-readable times, or none', () => {
    const { byId } = readSchedFixture('grid-cards.html', 'https://demo2026.sched.com/grid/');
    expect(byId.get('2EsAI')).toMatchObject({ start: '2026-03-24T08:00:00.000Z', end: '2026-03-24T08:30:00.000Z', room: 'Hall 12' });
    expect(byId.get('27FVb')).toMatchObject({ start: '2026-03-24T10:15:00.000Z', end: '2026-03-24T11:00:00.000Z' });
    expect(byId.get('8Untm')).toMatchObject({ title: 'Untimed Meetup' });
    expect(byId.get('8Untm')!.start).toBeUndefined();
  });
});
