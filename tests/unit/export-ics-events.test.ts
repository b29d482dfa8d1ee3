import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../lib/export/ics';
import type { ExportSource } from '../../lib/export/source';
import type { AnnotatedSession } from '../../lib/model/annotated';
import { annotated } from '../support/annotated';
import { demo } from '../support/export-fixture';
import { parseCalendar } from '../support/ical';
import { ownItem } from '../support/plan';

/** What a calendar user sees of each event: read back by an independent parser or from the file's own lines. */
const NOW = Date.UTC(2026, 2, 20, 12, 0, 0);
const talk = (id: string, entry: Parameters<typeof annotated>[2], fields: Parameters<typeof annotated>[3] = {}) =>
  annotated(demo, id, { title: id, start: '2026-03-24T10:00:00Z', end: '2026-03-24T10:30:00Z', ...entry }, { starred: true, ...fields });
const one = (sessions: AnnotatedSession[], extra: Partial<ExportSource> = {}) => [{ conference: demo, sessions, ...extra }];
const eventsOf = (text: string) => parseCalendar(text).events;
/** The raw content lines of the event whose SUMMARY is `summary`. */
function linesOf(text: string, summary: string): string[] {
  const block = text.split('BEGIN:VEVENT').find((e) => e.includes(`SUMMARY:${summary}\r\n`));
  if (!block) throw new Error(`no event ${summary}`);
  return block.split('END:VEVENT')[0]!.split('\r\n').filter(Boolean);
}

describe('the calendar file', () => {
  it('is a published Gregorian iCalendar 2.0 from Talkmarks, stamped with the export time', () => {
    const text = planCalendar(one([talk('a', {})]), NOW).text;
    expect(text.split('\r\n').slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Talkmarks//My plan//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:DemoConf Europe 2026 (my plan)',
    ]);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(linesOf(text, 'a')).toContain('DTSTAMP:20260320T120000Z');
  });

  it('is named "My conference plan" when it holds several conferences, with their talks in one time order', () => {
    const other = { ...demo, id: 'sched:other', name: 'Other Conf' };
    const late = talk('late', { start: '2026-03-24T12:00:00Z', end: undefined });
    const early = annotated(other, 'early', { title: 'early', start: '2026-03-24T09:00:00Z' }, { starred: true });
    const result = planCalendar([{ conference: demo, sessions: [late] }, { conference: other, sessions: [early] }], NOW);
    expect(parseCalendar(result.text).name).toBe('My conference plan');
    expect(eventsOf(result.text).map((e) => e.summary)).toEqual(['early', 'late']);
    expect(result.written.map((s) => s.entry.title)).toEqual(['early', 'late']);
  });

  it('leaves out talks that are not starred', () => {
    const result = planCalendar(one([talk('kept', {}), talk('unstarred', {}, { starred: false, rating: 5, note: 'good' })]), NOW);
    expect(eventsOf(result.text).map((e) => e.summary)).toEqual(['kept']);
    expect(result.written).toHaveLength(1);
  });

  it('orders talks at the same time by their key, and a talk and an own item at the same time by key too', () => {
    const sessions = [talk('b', { title: 'Same' }), talk('a', { title: 'Same' })];
    const result = planCalendar(one(sessions), NOW);
    expect(eventsOf(result.text).map((e) => e.uid)).toEqual([`${demo.id}:a@talkmarks`, `${demo.id}:b@talkmarks`]);
    expect(result.written.map((s) => s.entry.key)).toEqual([`${demo.id}:a`, `${demo.id}:b`]);
    // Own items sort by their id against the talks' keys: "aaa" before "sched:…", "zzz" after.
    const at = (id: string) => ownItem(id, 'UTC', '2026-03-24', '10:00', '10:30', { title: `own ${id}` });
    const mixed = planCalendar(one([talk('t', {})], { ownItems: [at('zzz'), at('aaa')] }), NOW).text;
    expect(eventsOf(mixed).map((e) => e.summary)).toEqual(['own aaa', 't', 'own zzz']);
  });
});

describe('a talk’s event', () => {
  it('has an end only when the schedule gives one after the start', () => {
    const text = planCalendar(
      one([
        talk('timed', {}),
        talk('zero', { end: '2026-03-24T10:00:00Z' }),
        talk('backwards', { end: '2026-03-24T09:00:00Z' }),
        talk('open', { end: undefined }),
      ]),
      NOW,
    ).text;
    const ends = Object.fromEntries(eventsOf(text).map((e) => [e.summary, e.end]));
    expect(ends).toEqual({ timed: '2026-03-24T10:30:00.000Z', zero: undefined, backwards: undefined, open: undefined });
  });

  it('takes http and https links in any case, but not one with white space or a control character', () => {
    const urls = {
      http: 'http://example.org/talk',
      upper: 'HTTPS://EXAMPLE.ORG/talk',
      spaced: 'https://example.org/a talk',
      tabbed: 'https://example.org/a\ttalk',
      ftp: 'ftp://example.org/talk',
      prefixed: 'see https://example.org/talk',
    };
    const sessions = Object.entries(urls).map(([id, url]) => talk(id, { url }));
    const events = eventsOf(planCalendar(one(sessions), NOW).text);
    const byName = Object.fromEntries(events.map((e) => [e.summary, e]));
    expect(byName.http).toMatchObject({ url: urls.http, description: urls.http });
    expect(byName.upper).toMatchObject({ url: urls.upper, description: urls.upper });
    for (const id of ['spaced', 'tabbed', 'ftp', 'prefixed']) {
      expect(byName[id]!.url).toBeUndefined();
      expect(byName[id]!.description).toBeUndefined();
    }
  });

  it('has no LOCATION without a room and no DESCRIPTION when there is nothing to say', () => {
    const lines = linesOf(planCalendar(one([talk('bare', {})]), NOW).text, 'bare');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['UID', 'DTSTAMP', 'SEQUENCE', 'DTSTART', 'DTEND', 'SUMMARY']);
  });

  it('describes speakers, rating, tags and track one per line, then the note, then the link', () => {
    const s = talk(
      'full',
      { speakers: [{ name: 'Ana' }, { name: 'Bo' }], track: 'Ops', room: 'Hall 1', url: 'https://example.org/full' },
      { rating: 2, tags: ['x', 'y'], note: '  first\r\nsecond\rthird  ' },
    );
    const event = eventsOf(planCalendar(one([s]), NOW).text)[0]!;
    expect(event.description).toBe('Speakers: Ana, Bo\nRating: ★★☆☆☆ (2/5)\nTags: x, y\nTrack: Ops\n\nfirst\nsecond\nthird\n\nhttps://example.org/full');
    expect(event.categories).toEqual(['x', 'y']);
    expect(event.location).toBe('Hall 1');
  });

  it('describes a talk with only a note by the note alone, and one with only a track by the track alone', () => {
    const noteOnly = eventsOf(planCalendar(one([talk('n', {}, { note: 'just this' })]), NOW).text)[0]!;
    expect(noteOnly.description).toBe('just this');
    const factsOnly = eventsOf(planCalendar(one([talk('f', { track: 'Ops' })]), NOW).text)[0]!;
    expect(factsOnly.description).toBe('Track: Ops');
  });

  it('is cancelled, not tentative, when a set-aside alternative left the schedule', () => {
    const s = talk('gone', {}, { alternative: true });
    const history = new Map([[s.entry.key, { sequence: 2, removed: true }]]);
    const lines = linesOf(planCalendar(one([s], { history }), NOW, { alternatives: 'tentative' }).text, 'gone');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).not.toContain('STATUS:TENTATIVE');
    expect(lines).toContain('SEQUENCE:2');
  });
});

describe('own items', () => {
  const item = (extra: Parameters<typeof ownItem>[5]) => ownItem('meet', 'UTC', '2026-03-24', '12:00', '13:00', { title: 'Meet', ...extra });

  it('have no LOCATION when the place is blank and no DESCRIPTION without a note', () => {
    const lines = linesOf(planCalendar(one([], { ownItems: [item({ place: '   ', note: ' \n ' })] }), NOW).text, 'Meet');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['UID', 'DTSTAMP', 'SEQUENCE', 'DTSTART', 'DTEND', 'SUMMARY']);
    expect(lines).toContain('DTSTAMP:20260320T120000Z');
  });

  it('carry their note with line breaks as the calendar shows them', () => {
    const event = eventsOf(planCalendar(one([], { ownItems: [item({ note: ' bring\r\nslides\rand cards ' })] }), NOW).text)[0]!;
    expect(event.description).toBe('bring\nslides\nand cards');
  });

  it('set aside are left out, or written as tentative when asked', () => {
    const sources = one([], { ownItems: [item({ alternative: true })] });
    const left = planCalendar(sources, NOW);
    expect(left.own).toEqual([]);
    expect(eventsOf(left.text)).toEqual([]);
    const kept = planCalendar(sources, NOW, { alternatives: 'tentative' });
    expect(kept.own).toHaveLength(1);
    expect(linesOf(kept.text, 'Meet')).toContain('STATUS:TENTATIVE');
  });

  it('chosen ones have no status', () => {
    const text = planCalendar(one([], { ownItems: [item({})] }), NOW, { alternatives: 'tentative' }).text;
    expect(text).not.toContain('STATUS:');
  });
});

describe('alternatives without a time', () => {
  const untimed = talk('tba', { start: undefined, end: undefined }, { alternative: true });

  it('are set aside but not reported skipped when alternatives are left out', () => {
    const result = planCalendar(one([untimed]), NOW);
    expect(result.setAside.map((s) => s.entry.title)).toEqual(['tba']);
    expect(result.skipped).toEqual([]);
  });

  it('are reported skipped when alternatives go out as tentative', () => {
    const result = planCalendar(one([untimed]), NOW, { alternatives: 'tentative' });
    expect(result.skipped.map((s) => s.entry.title)).toEqual(['tba']);
    expect(result.setAside.map((s) => s.entry.title)).toEqual(['tba']);
    expect(result.written).toEqual([]);
  });
});
