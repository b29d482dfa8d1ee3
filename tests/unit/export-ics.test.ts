import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../lib/export/ics';
import { calendarHistoryOf, sequenceAt } from '../../lib/model/change';
import { foldLine } from '../../lib/export/ics-text';
import type { Conference } from '../../lib/model/schema';
import { localTime, zonedToInstant } from '../../lib/util/time';
import { annotated } from '../support/annotated';
import { demo, source } from '../support/export-fixture';
import { parseCalendar } from '../support/ical';
import { ownItem } from '../support/plan';

const NOW = Date.UTC(2026, 2, 20, 12, 0, 0);
const calendar = planCalendar([source], NOW);

describe('ICS of the plan: what the user attends', () => {
  const lunch = ownItem('lunch', 'Europe/Amsterdam', '2026-03-24', '12:00', '13:00', { conference: demo.id, title: 'Lunch with Ana', place: 'Cafe', note: 'book a table' });
  const sessions = [
    annotated(demo, 'chosen', { title: 'Chosen', start: '2026-03-24T10:15:00Z', end: '2026-03-24T10:45:00Z' }, { starred: true }),
    annotated(demo, 'aside', { title: 'Set aside', start: '2026-03-24T10:15:00Z', end: '2026-03-24T10:45:00Z' }, { starred: true, alternative: true }),
  ];
  const plan = [{ conference: demo, sessions, ownItems: [lunch] }];

  it('writes chosen talks and own items, and leaves the alternatives out', () => {
    const result = planCalendar(plan, NOW);
    const events = parseCalendar(result.text).events;
    expect(events.map((e) => [e.summary, e.start])).toEqual([
      ['Chosen', '2026-03-24T10:15:00.000Z'],
      ['Lunch with Ana', '2026-03-24T11:00:00.000Z'],
    ]);
    expect(events[1]).toMatchObject({ uid: `${demo.id}:own-lunch@talkmarks`, location: 'Cafe', description: 'book a table', end: '2026-03-24T12:00:00.000Z' });
    expect(result.setAside.map((s) => s.entry.title)).toEqual(['Set aside']);
    expect(result.text).not.toContain('TENTATIVE');
  });

  it('writes the alternatives as tentative when asked', () => {
    const text = planCalendar(plan, NOW, { alternatives: 'tentative' }).text;
    expect(parseCalendar(text).events.map((e) => e.summary).sort()).toEqual(['Chosen', 'Lunch with Ana', 'Set aside']);
    expect(text.match(/STATUS:TENTATIVE/g)).toHaveLength(1);
    expect(text).toMatch(/SUMMARY:Set aside\r\n(?:[^\r]*\r\n)*?STATUS:TENTATIVE/);
  });

  it('raises an own item’s SEQUENCE when the user edits it, so a moved lunch replaces the old one', () => {
    const sequenceOf = (items: typeof lunch[]) => parseCalendar(planCalendar([{ ...plan[0]!, ownItems: items }], NOW).text).events.find((e) => e.summary === 'Lunch with Ana')!.sequence ?? -1;
    const before = sequenceOf([{ ...lunch, updatedAt: NOW }]);
    expect(sequenceOf([{ ...lunch, updatedAt: NOW }])).toBe(before);
    expect(sequenceOf([{ ...lunch, start: '2026-03-24T11:30:00.000Z', updatedAt: NOW + 120_000 }])).toBeGreaterThan(before);
  });
});

describe('ICS of starred sessions', () => {
  const parsed = parseCalendar(calendar.text);

  it('matches its snapshot', () => {
    expect(calendar.text).toMatchSnapshot();
  });

  it('holds exactly the starred sessions with a time, in time order, with their facts', () => {
    expect(parsed.name).toBe('DemoConf Europe 2026 (my plan)');
    expect(parsed.events.map((e) => e.summary)).toEqual(['GitOps at Scale', 'Late Keynote', '<img src=x onerror=alert(1)>']);
    expect(parsed.events[0]).toEqual({
      uid: 'sched:demo2026:gitops@talkmarks',
      summary: 'GitOps at Scale',
      start: '2026-03-24T08:00:00.000Z',
      end: '2026-03-24T08:30:00.000Z',
      location: 'Hall 12',
      description: 'Rating: ★★★☆☆ (3/5)\nTags: platform\nTrack: Platform\n\nArgo rollouts, **canary** by default.\n\nhttps://demo2026.sched.com/event/gitops/talk',
      url: 'https://demo2026.sched.com/event/gitops/talk',
      categories: ['platform'],
      sequence: expect.any(Number),
    });
  });

  it('writes no end it does not know and no link that is not http(s)', () => {
    const hostile = parsed.events[2]!;
    expect(hostile.end).toBeUndefined();
    expect(hostile.url).toBeUndefined();
    expect(hostile.location).toBe('[evil](javascript:alert(1))');
    expect(hostile.description).toBe('Speakers: <b>Mallory</b>\nRating: ★★★★☆ (4/5)\nTrack: *Bold* Track\n\nTitle was weird. #cool-tech sandboxing idea');
  });

  it('reports starred sessions without a time as skipped instead of inventing one', () => {
    const untimed = annotated(demo, 'tba', { title: 'Time TBA' }, { starred: true });
    const result = planCalendar([{ conference: demo, sessions: [...source.sessions, untimed] }], NOW);
    expect(result.skipped.map((s) => s.entry.title)).toEqual(['Time TBA']);
    expect(result.written).toHaveLength(3);
    expect(result.text).not.toContain('Time TBA');
  });

  it('keeps each session’s UID and raises SEQUENCE with each change the schedule made, so a calendar updates the event', () => {
    // What an older Talkmarks wrote: the minutes since 2024 at export. A change seen after that export must beat it.
    const olderExport = sequenceAt(NOW);
    const change = { conference: demo.id, key: 'sched:demo2026:gitops', field: 'time' as const, old: null, new: null, seenAt: NOW + 3_600_000, source: 'x' };
    const history = new Map([['sched:demo2026:gitops', calendarHistoryOf([change])]]);
    expect(history.get('sched:demo2026:gitops')!.sequence).toBeGreaterThan(olderExport);
    expect(calendarHistoryOf([change, { ...change, seenAt: NOW + 7_200_000 }]).sequence).toBeGreaterThan(history.get('sched:demo2026:gitops')!.sequence);
    expect(calendarHistoryOf([]).sequence).toBe(0);
    const moved = { ...source, sessions: source.sessions.map((s) => (s.entry.title === 'GitOps at Scale' ? { ...s, entry: { ...s.entry, start: '2026-03-24T08:15:00.000Z', end: '2026-03-24T08:45:00.000Z' } } : s)) };
    const later = parseCalendar(planCalendar([{ ...moved, history }], NOW + 86_400_000).text).events;
    expect(later.map((e) => e.uid)).toEqual(parsed.events.map((e) => e.uid));
    expect(parsed.events.map((e) => e.sequence)).toEqual([0, 0, 0]);
    expect(later[0]).toMatchObject({ summary: 'GitOps at Scale', start: '2026-03-24T08:15:00.000Z', sequence: history.get('sched:demo2026:gitops')!.sequence });
    // The sessions the schedule did not change keep theirs: the calendar has nothing to update.
    expect(later.slice(1).map((e) => e.sequence)).toEqual([0, 0]);
    expect(calendar.text).not.toContain('STATUS:');
  });

  it('exports a session no longer on the schedule as cancelled, with its UID, instead of leaving it out', () => {
    const history = new Map([['sched:demo2026:gitops', { sequence: 1, removed: true }]]);
    const text = planCalendar([{ ...source, history }], NOW).text;
    const event = text.split('BEGIN:VEVENT').find((e) => e.includes('UID:sched:demo2026:gitops@talkmarks'))!;
    expect(event).toContain('STATUS:CANCELLED\r\n');
    expect(event).toContain('SEQUENCE:1\r\n');
    expect(text.match(/STATUS:CANCELLED/g)).toHaveLength(1);
  });

  it('uses CRLF line ends and folds lines at 75 octets without splitting a character', () => {
    const long = annotated(demo, 'long', { title: `Ünïcödé 😀 ${'→'.repeat(60)}`, start: '2026-03-24T10:00:00Z' }, { starred: true, note: 'é'.repeat(200) });
    const text = planCalendar([{ conference: demo, sessions: [long] }], NOW).text;
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(parseCalendar(text).events[0]!.summary).toBe(long.entry.title);
    expect(parseCalendar(text).events[0]!.description).toBe('é'.repeat(200));
  });

  it('folds exactly at the limit', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    expect(foldLine(`${'x'.repeat(74)}\\n`)).toBe(`${'x'.repeat(74)}\r\n \\n`);
  });

  it('folds a short line of wide characters: 26 of them already pass 75 octets', () => {
    // 2 + 26 × 3 = 80 octets in 28 UTF-16 units: only a line of at most 25 units is safe uncounted.
    const line = `X:${'会'.repeat(26)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded).toBe(`X:${'会'.repeat(24)}\r\n ${'会'.repeat(2)}`);
  });

  it('escapes text so any title, room and note read back unchanged', () => {
    const text = fc.string({ unit: fc.constantFrom(...Array.from('ab ,;:\\\n\r\t"\'<>é😀→')), maxLength: 120 });
    fc.assert(
      fc.property(text, text, text, (title, room, note) => {
        const s = annotated(demo, 'p', { title, room, start: '2026-03-24T10:00:00Z' }, { starred: true, note });
        const event = parseCalendar(planCalendar([{ conference: demo, sessions: [s] }], NOW).text).events[0]!;
        const expected = (v: string) => v.replace(/\r\n?/g, '\n');
        expect(event.summary).toBe(expected(title));
        if (room) expect(event.location).toBe(expected(room));
        const n = expected(note).trim();
        if (n) expect(event.description).toContain(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('times across a daylight-saving change', () => {
  /** The same 10:00 local talk on the day before and the day of the change. */
  function atTen(conference: Conference, days: string[]) {
    return days.map((day) => {
      const start = zonedToInstant(day, '10:00', conference.timeZone!)!;
      const end = zonedToInstant(day, '10:45', conference.timeZone!)!;
      return annotated(conference, day, { title: `Talk on ${day}`, start, end }, { starred: true });
    });
  }

  it.each([
    ['Europe/Amsterdam', ['2026-03-28', '2026-03-29', '2026-10-25'], ['09:00', '08:00', '09:00']],
    ['America/New_York', ['2026-03-07', '2026-03-08', '2026-11-01'], ['15:00', '14:00', '15:00']],
  ])('%s: an independent parser reads the same instants, 10:00 local on each day', (timeZone, days, utc) => {
    const conference = { ...demo, timeZone };
    const sessions = atTen(conference, days);
    const events = parseCalendar(planCalendar([{ conference, sessions }], NOW).text).events;
    expect(events.map((e) => e.start)).toEqual(sessions.map((s) => s.entry.start));
    expect(events.map((e) => e.start.slice(11, 16))).toEqual(utc);
    expect(events.map((e) => localTime(e.start, timeZone))).toEqual(['10:00', '10:00', '10:00']);
    expect(events.map((e) => Date.parse(e.end!) - Date.parse(e.start))).toEqual([45, 45, 45].map((m) => m * 60_000));
  });
});
