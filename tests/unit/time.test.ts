import { describe, expect, it } from 'vitest';
import { endAfterStart, localDate, nextDay, parseClock, parseDate, plusMinutes, zoneAbbreviation, zonedToInstant } from '../../lib/util/time';
import { zoneFromLabel } from '../../lib/util/zones';

describe('clock and date text', () => {
  it.each([
    ['3:00am', '03:00'],
    ['12:00pm', '12:00'],
    ['12:30 AM', '00:30'],
    ['5:30pm', '17:30'],
    ['9am', '09:00'],
    ['15:30', '15:30'],
    ['9.45', '09:45'],
  ])('%s is %s', (text, hhmm) => expect(parseClock(text)).toBe(hhmm));

  it('rejects what is not a time', () => {
    expect(parseClock('Room 5 at the back')).toBeUndefined();
    expect(parseClock('25:00')).toBeUndefined();
  });

  it.each([
    ['Wednesday March 25, 2026 11:00', '2026-03-25'],
    ['Tue, 24 March 2026', '2026-03-24'],
    ['2026-10-25', '2026-10-25'],
  ])('%s is %s', (text, day) => expect(parseDate(text)).toBe(day));
});

describe('zones', () => {
  it('maps the labels sched prints to IANA zones', () => {
    expect(zoneFromLabel('CET')).toBe('Europe/Paris');
    expect(zoneFromLabel(' PDT ')).toBe('America/Los_Angeles');
    expect(zoneFromLabel('GMT+2')).toBe('Etc/GMT-2');
    expect(zoneFromLabel('Asia/Seoul')).toBe('Asia/Seoul');
    expect(zoneFromLabel('XYZ')).toBeUndefined();
  });

  it('turns local clock times into instants on both sides of a DST change', () => {
    expect(zonedToInstant('2026-10-24', '10:00', 'Europe/Amsterdam')).toBe('2026-10-24T08:00:00.000Z');
    expect(zonedToInstant('2026-10-25', '10:00', 'Europe/Amsterdam')).toBe('2026-10-25T09:00:00.000Z');
    expect(zonedToInstant('2026-03-08', '09:00', 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
    expect(zonedToInstant('2026-03-07', '09:00', 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
  });

  it('moves a time in a DST gap forward rather than failing', () => {
    expect(zonedToInstant('2026-03-29', '02:30', 'Europe/Amsterdam')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('gives the event-local day and a readable zone name', () => {
    expect(localDate('2026-03-24T23:30:00Z', 'Europe/Amsterdam')).toBe('2026-03-25');
    expect(localDate('2026-03-25T02:00:00Z', 'America/Los_Angeles')).toBe('2026-03-24');
    expect(zoneAbbreviation('2026-03-24T10:00:00Z', 'Europe/Amsterdam')).toBe('CET');
    expect(zoneAbbreviation('2026-07-24T10:00:00Z', 'America/New_York')).toBe('EDT');
  });
});

describe('instant arithmetic', () => {
  it('adds minutes to an instant', () => {
    expect(plusMinutes('2026-03-24T08:00:00.000Z', 90)).toBe('2026-03-24T09:30:00.000Z');
    expect(plusMinutes('2026-03-24T23:30:00.000Z', 45)).toBe('2026-03-25T00:15:00.000Z');
  });

  it('counts days across months and years', () => {
    expect(nextDay('2026-03-24')).toBe('2026-03-25');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('reads an end before its start as the next day’s', () => {
    expect(endAfterStart('2026-03-24T23:30:00.000Z', '2026-03-24T00:30:00.000Z')).toBe('2026-03-25T00:30:00.000Z');
    expect(endAfterStart('2026-03-24T08:00:00.000Z', '2026-03-24T08:30:00.000Z')).toBe('2026-03-24T08:30:00.000Z');
    expect(endAfterStart('2026-03-24T08:00:00.000Z', '2026-03-24T08:00:00.000Z')).toBe('2026-03-24T08:00:00.000Z');
  });
});
