import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset, type MarkdownOptions, type PresetName } from '../../lib/export/options';
import { HOSTILE, demo, source } from '../support/export-fixture';
import { all, headings, itemDepths, parseMarkdown, textOf } from '../support/markdown-tree';

const render = (options: MarkdownOptions) => renderMarkdown([source], options);
const preset = (name: PresetName, change: (o: MarkdownOptions) => void = () => undefined) => {
  const options = withPreset(name, ['cool-tech']);
  change(options);
  return options;
};
const titlesIn = (md: string) =>
  all(parseMarkdown(md), 'link')
    .map((l) => textOf(l))
    .filter((t) => t !== demo.url);

describe.each(['highlights', 'notes', 'agenda'] as const)('the %s preset', (name) => {
  const md = render(preset(name));
  const tree = parseMarkdown(md);

  it('matches its snapshot', () => {
    expect(md).toMatchSnapshot();
  });

  it('is CommonMark with no HTML from page data, links only to http(s), and one trailing newline', () => {
    expect(all(tree, 'html')).toEqual([]);
    for (const link of all(tree, 'link')) expect(link.url).toMatch(/^https:\/\/demo2026\.sched\.com\//);
    expect(md).toMatch(/[^\n]\n$/);
    // The hostile title is there, as text.
    expect(textOf(tree)).toContain(HOSTILE);
  });

  it('puts the conference first, then days in order, then the closing tag section', () => {
    const h = headings(tree).filter(([depth]) => depth <= 2);
    expect(h[0]).toEqual([1, 'DemoConf Europe 2026']);
    expect(h.at(-1)).toEqual([2, 'Cool tech']);
  });

  it('renders the same twice (stable order)', () => {
    expect(render(preset(name))).toBe(md);
  });
});

describe('the highlights preset', () => {
  const md = render(preset('highlights'));
  const tree = parseMarkdown(md);

  it('lists each day top-rated first, each talk a linked title with speakers, rating and tags', () => {
    expect(headings(tree).map(([, t]) => t)).toEqual([
      'DemoConf Europe 2026',
      'Tuesday, 24 March 2026',
      'Wednesday, 25 March 2026',
      'No time given',
      'Cool tech',
    ]);
    const items = itemDepths(tree).filter((i) => i.depth === 1).map((i) => i.text);
    expect(items.slice(0, 2)).toEqual([
      'eBPF *everywhere* [live] ★★★★★ — Jane_Doe, Li Wei · cool-tech, security',
      'GitOps at Scale ★★★☆☆ — platform',
    ]);
    expect(items.slice(2, 4)).toEqual([`${HOSTILE} ★★★★☆ — <b>Mallory</b>`, '1. Tabs and fences ★★☆☆☆ — Tab Person · to-watch']);
  });

  it('leaves out a starred talk the user neither rated nor wrote about: it is no highlight', () => {
    expect(titlesIn(md)).not.toContain('Late Keynote');
  });

  it('nests the note inside its talk: lists one level deeper, code blocks intact', () => {
    const depths = itemDepths(tree);
    const ebpf = depths.findIndex((i) => i.text.startsWith('eBPF'));
    expect(depths.slice(ebpf, ebpf + 3)).toEqual([
      { depth: 1, text: expect.stringContaining('eBPF') },
      { depth: 2, text: 'Tetragon #cool-tech' },
      { depth: 3, text: 'with kubectl' },
    ]);
    const code = all(tree, 'code');
    expect(code.map((c) => [c.lang, c.value])).toEqual([
      ['yaml', 'kind: Pod'],
      ['sh', 'echo unclosed'],
    ]);
    // Tabs in the note's list markers keep its nesting once indented into the item.
    const tabbed = depths.findIndex((i) => i.text === 'one');
    expect(depths.slice(tabbed, tabbed + 2)).toEqual([
      { depth: 2, text: 'one' },
      { depth: 3, text: 'nested' },
    ]);
  });

  it('closes an unclosed fence in a note, so the next talks are not swallowed as code', () => {
    const everything = render({ ...preset('highlights'), select: { starred: false, minRating: null, tags: [], noted: false } });
    expect(titlesIn(everything)).toContain('Late Keynote');
    expect(all(parseMarkdown(everything), 'code').every((c) => !c.value.includes('Late Keynote'))).toBe(true);
  });

  it('gathers the talks tagged cool-tech and the note lines marked #cool-tech at the end', () => {
    const section = md.slice(md.indexOf('## Cool tech'));
    expect(section).toBe(
      [
        '## Cool tech',
        '',
        '- [eBPF \\*everywhere\\* \\[live\\]](<https://demo2026.sched.com/event/ebpf/talk>) ★★★★★ — Jane\\_Doe, Li Wei',
        '  - Tetragon',
        '- \\<img src=x onerror=alert(1)\\> ★★★★☆ — \\<b\\>Mallory\\</b\\>',
        '  - Title was weird. sandboxing idea',
        '',
      ].join('\n'),
    );
  });

  it('gives a tagged talk without marked lines the first line of its note', () => {
    const md = render(withPreset('highlights', ['to-watch']));
    expect(md.slice(md.indexOf('## To watch'))).toContain('— Tab Person\n  - Steps:\n');
  });

  it('says so when nothing carries a picked tag', () => {
    expect(render(withPreset('highlights', ['nothing-here']))).toContain('## Nothing here\n\n_Nothing tagged `nothing-here` in this export._\n');
  });
});

describe('the notes preset', () => {
  it('gives every session its own heading below its day', () => {
    const h = headings(parseMarkdown(render(preset('notes'))));
    expect(h.slice(0, 4)).toEqual([
      [1, 'DemoConf Europe 2026'],
      [2, 'Tuesday, 24 March 2026'],
      [3, 'GitOps at Scale ★★★☆☆'],
      [3, 'eBPF *everywhere* [live] ★★★★★'],
    ]);
  });
});

describe('the agenda preset', () => {
  it('lists only starred talks, in time order, with time and room, without notes', () => {
    const md = render(preset('agenda'));
    const items = itemDepths(parseMarkdown(md.slice(0, md.indexOf('## Cool tech'))));
    expect(items.map((i) => i.text)).toEqual([
      'GitOps at Scale ★★★☆☆ — 09:00–09:30 CET · Hall 12 · platform',
      'Late Keynote — 00:15–00:45 CET · Hall 12',
      `${HOSTILE} ★★★★☆ — <b>Mallory</b> · 10:00 CET · [evil](javascript:alert(1))`,
    ]);
    expect(md).not.toContain('Argo rollouts');
  });
});
