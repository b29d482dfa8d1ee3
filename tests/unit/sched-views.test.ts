import { describe, expect, it } from 'vitest';
import { readSchedFixture } from '../support/sched-fixture';

/** One fixture per view and variation (tests/fixtures/sched), each read at the URL it stands for. */
describe('sched list views', () => {
  it('/list/simple: 24-hour slots, the room apart from the title, a multi-room session as sched prints it', () => {
    const { entries } = readSchedFixture('list-simple.html', 'https://demo2026.sched.com/list/simple');
    expect(entries.map((e) => [e.title, e.start, e.room])).toEqual([
      ['Keynote: Welcome + Opening Remarks - Jane Doe, Acme', '2026-03-24T08:00:00.000Z', 'Hall 12 | Hall 1-5 | Overflow'],
      ['Zero Trust in Practice: eBPF & SPIFFE', '2026-03-24T13:30:00.000Z', 'Elicium 2'],
      ['Hallway Track', '2026-03-24T13:30:00.000Z', undefined],
    ]);
    expect(entries.every((e) => e.timeZone === 'Europe/Paris' && !e.partial)).toBe(true);
  });

  it('a day list takes its day from the URL', () => {
    const { entries } = readSchedFixture('list-day.html', 'https://demo2026.sched.com/2026-03-25/list');
    expect(entries.map((e) => [e.key, e.start])).toEqual([
      ['sched:demo2026:iE5o', '2026-03-25T11:00:00.000Z'],
      ['sched:demo2026:3Abcd', '2026-03-25T16:30:00.000Z'],
    ]);
  });

  it('a type list gives its entries the type in its URL, a venue list its room', () => {
    const type = readSchedFixture('list-type.html', 'https://demo2026.sched.com/type/Keynote+Sessions');
    expect(type.entries[0]).toMatchObject({ track: 'Keynote Sessions', room: 'Hall 12' });
    const venue = readSchedFixture('list-venue.html', 'https://demo2026.sched.com/venue/Elicium+2');
    expect(venue.entries[0]).toMatchObject({ room: 'Elicium 2', start: '2026-03-24T10:15:00.000Z' });
  });

  it('the overview (no evidence) still gives every session link an entry, marked partial', () => {
    const { entries } = readSchedFixture('overview.html', 'https://demo2026.sched.com/overview/');
    expect(entries.map((e) => [e.key, e.title, e.partial])).toEqual([
      ['sched:demo2026:2EsAI', 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme', true],
      ['sched:demo2026:27FVb', 'Zero Trust in Practice: eBPF & SPIFFE', true],
      ['sched:demo2026:1zffD', 'GitOps at Scale', true],
    ]);
    expect(entries.every((e) => e.start === undefined)).toBe(true);
  });
});

describe('sched people and personal pages', () => {
  it('a speaker page lists the speaker’s sessions with what each entry shows', () => {
    const { entries } = readSchedFixture('speaker.html', 'https://osseu2026.sched.com/speaker/ana.lopez');
    expect(entries.map((e) => e.key)).toEqual(['sched:osseu2026:1AbC', 'sched:osseu2026:1AbD']);
    expect(entries[0]).toMatchObject({
      title: 'Rust in the Kernel: Year Three',
      aliases: ['sched:osseu2026:0f3e8d7c6b5a49382716a5b4c3d2e1aa'],
      start: '2026-10-24T08:00:00.000Z',
      end: '2026-10-24T08:40:00.000Z',
      room: 'Room A',
    });
    expect(entries[1]).toMatchObject({ title: 'BoF: Embedded Linux', speakers: [] });
  });

  it('a user’s public schedule (no evidence): days from data-date headings, slots from h3, items of unknown markup', () => {
    const { entries } = readSchedFixture('attendee.html', 'https://demo2026.sched.com/jdoe');
    expect(entries.map((e) => [e.key, e.start, e.room ?? null])).toEqual([
      ['sched:demo2026:2EsAI', '2026-03-24T08:00:00.000Z', 'Hall 12'],
      ['sched:demo2026:27FVb', '2026-03-24T10:15:00.000Z', null],
      ['sched:demo2026:3Abcd', '2026-03-25T16:30:00.000Z', null],
    ]);
  });
});

describe('sched mobile views', () => {
  it('/mobile/#session:<32hex>: entries keyed by the long id, titled by the heading in the link, focused by the fragment', () => {
    const { entries, focus, conference } = readSchedFixture(
      'mobile.html',
      'https://demo2026.sched.com/mobile/#session:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b',
    );
    expect(conference.name).toBe('DemoConf Europe 2026');
    expect(entries.map((e) => [e.key, e.title])).toEqual([
      ['sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b', 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme'],
      // Upper-case in the fragment: the same session as the lower-case id sched prints elsewhere.
      ['sched:demo2026:0f3e8d7c6b5a49382716a5b4c3d2e1f0', 'Zero Trust in Practice: eBPF & SPIFFE'],
    ]);
    expect(entries[0]!.url).toBe('https://demo2026.sched.com/event/3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b');
    expect(focus).toBe('sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b');
  });

  it('/mobile-site (no evidence): client-rendered cards with absolute links and machine-readable times', () => {
    const { entries } = readSchedFixture('mobile-site.html', 'https://demo2026.sched.com/mobile-site');
    expect(entries.map((e) => [e.key, e.start ?? null, e.end ?? null])).toEqual([
      ['sched:demo2026:2EsAI', '2026-03-24T08:00:00.000Z', '2026-03-24T08:30:00.000Z'],
      ['sched:demo2026:1zffD', null, null],
    ]);
  });
});
