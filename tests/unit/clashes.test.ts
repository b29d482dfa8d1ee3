import { describe, expect, it } from 'vitest';
import { dayPlans, findClashes, setAsideBy, suggestedChoice, type Block } from '../../lib/plan/clashes';
import { planItems } from '../../lib/plan/items';
import { localTime } from '../../lib/util/time';
import { ownItem, talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const LA = 'America/Los_Angeles';
const ids = (clashes: { items: { id: string }[] }[]) => clashes.map((c) => c.items.map((i) => i.id.split(':').pop()));
const describeBlock = (b: Block, zone: string) =>
  b.kind === 'gap'
    ? `gap ${localTime(new Date(b.start).toISOString(), zone)}–${localTime(new Date(b.end).toISOString(), zone)}`
    : b.kind === 'clash'
      ? `clash ${b.clash.items.map((i) => i.title).join(' / ')}`
      : `${b.item.alternative ? 'alternative ' : ''}${b.item.title}`;

describe('clash detection', () => {
  it('finds overlapping starred talks; back-to-back talks do not clash', () => {
    const items = planItems(
      [talk('a', AMS, '2026-03-24', '10:00', '10:45'), talk('b', AMS, '2026-03-24', '10:30', '11:00'), talk('c', AMS, '2026-03-24', '11:00', '11:30')],
      [],
    );
    expect(ids(findClashes(items))).toEqual([['a', 'b']]);
  });

  it('leaves unstarred and untimed sessions out of the plan', () => {
    const untimed = talk('u', AMS, '2026-03-24', '10:00', '10:45');
    delete untimed.entry.start;
    const items = planItems([untimed, talk('n', AMS, '2026-03-24', '10:00', '10:45', { starred: false }), talk('a', AMS, '2026-03-24', '10:00', '10:45')], []);
    expect(items.map((i) => i.title)).toEqual(['Talk a']);
  });

  it('counts own items (meetings, booth duty) in clashes', () => {
    const items = planItems([talk('a', AMS, '2026-03-24', '14:00', '14:30')], [ownItem('m1', AMS, '2026-03-24', '14:15', '15:00')]);
    expect(ids(findClashes(items))).toEqual([['a', 'm1']]);
  });

  it('compares instants: a talk across midnight clashes with the next day’s early item, and stays on its own day', () => {
    const items = planItems(
      [talk('late', AMS, '2026-03-24', '23:30', '00:30'), talk('next', AMS, '2026-03-25', '09:00', '09:30')],
      [ownItem('party', AMS, '2026-03-25', '00:15', '01:00')],
    );
    expect(ids(findClashes(items))).toEqual([['late', 'party']]);
    const days = dayPlans(items, AMS);
    expect(days.map((d) => [d.day, d.blocks.map((b) => describeBlock(b, AMS))])).toEqual([
      ['2026-03-24', ['clash Talk late / Meeting party']],
      ['2026-03-25', ['Talk next']],
    ]);
  });

  it('puts items on the event-local day, not the UTC day (Los Angeles evening is the next UTC day)', () => {
    const items = planItems([talk('eve', LA, '2026-04-07', '17:30', '18:30'), talk('am', LA, '2026-04-07', '09:00', '10:00')], []);
    expect(new Date(items[1]!.start).toISOString()).toBe('2026-04-08T00:30:00.000Z');
    expect(dayPlans(items, LA).map((d) => [d.day, d.blocks.map((b) => describeBlock(b, LA))])).toEqual([
      ['2026-04-07', ['Talk am', 'gap 10:00–17:30', 'Talk eve']],
    ]);
  });

  it('measures real time across a DST change: 01:00–03:15 on the night clocks go forward clashes with 03:00', () => {
    // 29 March 2026, Amsterdam: 02:00 CET becomes 03:00 CEST. 01:00–03:15 lasts 1 h 15 min.
    const items = planItems([talk('night', AMS, '2026-03-29', '01:00', '03:15'), talk('dawn', AMS, '2026-03-29', '03:00', '03:30')], []);
    expect(items[0]!.end - items[0]!.start).toBe(75 * 60_000);
    expect(ids(findClashes(items))).toEqual([['night', 'dawn']]);
  });

  it('compares items shown in different zones on one time line', () => {
    const items = planItems([talk('ams', AMS, '2026-03-24', '18:00', '19:00')], [ownItem('call', LA, '2026-03-24', '10:30', '11:00')]);
    // 10:30 in Los Angeles (PDT) is 18:30 in Amsterdam (CET).
    expect(ids(findClashes(items))).toEqual([['ams', 'call']]);
  });

  it('assumes a 30-minute talk where the schedule gives no end', () => {
    const items = planItems([talk('x', AMS, '2026-03-24', '10:00'), talk('y', AMS, '2026-03-24', '10:20'), talk('z', AMS, '2026-03-24', '10:30')], []);
    expect(items[0]).toMatchObject({ endAssumed: true });
    // 10:00–10:30, 10:20–10:50, 10:30–11:00: x and z never meet, so two decisions, both with y.
    expect(ids(findClashes(items))).toEqual([['x', 'y'], ['y', 'z']]);
  });

  it('leaves alternatives out of clashes and folds them under the talk chosen over them', () => {
    const items = planItems([talk('a', AMS, '2026-03-24', '10:00', '10:45'), talk('b', AMS, '2026-03-24', '10:00', '10:45', { alternative: true })], []);
    expect(findClashes(items)).toEqual([]);
    const [day] = dayPlans(items, AMS);
    expect(day!.blocks.map((b) => describeBlock(b, AMS))).toEqual(['Talk a']);
    expect(day!.alternatives.get(items[0]!.id)?.map((i) => i.title)).toEqual(['Talk b']);
  });

  it('keeps an alternative that overlaps nothing planned as a row of its own', () => {
    const items = planItems([talk('a', AMS, '2026-03-24', '10:00', '10:45'), talk('b', AMS, '2026-03-24', '11:00', '11:45', { alternative: true })], []);
    expect(dayPlans(items, AMS)[0]!.blocks.map((b) => describeBlock(b, AMS))).toEqual(['Talk a', 'alternative Talk b']);
  });

  it('sets aside only what overlaps the choice: in a chain A–B–C choosing A keeps C', () => {
    const items = planItems(
      [talk('a', AMS, '2026-03-24', '09:00', '10:00'), talk('b', AMS, '2026-03-24', '09:45', '10:30'), talk('c', AMS, '2026-03-24', '10:15', '11:00')],
      [],
    );
    const [first, second] = findClashes(items);
    expect(ids([first!, second!])).toEqual([['a', 'b'], ['b', 'c']]);
    expect(setAsideBy(first!.items[0]!, first!).map((i) => i.title)).toEqual(['Talk b']);
    // B runs across both decisions: choosing it settles both.
    expect(setAsideBy(first!.items[1]!, first!).map((i) => i.title)).toEqual(['Talk a', 'Talk c']);
  });

  it('splits a chain held together by one long tutorial into one decision per slot (11:15 and 12:00)', () => {
    const items = planItems(
      [
        talk('tutorial', AMS, '2026-03-24', '11:15', '12:30'),
        talk('a', AMS, '2026-03-24', '11:15', '11:45'),
        talk('b', AMS, '2026-03-24', '11:15', '11:45'),
        talk('c', AMS, '2026-03-24', '11:15', '11:45'),
        talk('d', AMS, '2026-03-24', '12:00', '12:30'),
        talk('e', AMS, '2026-03-24', '12:00', '12:30'),
      ],
      [],
    );
    const clashes = findClashes(items);
    expect(clashes.map((c) => [localTime(new Date(c.start).toISOString(), AMS), c.items.length])).toEqual([
      ['11:15', 4],
      ['12:00', 3],
    ]);
    expect(ids(clashes).map((c) => [...c!].sort())).toEqual([
      ['a', 'b', 'c', 'tutorial'],
      ['d', 'e', 'tutorial'],
    ]);
    const [day] = dayPlans(items, AMS);
    expect(day!.blocks.map((b) => describeBlock(b, AMS))).toEqual([
      'clash Talk a / Talk b / Talk c / Talk tutorial',
      'clash Talk tutorial / Talk d / Talk e',
    ]);
    // Choosing a talk at 11:15 leaves the 12:00 decision open; choosing the tutorial settles both.
    const talkA = clashes[0]!.items.find((i) => i.title === 'Talk a')!;
    expect(setAsideBy(talkA, clashes[0]!).map((i) => i.title).sort()).toEqual(['Talk b', 'Talk c', 'Talk tutorial']);
    const tutorial = clashes[0]!.items.find((i) => i.title === 'Talk tutorial')!;
    expect(setAsideBy(tutorial, clashes[0]!).map((i) => i.title).sort()).toEqual(['Talk a', 'Talk b', 'Talk c', 'Talk d', 'Talk e']);
  });

  it('suggests the must-see in a clash, and nothing when priorities tie', () => {
    const must = planItems([talk('a', AMS, '2026-03-24', '10:00', '11:00', { priority: 'maybe' }), talk('b', AMS, '2026-03-24', '10:00', '11:00', { priority: 'must' })], []);
    expect(suggestedChoice(findClashes(must)[0]!)?.title).toBe('Talk b');
    const plain = planItems([talk('a', AMS, '2026-03-24', '10:00', '11:00', { priority: 'maybe' }), talk('b', AMS, '2026-03-24', '10:00', '11:00')], []);
    expect(suggestedChoice(findClashes(plain)[0]!)?.title).toBe('Talk b');
    const tie = planItems([talk('a', AMS, '2026-03-24', '10:00', '11:00', { priority: 'must' }), talk('b', AMS, '2026-03-24', '10:00', '11:00', { priority: 'must' })], []);
    expect(suggestedChoice(findClashes(tie)[0]!)).toBeUndefined();
  });

  it('shows free gaps of at least the minimum between busy stretches', () => {
    const items = planItems(
      [talk('a', AMS, '2026-03-24', '09:00', '10:00'), talk('b', AMS, '2026-03-24', '10:10', '11:00'), talk('c', AMS, '2026-03-24', '12:00', '12:30')],
      [],
    );
    expect(dayPlans(items, AMS, 15)[0]!.blocks.map((b) => describeBlock(b, AMS))).toEqual(['Talk a', 'Talk b', 'gap 11:00–12:00', 'Talk c']);
  });
});
