import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../lib/export/kb/defaults';
import type { Flavour } from '../../lib/export/kb/flavours';
import { firstNote, renderNotes, type Templates } from '../../lib/export/kb/render';
import type { ExportSource } from '../../lib/export/source';
import type { AnnotatedSession } from '../../lib/model/annotated';
import type { Conference } from '../../lib/model/schema';
import { annotated } from '../support/annotated';

/** The notes a user gets in their notes app: which files, named how, and what each placeholder gives. */
const conf: Conference = { id: 'sched:kb2026', platform: 'sched', event: 'kb2026', name: 'KB Conf', url: 'https://kb2026.sched.com/', timeZone: 'Europe/Amsterdam' };
const t = (id: string, entry: Parameters<typeof annotated>[2], fields: Parameters<typeof annotated>[3]) =>
  annotated(conf, id, { title: `Talk ${id}`, start: '2026-03-24T09:00:00Z', end: '2026-03-24T09:30:00Z', ...entry }, fields);
const files = (sources: readonly ExportSource[], flavour: Flavour, templates: Partial<Templates> = {}, earlier = new Map<string, string>(), onlyNew = false) =>
  renderNotes(sources, { flavour, templates: { ...defaultTemplates[flavour], ...templates }, onlyNew }, earlier).files;
const textOf = (list: { path: string; text: string }[], end: string) => list.find((f) => f.path.endsWith(end))!.text;

describe('a talk’s placeholders', () => {
  const dump = [
    'talkmarks_id', 'id', 'file', 'page', 'title', 'aliases', 'conference', 'speakers', 'speakers_text', 'start', 'end', 'zone', 'date', 'time',
    'room', 'track', 'url', 'recording', 'slides', 'abstract', 'rating', 'stars', 'starred', 'priority', 'watch_later', 'tags', 'tags_text', 'note',
    'day_link', 'index_link',
  ].map((name) => `${name}={{{${name}}}}`).join('\n');

  it('give every fact of the talk, times on the event’s clock with their offset', () => {
    const s = t(
      'x1',
      {
        title: 'Title *x*',
        speakers: [{ name: 'Ana' }, { name: 'Bo' }],
        room: 'Hall',
        track: 'Ops',
        url: 'HTTPS://kb2026.sched.com/event/x1',
        abstract: 'About it',
        links: [{ kind: 'slides', url: 'https://s.example/x.pdf' }, { kind: 'recording', url: 'ftp://v.example/x' }],
      },
      { rating: 4, starred: true, priority: 'must', watchLater: true, tags: ['a', 'b'], note: '\n\nMy note\n' },
    );
    expect(textOf(files([{ conference: conf, sessions: [s] }], 'obsidian', { talk: dump }), 'Title x (x1).md').split('\n')).toEqual([
      'talkmarks_id=sched:kb2026:x1',
      'id=x1',
      'file=Title x (x1)',
      'page=KB Conf/Title x (x1)',
      'title=Title *x*',
      'aliases=Title *x*',
      'conference=KB Conf',
      'speakers=Ana, Bo',
      'speakers_text=Ana, Bo',
      'start=2026-03-24T10:00:00+01:00',
      'end=2026-03-24T10:30:00+01:00',
      'zone=Europe/Amsterdam',
      'date=2026-03-24',
      'time=10:00–10:30 CET',
      'room=Hall',
      'track=Ops',
      'url=HTTPS://kb2026.sched.com/event/x1',
      'recording=',
      'slides=https://s.example/x.pdf',
      'abstract=About it',
      'rating=4',
      'stars=★★★★☆',
      'starred=true',
      'priority=must',
      'watch_later=true',
      'tags=a, b',
      'tags_text=a, b',
      'note=My note',
      'day_link=[[2026-03-24 KB Conf|Tuesday, 24 March 2026]]',
      'index_link=[[KB Conf index|KB Conf]]',
    ]);
  });

  it('give nothing for what a talk without a time, room or links lacks, and its day as "No time given"', () => {
    const s = t('u', { start: undefined, end: undefined, url: 'javascript:x' }, { note: 'n' });
    const text = textOf(files([{ conference: conf, sessions: [s] }], 'obsidian', { talk: dump }), 'Talk u (u).md');
    expect(text).toContain('\nstart=\nend=\nzone=\ndate=\ntime=\nroom=\ntrack=\nurl=\nrecording=\nslides=\nabstract=\nrating=\nstars=\nstarred=false\npriority=\n');
    expect(text).toContain('\nday_link=No time given\n');
  });

  it('give only http(s) addresses, and no link of a kind the talk lacks', () => {
    const links = (url: string) => t('l', { url, links: [{ kind: 'slides', url: 'http://s.example/x.pdf' }] }, { note: 'n' });
    const of = (url: string) => textOf(files([{ conference: conf, sessions: [links(url)] }], 'obsidian', { talk: 'url={{{url}}} slides={{{slides}}} recording={{{recording}}}' }), 'Talk l (l).md');
    expect(of('http://kb2026.sched.com/event/l')).toBe('url=http://kb2026.sched.com/event/l slides=http://s.example/x.pdf recording=');
    expect(of('javascript:alert(1)//https://x.example/')).toBe('url= slides=http://s.example/x.pdf recording=');
  });

  it('give a talk with a start but no end an end of nothing', () => {
    const s = t('o', { end: undefined }, { note: 'n' });
    expect(textOf(files([{ conference: conf, sessions: [s] }], 'obsidian', { talk: 'start={{{start}}} end={{{end}}}' }), 'Talk o (o).md')).toBe('start=2026-03-24T10:00:00+01:00 end=');
  });
});

describe('the index', () => {
  const sessions: AnnotatedSession[] = [
    t('r3', {}, { rating: 3, tags: ['zeta'] }),
    t('r5', { start: '2026-03-25T09:00:00Z' }, { rating: 5, tags: ['zeta', 'alpha'] }),
    t('none', {}, { starred: true, tags: ['zeta'] }),
    t('r1', {}, { rating: 1 }),
  ];
  const index = () => textOf(files([{ conference: conf, sessions }], 'obsidian'), 'KB Conf index.md');

  it('lists days with their number of talks, ratings best first, not rated last, and tags in order, best rated first', () => {
    const text = index();
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# KB Conf', '## Days', '## By rating', '### ★★★★★ 5/5', '### ★★★☆☆ 3/5', '### ★☆☆☆☆ 1/5', '### Not rated', '## By tag', '### Alpha', '### Zeta']);
    expect(text).toContain('- [[2026-03-24 KB Conf|Tuesday, 24 March 2026]] (3)\n- [[2026-03-25 KB Conf|Wednesday, 25 March 2026]] (1)\n');
    expect(text.slice(text.indexOf('### Zeta'))).toBe('### Zeta\n\n- [[Talk r5 (r5)|Talk r5]]\n- [[Talk r3 (r3)|Talk r3]]\n- [[Talk none (none)|Talk none]]\n');
    expect(text).toContain('---\nconference: "KB Conf"\nurl: "https://kb2026.sched.com/"\n---\n');
  });

  it('lists a tag’s talks best rated first even when a lower rated one comes later in the day', () => {
    const beta = [t('early', {}, { rating: 5, tags: ['beta'] }), t('late', { start: '2026-03-24T11:00:00Z' }, { rating: 2, tags: ['beta'] })];
    const text = textOf(files([{ conference: conf, sessions: beta }], 'obsidian'), 'KB Conf index.md');
    expect(text.slice(text.indexOf('### Beta'))).toBe('### Beta\n\n- [[Talk early (early)|Talk early]]\n- [[Talk late (late)|Talk late]]\n');
  });

  it('names each tag group by the tag read as a title, for a template that writes it as is', () => {
    const tagged = [t('a', {}, { tags: ['cool--tech__x'] })];
    expect(textOf(files([{ conference: conf, sessions: tagged }], 'plain', { index: '{{#by_tag}}{{{heading}}}|{{tag}}{{/by_tag}}' }), 'KB Conf index.md')).toBe('Cool tech x|cool--tech\\_\\_x');
  });

  it('gives the rating of each group, and no url for a conference without one', () => {
    const template = '{{url}}|{{#by_rating}}{{rating}},{{/by_rating}}';
    const text = textOf(files([{ conference: { ...conf, url: undefined }, sessions }], 'plain', { index: template }), 'KB Conf index.md');
    expect(text).toBe('|5,3,1,,');
  });
});

describe('which notes', () => {
  it('in Logseq: every page in pages/, days and talks under the conference’s namespace, links by page name', () => {
    const s = t('a', {}, { rating: 2 });
    const list = files([{ conference: conf, sessions: [s] }], 'logseq');
    expect(list.map((f) => f.path)).toEqual(['pages/KB Conf.md', 'pages/KB Conf___2026-03-24.md', 'pages/KB Conf___Talk a (a).md']);
    expect(list[1]!.text).toContain('- 10:00–10:30 CET [[KB Conf/Talk a (a)]] ★★☆☆☆');
    expect(list[2]!.text).toContain('conference:: [[KB Conf]]');
    // Page text in a property is property text (one line, no references), not Markdown: nothing is backslashed.
    const room = files([{ conference: conf, sessions: [t('r', { room: 'Hall_1 *A*' }, { rating: 2 })] }], 'logseq');
    expect(room[2]!.text).toContain('\nroom:: Hall_1 *A*\n');
  });

  it('in plain Markdown: links relative to each note, parentheses and spaces encoded', () => {
    const s = t('a', { title: 'Talk (a)' }, { rating: 2 });
    const list = files([{ conference: conf, sessions: [s] }], 'plain');
    expect(list[0]!.text).toContain('[Talk (a)](Talks/Talk%20%28a%29%20%28a%29.md)');
    expect(list[1]!.text).toContain('[Talk (a)](../Talks/Talk%20%28a%29%20%28a%29.md)');
    expect(list[2]!.text).toContain('[KB Conf](../KB%20Conf%20index.md)');
  });

  it('in Obsidian: a link whose text is the note’s name has no alias; link text loses brackets, bars and line breaks', () => {
    const plain = t('a', { title: 'Talk a (a)' }, { rating: 2 });
    const odd = t('b', { title: 'x [y] | z\nw  <v>' }, { rating: 2 });
    const day = textOf(files([{ conference: conf, sessions: [plain, odd] }], 'obsidian'), 'Days/2026-03-24 KB Conf.md');
    expect(day).toContain('[[Talk a (a) (a)|Talk a (a)]]');
    expect(day).toContain('[[x y z w v (b)|x y z w v]]');
    // A talk an earlier export named by its bare title: the link needs no alias.
    const named = files([{ conference: conf, sessions: [plain] }], 'obsidian', {}, new Map([['sched:kb2026:a', 'Talk a (a)']]));
    expect(textOf(named, 'Days/2026-03-24 KB Conf.md')).toContain('[[Talk a (a)]]');
  });

  it('list a day’s talks with their room', () => {
    const day = textOf(files([{ conference: conf, sessions: [t('a', { room: 'Hall 1' }, { rating: 2 })] }], 'obsidian'), 'Days/2026-03-24 KB Conf.md');
    expect(day).toContain('- 10:00–10:30 CET [[Talk a (a)|Talk a]] · Hall 1 ★★☆☆☆\n');
  });

  it('name a conference "Conference" when neither its name nor its event leaves anything', () => {
    const blank: Conference = { ...conf, name: '..', event: '' };
    expect(files([{ conference: blank, sessions: [t('a', {}, { rating: 1 })] }], 'obsidian')[0]!.path).toBe('Talkmarks/Conference/Conference index.md');
  });

  it('name a conference by its event when its name leaves nothing, and keep conferences in id order', () => {
    const other: Conference = { ...conf, id: 'sched:aa2026', event: 'aa2026', name: '...' };
    const sources = [{ conference: conf, sessions: [t('a', {}, { rating: 1 })] }, { conference: other, sessions: [] }];
    for (const order of [sources, [...sources].reverse()]) {
      expect(files(order, 'obsidian').map((f) => f.path)).toEqual([
        'Talkmarks/aa2026/aa2026 index.md',
        'Talkmarks/KB Conf/KB Conf index.md',
        'Talkmarks/KB Conf/Days/2026-03-24 KB Conf.md',
        'Talkmarks/KB Conf/Talks/Talk a (a).md',
      ]);
    }
  });

  it('leave out unannotated talks, keep days in date order and talks of a day in time order', () => {
    const list = files([{ conference: conf, sessions: [
      t('late', { start: '2026-03-25T12:00:00Z' }, { rating: 1 }),
      t('b', { start: '2026-03-24T11:00:00Z' }, { rating: 1 }),
      t('a', { start: '2026-03-24T10:00:00Z' }, { rating: 1 }),
      t('skip', {}, {}),
    ] }], 'obsidian');
    expect(list.map((f) => f.path.replace(/^.*\//, ''))).toEqual([
      'KB Conf index.md', '2026-03-24 KB Conf.md', '2026-03-25 KB Conf.md', 'Talk a (a).md', 'Talk b (b).md', 'Talk late (late).md',
    ]);
    expect(list[1]!.text.indexOf('Talk a')).toBeLessThan(list[1]!.text.indexOf('Talk b'));
  });

  it('only new talks: earlier talks left out, their days and index still written', () => {
    const sessions = [t('a', {}, { rating: 1 }), t('b', {}, { rating: 1 })];
    const list = files([{ conference: conf, sessions }], 'obsidian', {}, new Map([['sched:kb2026:a', 'Talk a (a)']]), true);
    expect(list.map((f) => f.path.replace(/^.*\//, ''))).toEqual(['KB Conf index.md', '2026-03-24 KB Conf.md', 'Talk b (b).md']);
  });
});

describe('the preview', () => {
  const sessions = [t('b', { start: '2026-03-25T09:00:00Z' }, { rating: 1 }), t('a', {}, { rating: 2 })];
  const options = { flavour: 'obsidian' as const, templates: defaultTemplates.obsidian };

  it('shows the first talk, its day, or the index; nothing when nothing is annotated', () => {
    const source = [{ conference: conf, sessions }];
    expect(firstNote(source, options, new Map())!.path).toBe('Talkmarks/KB Conf/Talks/Talk a (a).md');
    expect(firstNote(source, options, new Map(), 'day')!.path).toBe('Talkmarks/KB Conf/Days/2026-03-24 KB Conf.md');
    expect(firstNote(source, options, new Map(), 'index')!.path).toBe('Talkmarks/KB Conf/KB Conf index.md');
    expect(firstNote([{ conference: conf, sessions: [t('z', {}, {})] }], options, new Map())).toBeUndefined();
  });

  it('shows the first talk’s day, not an earlier day only the journal wrote about', () => {
    const journals = [{ id: 'j', conference: conf.id, day: '2026-03-23', note: 'Arrived', updatedAt: 1, fieldUpdatedAt: {} }];
    expect(firstNote([{ conference: conf, sessions, journals }], options, new Map(), 'day')!.path).toBe('Talkmarks/KB Conf/Days/2026-03-24 KB Conf.md');
  });

  it('skips a conference with nothing annotated and shows a day for an untimed first talk', () => {
    const empty = { ...conf, id: 'sched:aa', event: 'aa', name: 'AA' };
    const untimed = [t('u', { start: undefined, end: undefined }, { rating: 1 }), t('v', {}, { rating: 1 })];
    const source = [{ conference: empty, sessions: [] }, { conference: conf, sessions: untimed }];
    expect(firstNote(source, options, new Map())!.path).toBe('Talkmarks/KB Conf/Talks/Talk v (v).md');
    const onlyUntimed = [{ conference: conf, sessions: [untimed[0]!] }];
    expect(firstNote(onlyUntimed, options, new Map(), 'day')).toBeUndefined();
  });
});
