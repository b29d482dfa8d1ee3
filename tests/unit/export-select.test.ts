import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset, type MarkdownOptions } from '../../lib/export/options';
import type { AnnotatedSession } from '../../lib/model/annotated';
import { annotated } from '../support/annotated';
import { demo } from '../support/export-fixture';
import { headings, itemDepths, parseMarkdown, textOf } from '../support/markdown-tree';

/** Which talks an export holds, under which group headings and in which order, read back from the Markdown. */
const t = (id: string, entry: Parameters<typeof annotated>[2], fields: Parameters<typeof annotated>[3]) =>
  annotated(demo, id, { title: id, start: '2026-03-24T10:00:00Z', ...entry }, fields);

function md(sessions: AnnotatedSession[], change: (o: MarkdownOptions) => void = () => undefined, days?: string[]): string {
  const options = withPreset('agenda');
  options.select = { starred: false, minRating: null, tags: [], noted: false };
  options.include = { ...options.include, speakers: false, times: false, rooms: false, links: false };
  change(options);
  return renderMarkdown([{ conference: demo, sessions, days }], options);
}
const titles = (text: string) => itemDepths(parseMarkdown(text)).filter((i) => i.depth === 1).map((i) => i.text.split(' ')[0]!);
const groups = (text: string) => headings(parseMarkdown(text)).filter(([d]) => d === 2).map(([, h]) => h);
/** Group heading (as a reader sees it) → the talks under it. */
function sections(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string[] = [];
  for (const node of parseMarkdown(text).children) {
    if (node.type === 'heading' && node.depth === 2) out[textOf(node)] = current = [];
    else if (node.type === 'list') current.push(...titles(text.slice(node.position!.start.offset!, node.position!.end.offset!)));
  }
  return out;
}

describe('which talks go out', () => {
  it('with notes: a note of only blanks is no note', () => {
    const sessions = [t('blank', {}, { starred: true, note: '  \n ' }), t('noted', {}, { note: 'yes' })];
    expect(titles(md(sessions, (o) => (o.select.noted = true)))).toEqual(['noted']);
  });

  it('rated at least N: the rating N itself is in, unrated and lower are out', () => {
    const sessions = [t('r3', {}, { rating: 3 }), t('r2', {}, { rating: 2 }), t('none', {}, { starred: true })];
    expect(titles(md(sessions, (o) => (o.select.minRating = 3)))).toEqual(['r3']);
  });

  it('starred-only leaves out the unstarred', () => {
    const sessions = [t('star', {}, { starred: true }), t('rated', {}, { rating: 5 }), t('noted', {}, { note: 'n' })];
    expect(titles(md(sessions, (o) => (o.select.starred = true)))).toEqual(['star']);
  });

  it('only a watch-later mark still counts as annotated when nothing is ticked', () => {
    const sessions = [t('later', {}, { watchLater: true }), t('nothing', {}, {})];
    expect(titles(md(sessions))).toEqual(['later']);
  });
});

describe('order within a group', () => {
  it('by time: talks at the same time with the same title follow their key', () => {
    const sessions = [t('b', { title: 'Same' }, { starred: true, note: 'second' }), t('a', { title: 'Same' }, { starred: true, note: 'first' })];
    const out = md(sessions, (o) => (o.include.notes = true));
    expect(out.indexOf('first')).toBeLessThan(out.indexOf('second'));
  });

  it('the same whatever order the talks come in, ties broken by key', () => {
    const twins = ['c', 'a', 'b'].map((id) => t(id, { title: 'Same' }, { starred: true, note: `note ${id}` }));
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for (const sortBy of ['time', 'rating'] as const) {
      for (const order of orders) {
        const out = md(order.map((i) => twins[i]!), (o) => ((o.sortBy = sortBy), (o.include.notes = true)));
        expect(['a', 'b', 'c'].map((id) => out.indexOf(`note ${id}`)).every((at, i, all) => at > 0 && (i === 0 || at > all[i - 1]!))).toBe(true);
      }
    }
  });

  it('by rating: best first, unrated last, equal ratings in time order, then by key', () => {
    const sessions = [
      t('unrated', { start: '2026-03-24T08:00:00Z' }, { starred: true }),
      t('late4', { start: '2026-03-24T12:00:00Z' }, { rating: 4 }),
      t('early4', { start: '2026-03-24T09:00:00Z' }, { rating: 4 }),
      t('top', { start: '2026-03-24T13:00:00Z' }, { rating: 5 }),
      t('low', { start: '2026-03-24T07:00:00Z' }, { rating: 1 }),
    ];
    expect(titles(md(sessions, (o) => (o.sortBy = 'rating')))).toEqual(['top', 'early4', 'late4', 'low', 'unrated']);
    const twins = [t('b', { title: 'Same' }, { rating: 2, note: 'second' }), t('a', { title: 'Same' }, { rating: 2, note: 'first' })];
    const out = md(twins, (o) => ((o.sortBy = 'rating'), (o.include.notes = true)));
    expect(out.indexOf('first')).toBeLessThan(out.indexOf('second'));
  });
});

describe('groups', () => {
  it('by day: days in order, untimed talks last, empty days of the schedule only when asked', () => {
    const sessions = [
      t('wed', { start: '2026-03-25T10:00:00Z' }, { starred: true }),
      t('untimed', { start: undefined }, { starred: true }),
      t('tue', {}, { starred: true }),
    ];
    const days = ['2026-03-24', '2026-03-25', '2026-03-26'];
    expect(sections(md(sessions, () => undefined, days))).toEqual({
      'Tuesday, 24 March 2026': ['tue'],
      'Wednesday, 25 March 2026': ['wed'],
      'No time given': ['untimed'],
    });
    const withEmpty = md(sessions, (o) => (o.include.emptyDays = true), days);
    expect(groups(withEmpty)).toEqual(['Tuesday, 24 March 2026', 'Wednesday, 25 March 2026', 'Thursday, 26 March 2026', 'No time given']);
    expect(withEmpty).toContain('## Thursday, 26 March 2026\n\n_Nothing selected on this day._');
    expect(withEmpty).not.toContain('## Tuesday, 24 March 2026\n\n_Nothing selected');
  });

  it('by tag: one section per tag, a talk under each of its tags, tag names read as titles', () => {
    const sessions = [
      t('both', {}, { tags: ['zeta', 'cool--tech_stuff'] }),
      t('one', { start: '2026-03-24T11:00:00Z' }, { tags: ['zeta'] }),
      t('none', {}, { starred: true }),
      t('dash', {}, { tags: ['-'] }),
    ];
    expect(sections(md(sessions, (o) => (o.groupBy = 'tag')))).toEqual({
      '-': ['dash'],
      'Cool tech stuff': ['both'],
      Zeta: ['both', 'one'],
      Untagged: ['none'],
    });
  });

  it('by track: blank and padded track names group as none and as the name', () => {
    const sessions = [t('pad', { track: ' Ops ' }, { starred: true }), t('ops', { track: 'Ops' }, { starred: true }), t('blank', { track: '  ' }, { starred: true })];
    expect(sections(md(sessions, (o) => (o.groupBy = 'track')))).toEqual({ Ops: ['ops', 'pad'], 'No track': ['blank'] });
    const allTracked = [t('x', { track: 'B' }, { starred: true }), t('y', { track: 'A' }, { starred: true })];
    expect(sections(md(allTracked, (o) => (o.groupBy = 'track')))).toEqual({ A: ['y'], B: ['x'] });
  });

  it('by rating: one heading per rating given, best first, stars and figure, unrated last', () => {
    const sessions = [t('one', {}, { rating: 1 }), t('four', {}, { rating: 4 }), t('unrated', {}, { starred: true }), t('four2', { start: '2026-03-24T11:00:00Z' }, { rating: 4 })];
    expect(sections(md(sessions, (o) => (o.groupBy = 'rating')))).toEqual({
      '★★★★☆ 4/5': ['four', 'four2'],
      '★☆☆☆☆ 1/5': ['one'],
      'Not rated': ['unrated'],
    });
    const rated = [t('two', {}, { rating: 2 })];
    expect(groups(md(rated, (o) => (o.groupBy = 'rating')))).toEqual(['★★☆☆☆ 2/5']);
  });
});
