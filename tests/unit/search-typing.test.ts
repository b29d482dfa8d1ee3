import { describe, expect, it } from 'vitest';
import type { Annotation, ScheduleEntry } from '../../lib/model/schema';
import { SearchIndex } from '../../lib/search/search-index';
import { annotationOf, entry } from '../support/db';
import { readReal } from '../support/fixtures';
import { readIcs } from '../support/ics';

const mine = annotationOf;

describe('search ranking by where a word is', () => {
  const one = (extra: Partial<ScheduleEntry>, annotation: Partial<Annotation> = {}) =>
    SearchIndex.fromEntries([entry('x', 'sched:demo2026', { title: 'Plain', ...extra })]).withAnnotations([mine('sched:demo2026:x', annotation)]);
  const score = (index: SearchIndex, text: string) => index.search({ text }).map((h) => h.score);

  it('scores each field as its own: title word start, title, speakers, tags, note, place, abstract', () => {
    expect(score(one({ title: 'Gardening for all' }), 'garden')).toEqual([14]);
    expect(score(one({ title: 'Rooftop gardening' }), 'ardening')).toEqual([10]);
    expect(score(one({ speakers: [{ name: 'Ada Gardener' }] }), 'garden')).toEqual([6]);
    expect(score(one({}, { tags: ['gardening'] }), 'garden')).toEqual([6]);
    expect(score(one({}, { note: 'ask about the garden' }), 'garden')).toEqual([4]);
    expect(score(one({ room: 'Garden hall' }), 'garden')).toEqual([3]);
    expect(score(one({ track: 'Gardens' }), 'garden')).toEqual([3]);
    expect(score(one({ abstract: 'Beds, soil and a garden.' }), 'garden')).toEqual([1]);
    expect(score(one({ title: 'Gardens', abstract: 'garden' }, { note: 'garden' }), 'garden')).toEqual([14]);
    expect(score(one({ title: 'Plain' }), 'garden')).toEqual([]);
  });

  it('never matches a phrase across two fields', () => {
    const index = one({ title: 'Alpha', speakers: [{ name: 'Beta' }], room: 'Gamma', abstract: 'delta' }, { tags: ['t1'], note: 'n1' });
    for (const phrase of ['"alpha beta"', '"beta t1"', '"t1 n1"', '"n1 gamma"', '"gamma delta"', '"alpha  beta"']) expect(score(index, phrase)).toEqual([]);
    expect(score(index, 'alpha beta t1 n1 gamma delta')).toEqual([14 + 6 + 6 + 4 + 3 + 1]);
  });

  it('lays each set of annotations over the sessions alone: a note removed since is no longer found', () => {
    const sessions = SearchIndex.fromEntries([entry('x'), entry('y')]);
    const before = sessions.withAnnotations([mine('sched:demo2026:x', { note: 'first thoughts', tags: ['old'] })]);
    const after = before.withAnnotations([mine('sched:demo2026:y', { note: 'second thoughts' })]);
    expect(before.search({ text: 'thoughts' }).map((h) => h.entry.key)).toEqual(['sched:demo2026:x']);
    expect(after.search({ text: 'thoughts' }).map((h) => h.entry.key)).toEqual(['sched:demo2026:y']);
    expect(after.search({ text: 'old' })).toEqual([]);
    expect(after.search({ text: 'talk' })).toHaveLength(2);
  });
});

describe('typing on a real schedule', () => {
  const events = readIcs(readReal('sched/kccnceu2026-all.ics'));
  const entries = events.map((e, i): ScheduleEntry =>
    entry(e.uid, 'sched:kccnceu2026', {
      title: e.summary,
      start: e.start,
      end: e.end,
      timeZone: 'Europe/Amsterdam',
      room: e.location,
      track: e.categories,
      abstract: e.description,
      speakers: i % 3 ? [{ name: ['Ana Souza', 'Jürgen Müller'][i % 2]! }] : [],
    }),
  );
  const annotations = entries.filter((_, i) => i % 7 === 0).map((e, n) => mine(e.key, { note: `note ${n}: ${e.title.slice(0, 12)}`, tags: [`tag${n % 4}`], starred: n % 2 === 0 }));
  // Words from the schedule's own text, whatever it holds: every 40th word of five letters or more.
  const words = [...new Set(events.flatMap((e) => `${e.summary} ${e.description ?? ''}`.toLowerCase().match(/[a-z]{5,}/g) ?? []))].filter((_, i) => i % 40 === 0).slice(0, 24);

  it('finds on every keystroke what a fresh search finds, in the same order with the same scores', () => {
    expect(words.length).toBeGreaterThan(10);
    const typing = SearchIndex.fromEntries(entries).withAnnotations(annotations);
    const scratch = SearchIndex.fromEntries(entries).withAnnotations(annotations);
    // Other filters than the last search's: this search starts from every session.
    const fresh = () => (scratch.search({ text: 'reset', day: 'none' }), scratch);
    let compared = 0;
    for (const [w, word] of words.entries()) {
      const query = w % 3 === 0 ? `${words[(w + 1) % words.length]} ${word}` : word;
      // Every fourth word typed from its end, as when the cursor sits before what was typed: each term holds the last.
      const backwards = w % 4 === 1;
      for (let n = 1; n <= query.length; n++) {
        const text = backwards ? query.slice(-n) : query.slice(0, n);
        const sort = w % 2 ? ('time' as const) : undefined;
        const got = typing.search({ text, sort, starred: w % 5 === 0 || undefined });
        const want = fresh().search({ text, sort, starred: w % 5 === 0 || undefined });
        expect(got.map((h) => [h.entry.key, h.score])).toEqual(want.map((h) => [h.entry.key, h.score]));
        compared += want.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('hands back the very same list for a key that changes no result nor any rank, and a new one otherwise', () => {
    const index = SearchIndex.fromEntries(entries).withAnnotations(annotations);
    const shown = (hits: readonly { entry: ScheduleEntry; score: number }[]) => hits.map((h) => `${h.entry.key} ${h.score}`).join();
    let same = 0;
    let changed = 0;
    for (const word of ['kubernetes', 'observability', words[0]!, words[5]!]) {
      let before = index.search({ text: word[0]! });
      for (let n = 2; n <= word.length; n++) {
        const now = index.search({ text: word.slice(0, n) });
        if (shown(now) === shown(before)) {
          expect(now).toBe(before);
          same++;
        } else {
          expect(now).not.toBe(before);
          changed++;
        }
        before = now;
      }
    }
    expect(same).toBeGreaterThan(3);
    expect(changed).toBeGreaterThan(3);
    // Same words, another order: by time the same sessions come in schedule order.
    const best = index.search({ text: 'kubernetes' });
    const byTime = index.search({ text: 'kubernetes', sort: 'time' });
    expect(byTime).not.toBe(best);
    expect(byTime.map((h) => h.entry.key).sort()).toEqual(best.map((h) => h.entry.key).sort());
  });
});
