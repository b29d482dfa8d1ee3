import { describe, expect, it } from 'vitest';
import { parseSchedule, ScheduleError } from '../../lib/schedules';
import { zoneOffsetMinutes } from '../../lib/util/time';
import { readFixture } from '../support/dom';

const key = (p: ReturnType<typeof parseSchedule>, id: string) => p.entries.find((e) => e.key.endsWith(`:${id}`));

function failure(text: string, options = {}): ScheduleError {
  try {
    parseSchedule(text, options);
  } catch (error) {
    if (error instanceof ScheduleError) return error;
    throw error;
  }
  throw new Error('parsed without complaint');
}

describe('time zones across a DST change (instants compared)', () => {
  it('frab without <date>: local times in the named zone, after-midnight slots on the next date, the gap skipped', () => {
    const p = parseSchedule(readFixture('schedules/frab-dst-local.xml'));
    expect(p.zone).toMatchObject({ timeZone: 'Europe/Brussels', source: 'file' });
    expect(key(p, '00000000-0000-4000-8000-000000000101')).toMatchObject({ start: '2024-03-30T09:00:00.000Z', end: '2024-03-30T09:45:00.000Z' });
    // 01:30 on the night of the change is still CET; one hour later the clocks show 03:30 CEST.
    expect(key(p, '00000000-0000-4000-8000-000000000102')).toMatchObject({ start: '2024-03-31T00:30:00.000Z', end: '2024-03-31T01:30:00.000Z' });
    expect(key(p, '00000000-0000-4000-8000-000000000103')).toMatchObject({ start: '2024-03-31T01:30:00.000Z', end: '2024-03-31T02:00:00.000Z' });
    // Same wall clock as Saturday morning, one hour earlier in UTC.
    expect(key(p, '00000000-0000-4000-8000-000000000201')).toMatchObject({ start: '2024-03-31T08:00:00.000Z', end: '2024-03-31T09:00:00.000Z' });
    expect(key(p, '00000000-0000-4000-8000-000000000102')!.abstract).toBe('Starts at 01:30 CET, ends at 03:30 CEST.');
  });

  it('frab with offsets only: the zone picked shows both offsets, and instants come from the offsets', () => {
    const p = parseSchedule(readFixture('schedules/frab-offsets-dst.xml'));
    expect(p.zone.source).toBe('offsets');
    const [sat, sun] = [key(p, 'a1')!, key(p, 'a2')!];
    expect([sat.start, sun.start]).toEqual(['2024-10-26T16:00:00.000Z', '2024-10-27T17:00:00.000Z']);
    expect(zoneOffsetMinutes(Date.parse(sat.start!), p.zone.timeZone)).toBe(120);
    expect(zoneOffsetMinutes(Date.parse(sun.start!), p.zone.timeZone)).toBe(60);
  });

  it('Sessionize: the same wall clock on both sides of the US fall-back is an hour apart in UTC', () => {
    const p = parseSchedule(readFixture('schedules/sessionize-dst.json'), {
      address: 'https://sessionize.com/api/v2/dst2024x/view/All',
      timeZone: 'America/New_York',
    });
    expect(key(p, '901')).toMatchObject({ start: '2024-11-02T14:00:00.000Z', end: '2024-11-02T14:45:00.000Z', room: 'Hall A', track: 'Cloud' });
    expect(key(p, '902')).toMatchObject({ start: '2024-11-03T15:00:00.000Z', room: 'Hall B', track: 'Data' });
    expect(key(p, '902')!.abstract).toBeUndefined();
    expect(p.skipped).toEqual([{ count: 1, what: 'break' }]);
    expect(p.zone).toMatchObject({ source: 'given', affectsTimes: true });
  });

  it('ICS with TZID: folded lines, escapes, DURATION, an alarm’s summary ignored, a script link dropped', () => {
    const p = parseSchedule(readFixture('schedules/ics-tzid.ics'));
    expect(p.format).toBe('ics');
    expect(p.conference).toMatchObject({ platform: 'ics', name: 'Edge Calendar', timeZone: 'Europe/Berlin' });
    const [before, after] = p.entries;
    expect(before).toMatchObject({ title: 'Before the change, with a comma', start: '2024-03-30T09:00:00.000Z', end: '2024-03-30T10:00:00.000Z', room: 'Room 1' });
    expect(before!.abstract).toBe('Line one\nLine two with a very long text that is folded over two lines');
    expect(before!.url).toBeUndefined();
    expect(before!.key).toMatch(/^ics:edge-calendar:before-example\.org-[0-9a-z]+$/);
    expect(after).toMatchObject({ start: '2024-03-31T08:00:00.000Z', end: '2024-03-31T09:30:00.000Z', url: 'https://example.org/talks/after' });
  });
});

const frab = (events: string, extra = '') =>
  `<schedule><conference><acronym>t</acronym><title>T</title>${extra}</conference><day index="1" date="2024-05-01"><room name="Main">${events}</room></day></schedule>`;

describe('malformed and hostile files: a clear error that says where, or data kept as text', () => {
  it('XML that is not well-formed: line and column', () => {
    const error = failure('<schedule>\n  <conference><title>x</conference>\n</schedule>');
    expect(error.location).toMatch(/^line 2, column \d+$/);
    expect(error.message).toContain('not well-formed XML');
  });

  it('XML that declares entities is refused before parsing', () => {
    const error = failure('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><schedule>&b;</schedule>');
    expect(error.message).toContain('declares XML entities');
  });

  it('an event with a bad duration or a date without offset names its day, room and event', () => {
    const duration = failure(frab('<event id="7"><start>10:00</start><duration>1h</duration><title>x</title></event>'));
    expect(duration.location).toBe('day 1 (2024-05-01), room “Main”, event 7');
    expect(duration.problem).toBe('duration “1h” is not HH:MM');
    const date = failure(frab('<event id="8"><date>2024-05-01T10:00:00</date><start>10:00</start><title>x</title></event>'));
    expect(date.message).toContain('event 8: date “2024-05-01T10:00:00” is not an ISO date and time with offset');
    expect(failure(frab('<event><start>10:00</start><title>x</title></event>')).problem).toContain('neither guid nor id');
  });

  it('hostile values stay data: markup in a title is text, script links are dropped, giant titles are cut', () => {
    const p = parseSchedule(
      frab(
        `<event id="1"><start>10:00</start><duration>00:30</duration><title>&lt;img src=x onerror=alert(1)&gt;</title><url>javascript:alert(1)</url></event>` +
          `<event id="2"><start>11:00</start><duration>00:30</duration><title>${'A'.repeat(10_000)}</title><url>https://example.org/2</url></event>`,
        '<time_zone_name>Europe/Berlin</time_zone_name>',
      ),
    );
    expect(key(p, '1')).toMatchObject({ title: '<img src=x onerror=alert(1)>' });
    expect(key(p, '1')!.url).toBeUndefined();
    expect(key(p, '2')!.title).toHaveLength(2000);
  });

  it('JSON syntax errors: line and column', () => {
    const error = failure('{\n  "sessions": [\n    {"id": 1,}\n  ]\n}');
    expect(error.location).toMatch(/^line 3, column \d+$/);
    expect(error.message).toContain('not valid JSON');
  });

  it('JSON of the wrong shape: the path of the first bad value', () => {
    const sessionize = (session: object) => JSON.stringify({ sessions: [session], speakers: [], categories: [], rooms: [] });
    const options = { address: 'https://sessionize.com/api/v2/abcd1234/view/All', timeZone: 'UTC' };
    expect(failure(sessionize({ id: '1', title: 5 }), options).location).toBe('sessions[0].title');
    const when = failure(sessionize({ id: '1', title: 'x', startsAt: 'tomorrow' }), options);
    expect(when.location).toBe('sessions[0].startsAt');
    expect(when.problem).toContain('“tomorrow” is not a local date and time');
    expect(failure('{"hello": "world"}').message).toContain('none of the schedules Talkmarks reads');
    const indico = JSON.stringify({ results: [{ id: '1', title: 'a', contributions: [] }, { id: '2', title: 'b', contributions: [] }] });
    expect(failure(indico).location).toBe('results');
  });

  it('ICS: unknown zones and unclosed blocks are named with their line', () => {
    const ics = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}END:VCALENDAR\r\n`;
    const zone = failure(ics('BEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Mars/Olympus:20240101T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\n'));
    expect(zone.location).toBe('line 5');
    expect(zone.problem).toContain('“Mars/Olympus”');
    expect(failure('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n').location).toBe('end of file');
    expect(failure('hello').message).toContain('not a schedule file Talkmarks reads');
  });
});
