import { describe, expect, it } from 'vitest';
import { clockOf, parseQuickAdd } from '../../lib/plan/quick-add';

describe('the quick-add line', () => {
  it('reads a time range, a title and a place after " @ "', () => {
    expect(parseQuickAdd('12:00-13:00 Lunch with Ana @ Cafe')).toEqual({ from: '12:00', to: '13:00', title: 'Lunch with Ana', place: 'Cafe' });
  });

  it('takes dashes, "to" and the usual ways of writing a clock time', () => {
    expect(parseQuickAdd('9.30–10h15 Booth duty')).toEqual({ from: '09:30', to: '10:15', title: 'Booth duty', place: '' });
    expect(parseQuickAdd('14 to 1530 Hallway track @ Hall 12 foyer')).toEqual({ from: '14:00', to: '15:30', title: 'Hallway track', place: 'Hall 12 foyer' });
    expect(parseQuickAdd('  08:00 — 08:45   Breakfast  ')).toMatchObject({ from: '08:00', to: '08:45', title: 'Breakfast' });
  });

  it('gives a start without an end half an hour, across midnight too', () => {
    expect(parseQuickAdd('18:00 Drinks @ Bar')).toEqual({ from: '18:00', to: '18:30', title: 'Drinks', place: 'Bar' });
    expect(parseQuickAdd('23:45 Last train')).toMatchObject({ from: '23:45', to: '00:15' });
  });

  it('keeps an @ inside the title: only the last " @ " starts the place', () => {
    expect(parseQuickAdd('10:00-10:30 Ping @ana on Slack @ Booth 7')).toMatchObject({ title: 'Ping @ana on Slack', place: 'Booth 7' });
    expect(parseQuickAdd('10:00 Mail ana@example.org')).toMatchObject({ title: 'Mail ana@example.org', place: '' });
  });

  it('says what is wrong instead of guessing', () => {
    expect(parseQuickAdd('Lunch with Ana')).toEqual({ error: expect.stringContaining('Start with a time') });
    expect(parseQuickAdd('25:00 Late')).toEqual({ error: expect.stringContaining('“25:00” is not a time') });
    expect(parseQuickAdd('12:00-12:75 Odd')).toEqual({ error: expect.stringContaining('“12:75”') });
    expect(parseQuickAdd('12:00 @ Cafe')).toEqual({ error: 'Give the item a title after the time.' });
  });

  it('reads clocks on 24 hours only', () => {
    expect(['7', '07', '7:05', '19h05', '1905', '0:00', '23:59'].map(clockOf)).toEqual(['07:00', '07:00', '07:05', '19:05', '19:05', '00:00', '23:59']);
    expect(['24:00', '12:60', '12:5', '1pm', ''].map(clockOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
