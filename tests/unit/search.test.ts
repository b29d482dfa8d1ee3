import { describe, expect, it } from 'vitest';
import { type ScheduleEntry } from '../../lib/model/schema';
import { normalise, queryTerms, SearchIndex } from '../../lib/search/search-index';
import { annotationOf, entry } from '../support/db';

const AMS = 'Europe/Amsterdam';
const entries: ScheduleEntry[] = [
  entry('k1', 'sched:kcc2026', {
    title: 'Kubernetes Security Deep Dive',
    start: '2026-03-24T08:00:00.000Z',
    timeZone: AMS,
    room: 'Hall 12',
    track: 'Security',
    speakers: [{ name: 'Jürgen Müller' }],
    abstract: 'Admission control, eBPF and supply chains.',
  }),
  entry('k2', 'sched:kcc2026', {
    title: 'Observability with eBPF',
    start: '2026-03-24T09:00:00.000Z',
    timeZone: AMS,
    room: 'Forum',
    track: 'Observability',
    speakers: [{ name: 'Priya Raman' }],
  }),
  entry('k3', 'sched:kcc2026', {
    title: 'Zero Trust in Practice',
    // 23:30 in Amsterdam on the 25th: its day is the 25th there, the 26th in UTC+8 terms.
    start: '2026-03-25T22:30:00.000Z',
    timeZone: AMS,
    room: 'Hall 12',
    track: 'Security',
  }),
  entry('f1', 'sched:fosdem2026', { title: 'Café talk: security at the bar', start: '2026-02-01T10:00:00.000Z', timeZone: AMS }),
];
const note = annotationOf;
const annotations = [
  note('sched:kcc2026:k2', { starred: true, rating: 5, tags: ['cool-tech'], note: 'Try **Pixie** on staging' }),
  note('sched:kcc2026:k3', { starred: true, rating: 2 }),
];
const index = SearchIndex.fromEntries(entries).withAnnotations(annotations);
const titles = (text: string, filters = {}) => index.search({ text, ...filters }).map((h) => h.entry.title);

describe('search', () => {
  it('finds sessions by title, speaker, abstract, room, track, tag and note, ignoring case and accents', () => {
    expect(titles('deep dive')).toEqual(['Kubernetes Security Deep Dive']);
    expect(titles('muller')).toEqual(['Kubernetes Security Deep Dive']);
    expect(titles('supply chains')).toEqual(['Kubernetes Security Deep Dive']);
    expect(titles('forum')).toEqual(['Observability with eBPF']);
    expect(titles('cool-tech')).toEqual(['Observability with eBPF']);
    expect(titles('pixie')).toEqual(['Observability with eBPF']);
    expect(titles('CAFE')).toEqual(['Café talk: security at the bar']);
  });

  it('finds sessions merely seen, not only annotated ones', () => {
    expect(titles('zero')).toEqual(['Zero Trust in Practice']);
    expect(index.search({ text: 'deep' })[0]!.annotation).toBeUndefined();
  });

  it('needs every word, matches parts of words and "quoted phrases"', () => {
    expect(titles('ebpf security')).toEqual(['Kubernetes Security Deep Dive']);
    expect(titles('kube')).toEqual(['Kubernetes Security Deep Dive']);
    expect(titles('"trust in"')).toEqual(['Zero Trust in Practice']);
    expect(titles('"in trust"')).toEqual([]);
  });

  it('ranks title hits above abstract hits, then keeps schedule order', () => {
    expect(titles('ebpf')).toEqual(['Observability with eBPF', 'Kubernetes Security Deep Dive']);
    expect(titles('security')).toEqual([
      'Café talk: security at the bar',
      'Kubernetes Security Deep Dive',
      'Zero Trust in Practice',
    ]);
  });

  it('filters by conference, event-local day, starred, rating, tag, track and room', () => {
    expect(titles('', { conference: 'sched:fosdem2026' })).toEqual(['Café talk: security at the bar']);
    expect(titles('', { day: '2026-03-25' })).toEqual(['Zero Trust in Practice']);
    expect(titles('', { starred: true })).toEqual(['Observability with eBPF', 'Zero Trust in Practice']);
    expect(titles('', { minRating: 4 })).toEqual(['Observability with eBPF']);
    expect(titles('', { tag: 'cool-tech' })).toEqual(['Observability with eBPF']);
    expect(titles('', { track: 'Security', room: 'Hall 12' })).toEqual(['Kubernetes Security Deep Dive', 'Zero Trust in Practice']);
    expect(titles('zero', { starred: true, track: 'Security' })).toEqual(['Zero Trust in Practice']);
  });

  it('gives the same answers while typing on (narrowed) as from scratch', () => {
    const typing = SearchIndex.fromEntries(entries).withAnnotations(annotations);
    for (const text of ['s', 'se', 'sec', 'secu', 'secur', 'security', 'security k', 'security kube']) {
      expect(typing.search({ text }).map((h) => h.entry.key)).toEqual(index.search({ text }).map((h) => h.entry.key));
      index.search({ text: 'reset the narrowing' });
    }
    // Deleting a letter widens the search again.
    expect(typing.search({ text: 'security' }).length).toBe(3);
  });

  it('keeps annotations whose session was never stored findable', () => {
    const orphan = index.withAnnotations([...annotations, note('sched:old2025:x9', { note: 'lost session, still mine' })]);
    expect(orphan.search({ text: 'still mine' }).map((h) => h.entry.key)).toEqual(['sched:old2025:x9']);
  });

  it('lists the values each filter can take', () => {
    expect(index.facets('sched:kcc2026')).toEqual({
      conferences: ['sched:fosdem2026', 'sched:kcc2026'],
      days: ['2026-03-24', '2026-03-25'],
      tracks: ['Observability', 'Security'],
      rooms: ['Forum', 'Hall 12'],
      tags: ['cool-tech'],
    });
  });

  it('normalises text and queries', () => {
    expect(normalise('  Ça  va\tÜBER ')).toBe('ca va uber');
    expect(queryTerms('go "zero trust" Go')).toEqual(['zero trust', 'go']);
  });
});
