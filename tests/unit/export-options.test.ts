import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset, type MarkdownOptions } from '../../lib/export/options';
import { HOSTILE, source } from '../support/export-fixture';
import { all, headings, itemDepths, parseMarkdown, textOf } from '../support/markdown-tree';

/** Each option changed on its own from a preset, and what a reader of the output would notice. */
function md(change: (o: MarkdownOptions) => void, base: 'highlights' | 'notes' = 'highlights'): string {
  const options = withPreset(base);
  // Selection tests start from "everything annotated"; the highlights preset's own selection is tested below.
  options.select = { starred: false, minRating: null, tags: [], noted: false };
  change(options);
  return renderMarkdown([source], options);
}
const titles = (text: string) =>
  itemDepths(parseMarkdown(text))
    .filter((i) => i.depth === 1)
    .map((i) => i.text.split(' ★')[0]!.split(' — ')[0]);
const groupHeadings = (text: string) => headings(parseMarkdown(text)).filter(([d]) => d === 2).map(([, t]) => t);

describe('which sessions', () => {
  it('all annotated ones when nothing is ticked, never unannotated ones', () => {
    const out = md(() => undefined);
    expect(titles(out)).toHaveLength(6);
    expect(out).not.toContain('Not Annotated');
  });

  it('starred', () => {
    expect(titles(md((o) => (o.select.starred = true)))).toEqual(['GitOps at Scale', HOSTILE, 'Late Keynote']);
  });

  it('rated at least N', () => {
    expect(titles(md((o) => (o.select.minRating = 4)))).toEqual(['eBPF *everywhere* [live]', HOSTILE]);
  });

  it('tagged with any of', () => {
    expect(titles(md((o) => (o.select.tags = ['platform', 'to-watch'])))).toEqual(['GitOps at Scale', '1. Tabs and fences']);
  });

  it('with notes', () => {
    expect(titles(md((o) => (o.select.noted = true)))).not.toContain('Late Keynote');
    expect(titles(md((o) => (o.select.noted = true)))).toHaveLength(5);
  });

  it('any of several ticked criteria', () => {
    const out = md((o) => ((o.select.minRating = 5), (o.select.tags = ['to-watch'])));
    expect(titles(out)).toEqual(['eBPF *everywhere* [live]', '1. Tabs and fences']);
  });

  it('the highlights preset: rated or noted talks only, not a starred talk set aside and never rated', () => {
    const out = renderMarkdown([source], withPreset('highlights'));
    const picked = source.sessions.filter((s) => s.annotation.rating !== null || s.annotation.note.trim());
    expect(titles(out)).toHaveLength(picked.length);
    expect(picked.length).toBeLessThan(6);
    expect(out).not.toContain('Late Keynote');
  });

  it('says so when nothing matches', () => {
    expect(md((o) => (o.select.tags = ['nope']), 'notes').split('\n')).toContain('_No sessions match these export options._');
  });
});

describe('grouping and order', () => {
  it('by tag: a talk under each of its tags, untagged last', () => {
    const out = md((o) => (o.groupBy = 'tag'));
    expect(groupHeadings(out)).toEqual(['Cool tech', 'Platform', 'Security', 'To watch', 'Untagged']);
    expect(titles(out).filter((t) => t?.startsWith('eBPF'))).toHaveLength(2);
  });

  it('by track, sessions without one last', () => {
    expect(groupHeadings(md((o) => (o.groupBy = 'track')))).toEqual(['*Bold* Track', 'Keynote', 'Platform', 'Security', 'No track']);
  });

  it('by rating, best first, unrated last', () => {
    expect(groupHeadings(md((o) => (o.groupBy = 'rating')))).toEqual([
      '★★★★★ 5/5',
      '★★★★☆ 4/5',
      '★★★☆☆ 3/5',
      '★★☆☆☆ 2/5',
      'Not rated',
    ]);
  });

  it('sorted by time or by rating within a day', () => {
    expect(titles(md((o) => (o.sortBy = 'time'))).slice(0, 2)).toEqual(['GitOps at Scale', 'eBPF *everywhere* [live]']);
    expect(titles(md((o) => (o.sortBy = 'rating'))).slice(0, 2)).toEqual(['eBPF *everywhere* [live]', 'GitOps at Scale']);
  });

  it('times carry their day when the groups are not days', () => {
    const out = md((o) => ((o.groupBy = 'rating'), (o.include.times = true)));
    expect(out).toContain('— Jane\\_Doe, Li Wei · Tue 24 Mar 10:00–10:30 CET ·');
  });

  it('heading or list item per session', () => {
    const asHeadings = headings(parseMarkdown(md((o) => (o.style = 'heading'))));
    expect(asHeadings.filter(([d]) => d === 3).map(([, t]) => t)).toContain('GitOps at Scale ★★★☆☆');
  });
});

describe('what each session shows', () => {
  it('notes', () => {
    expect(md(() => undefined)).toContain('Argo rollouts');
    expect(md((o) => (o.include.notes = false))).not.toContain('Argo rollouts');
  });

  it('abstracts, quoted and escaped', () => {
    const out = md((o) => (o.include.abstracts = true));
    const quotes = all(parseMarkdown(out), 'blockquote').map(textOf);
    expect(quotes).toEqual(['Kernels & <b>probes</b>: a *tour*.']);
    expect(md(() => undefined)).not.toContain('Kernels');
  });

  it('speakers', () => {
    expect(md(() => undefined)).toContain('Jane\\_Doe');
    expect(md((o) => (o.include.speakers = false))).not.toContain('Jane');
  });

  it('rooms', () => {
    expect(md((o) => (o.include.rooms = true))).toContain('· Elicium 2');
    expect(md(() => undefined)).not.toContain('Elicium');
  });

  it('times', () => {
    expect(md((o) => (o.include.times = true))).toContain('· 10:00–10:30 CET');
    expect(md(() => undefined)).not.toContain('CET');
  });

  it('links', () => {
    expect(all(parseMarkdown(md(() => undefined)), 'link').length).toBeGreaterThan(0);
    const plain = md((o) => (o.include.links = false));
    expect(all(parseMarkdown(plain), 'link')).toEqual([]);
    expect(plain).not.toContain('Schedule:');
  });

  it('empty days of the schedule, when grouping by day', () => {
    const out = md((o) => (o.include.emptyDays = true));
    expect(groupHeadings(out)).toContain('Thursday, 26 March 2026');
    expect(out).toContain('## Thursday, 26 March 2026\n\n_Nothing selected on this day._\n');
    expect(groupHeadings(md(() => undefined))).not.toContain('Thursday, 26 March 2026');
  });
});

describe('heading level', () => {
  it('shifts every heading so the export pastes under an existing one', () => {
    const levels = headings(parseMarkdown(md((o) => ((o.headingLevel = 3), (o.style = 'heading')))));
    expect(levels[0]).toEqual([3, 'DemoConf Europe 2026']);
    expect(new Set(levels.map(([d]) => d))).toEqual(new Set([3, 4, 5]));
  });
});

describe('several conferences', () => {
  it('one block each, in the order given', () => {
    const other = { ...source, conference: { ...source.conference, id: 'sched:other', name: 'Other Conf' }, sessions: [] };
    const out = renderMarkdown([source, other], withPreset('highlights'));
    expect(headings(parseMarkdown(out)).filter(([d]) => d === 1)).toEqual([
      [1, 'DemoConf Europe 2026'],
      [1, 'Other Conf'],
    ]);
    expect(out).toContain('# Other Conf\n\nSchedule: <https://demo2026.sched.com/>\n\n_No starred, rated, tagged or noted sessions yet._\n');
  });
});
