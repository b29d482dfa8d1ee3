import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset, type MarkdownOptions, type PresetName } from '../../lib/export/options';
import type { ExportSource } from '../../lib/export/source';
import type { AnnotatedSession } from '../../lib/model/annotated';
import type { Conference } from '../../lib/model/schema';
import { all, headings, itemDepths, parseMarkdown } from '../support/markdown-tree';
import { ownItem, talk } from '../support/plan';

/** Where things land in a Markdown export: own items among talks, lists tight or loose, facts per talk. */
const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', url: 'https://demo2026.sched.com/', timeZone: AMS };
const day = '2026-03-24';

function render(preset: PresetName, source: Partial<ExportSource>, change: (o: MarkdownOptions) => void = () => undefined): string {
  const options = withPreset(preset);
  change(options);
  return renderMarkdown([{ conference, sessions: [], ...source }], options);
}
const items = (md: string) => itemDepths(parseMarkdown(md)).filter((i) => i.depth === 1).map((i) => i.text.split(' — ')[0]!.split(' ★')[0]);

describe('own items among the talks of a day', () => {
  const nine = talk('nine', AMS, day, '09:00', '09:30');
  const eleven = talk('eleven', AMS, day, '11:00', '11:30');

  it('in time order go between the talks around them, first or last when before or after all', () => {
    const ownItems = [
      ownItem('late', AMS, day, '18:00', '19:00', { title: 'Dinner' }),
      ownItem('mid', AMS, day, '10:00', '10:30', { title: 'Coffee' }),
      ownItem('early', AMS, day, '08:00', '08:30', { title: 'Breakfast' }),
    ];
    expect(items(render('agenda', { sessions: [eleven, nine], ownItems }))).toEqual(['Breakfast (own item)', 'Talk nine', 'Coffee (own item)', 'Talk eleven', 'Dinner (own item)']);
  });

  it('at the same time as a talk go after it', () => {
    const ownItems = [ownItem('same', AMS, day, '09:00', '09:30', { title: 'Call' })];
    expect(items(render('agenda', { sessions: [nine], ownItems }))).toEqual(['Talk nine', 'Call (own item)']);
  });

  it('in rating order go after the day’s talks, whatever their time', () => {
    const ownItems = [ownItem('early', AMS, day, '08:00', '08:30', { title: 'Breakfast' })];
    expect(items(render('agenda', { sessions: [nine], ownItems }, (o) => (o.sortBy = 'rating')))).toEqual(['Talk nine', 'Breakfast (own item)']);
  });

  it('in other groupings stay out of the talks’ groups, in a section of their own', () => {
    const ownItems = [ownItem('early', AMS, day, '08:00', '08:30', { title: 'Breakfast' })];
    const md = render('agenda', { sessions: [nine], ownItems }, (o) => (o.groupBy = 'track'));
    expect(headings(parseMarkdown(md)).map(([d, h]) => `${d} ${h}`)).toEqual(['1 Demo 2026', '2 No track', '2 Own items']);
    expect(md.slice(md.indexOf('## No track'), md.indexOf('## Own items'))).not.toContain('Breakfast');
    expect(md.slice(md.indexOf('## Own items'))).toContain('Breakfast');
  });

  it('as sections carry when, where and their note; a blank place is left out', () => {
    const ownItems = [ownItem('m', AMS, day, '12:00', '12:30', { title: 'Lunch', place: '  ', note: 'order ahead' })];
    const md = render('notes', { ownItems });
    expect(md).toContain('### Lunch\n\n- **When:** 12:00–12:30 CET\n- **Own item**\n\norder ahead');
    const bare = render('notes', { ownItems }, (o) => ((o.include.times = false), (o.include.notes = false)));
    expect(bare.endsWith('### Lunch\n\n- **Own item**\n')).toBe(true);
    const noNote = render('notes', { ownItems: [{ ...ownItems[0]!, note: '' }] }, (o) => (o.include.times = false));
    expect(noNote.endsWith('### Lunch\n\n- **Own item**\n')).toBe(true);
    expect(bare).not.toContain('order ahead');
  });

  it('as list items show time and place only when included, and their note indented', () => {
    const ownItems = [ownItem('m', AMS, day, '12:00', '12:30', { title: 'Lunch', place: 'Cafe', note: 'order ahead' })];
    expect(render('highlights', { ownItems })).toContain('- **Lunch** (own item)\n\n  order ahead');
    expect(render('agenda', { ownItems })).toContain('- **Lunch** (own item) — 12:00–12:30 CET · Cafe\n');
    const two = [...ownItems, ownItem('n', AMS, day, '14:00', '14:30', { title: 'Walk', note: '' })];
    expect(render('highlights', { ownItems: two })).toContain('  order ahead\n\n- **Walk** (own item)\n');
    expect(render('agenda', { ownItems: two.map((i) => ({ ...i, note: '' })) })).toContain('Cafe\n- **Walk** (own item)');
  });
});

describe('lists', () => {
  it('are tight when no item holds a paragraph, and loose when one does', () => {
    const sessions = [talk('a', AMS, day, '09:00', '09:30'), talk('b', AMS, day, '10:00', '10:30')];
    const tight = render('agenda', { sessions });
    expect(all(parseMarkdown(tight), 'list').map((l) => l.spread)).toEqual([false]);
    expect(tight).toContain('CET · Room a\n- ');
    const withNote = [sessions[0]!, talk('b', AMS, day, '10:00', '10:30', { note: 'worth it' })];
    const loose = render('agenda', { sessions: withNote }, (o) => (o.include.notes = true));
    expect(loose).toContain('CET · Room a\n\n- ');
  });
});

describe('the conference block', () => {
  it('links the schedule only when links are included and the conference has an address', () => {
    const sessions = [talk('a', AMS, day, '09:00', '09:30')];
    expect(render('agenda', { sessions })).toContain('# Demo 2026\n\nSchedule: <https://demo2026.sched.com/>\n\n## ');
    expect(render('agenda', { sessions }, (o) => (o.include.links = false))).toContain('# Demo 2026\n\n## ');
    const noUrl = renderMarkdown([{ conference: { ...conference, url: undefined }, sessions }], withPreset('agenda'));
    expect(noUrl).toContain('# Demo 2026\n\n## ');
  });

  it('shifts group and talk headings with the conference heading', () => {
    const sessions = [talk('a', AMS, day, '09:00', '09:30')];
    const md = render('notes', { sessions, ownItems: [ownItem('m', AMS, day, '12:00', '12:30', { title: 'Lunch' })] }, (o) => (o.headingLevel = 2));
    expect(headings(parseMarkdown(md))).toEqual([
      [2, 'Demo 2026'],
      [3, 'Tuesday, 24 March 2026'],
      [4, 'Talk a'],
      [4, 'Lunch'],
    ]);
  });

  it('gives a day with only own items, or a journal and own items, both, and no "nothing selected"', () => {
    const journals = [{ id: 'j', conference: conference.id, day: '2026-03-25', note: 'Day two thoughts', updatedAt: 1, fieldUpdatedAt: {} }];
    const ownItems = [
      ownItem('m', AMS, '2026-03-25', '12:00', '12:30', { title: 'Lunch' }),
      ownItem('n', AMS, '2026-03-26', '12:00', '12:30', { title: 'Dinner' }),
    ];
    const sessions = [talk('a', AMS, day, '09:00', '09:30', { rating: 3 })];
    const md = render('highlights', { sessions, journals, ownItems, days: ['2026-03-24', '2026-03-25', '2026-03-26'] }, (o) => (o.include.emptyDays = true));
    expect(md).toContain('## Wednesday, 25 March 2026\n\nDay two thoughts\n\n- **Lunch** (own item)\n\n## Thursday, 26 March 2026\n\n- **Dinner** (own item)\n');
    expect(md).not.toContain('Nothing selected');
  });

  it('groups by the talks’ days when empty days are asked for but the source knows no days', () => {
    const sessions = [talk('a', AMS, day, '09:00', '09:30', { rating: 3 })];
    const md = render('highlights', { sessions }, (o) => (o.include.emptyDays = true));
    expect(headings(parseMarkdown(md))).toEqual([
      [1, 'Demo 2026'],
      [2, 'Tuesday, 24 March 2026'],
    ]);
    expect(items(md)).toEqual(['Talk a']);
  });

  it('puts no day journal under days when the export is grouped otherwise', () => {
    const journals = [{ id: 'j', conference: conference.id, day, note: 'Day one thoughts', updatedAt: 1, fieldUpdatedAt: {} }];
    const sessions = [talk('a', AMS, day, '09:00', '09:30', { rating: 3 })];
    const md = render('notes', { sessions, journals }, (o) => (o.groupBy = 'rating'));
    expect(md).not.toContain('Day one thoughts');
    expect(render('notes', { sessions, journals })).toContain('## Tuesday, 24 March 2026\n\nDay one thoughts\n\n### Talk a');
  });
});

describe('a talk as a section', () => {
  const full = (fields: Parameters<typeof talk>[5] = {}): AnnotatedSession => {
    const s = talk('x', AMS, day, '09:00', '09:30', { rating: 4, tags: ['ops'], note: 'notes here', ...fields });
    Object.assign(s.entry, { speakers: [{ name: 'Ana' }, { name: 'Bo' }], track: 'Ops', abstract: 'What it is.', url: 'https://demo2026.sched.com/event/x' });
    return s;
  };

  it('lists when, room, speakers, track, rating, tags, star and who went, then abstract and note', () => {
    const md = render('notes', { sessions: [full()], whoWent: new Map([['sched:demo2026:x', ['Kim_', 'Lee']]]) }, (o) => {
      o.include.abstracts = true;
      o.include.whoWent = true;
    });
    expect(md).toContain(
      [
        '### [Talk x](<https://demo2026.sched.com/event/x>) ★★★★☆',
        '',
        '- **When:** 09:00–09:30 CET',
        '- **Room:** Room x',
        '- **Speakers:** Ana, Bo',
        '- **Track:** Ops',
        '- **Rating:** 4/5',
        '- **Tags:** `ops`',
        '- **Starred**',
        '- **Who went:** Kim\\_, Lee',
        '',
        '> What it is.',
        '',
        'notes here',
      ].join('\n'),
    );
  });

  it('leaves out what is not included or not there', () => {
    const s = full({ rating: null, tags: [], starred: false });
    s.entry.room = '  ';
    s.entry.track = ' ';
    s.entry.abstract = '  ';
    const md = render('notes', { sessions: [s], whoWent: new Map([['sched:demo2026:x', ['Kim']]]) }, (o) => {
      o.include.abstracts = true;
      o.include.speakers = false;
      o.include.times = false;
      o.include.links = false;
    });
    expect(md).toContain('### Talk x\n\nnotes here\n');
    expect(md).not.toContain('Who went');
    expect(md).not.toContain('>');
  });

  it('shows the day with the time when the groups are not days', () => {
    const md = render('notes', { sessions: [full()] }, (o) => (o.groupBy = 'rating'));
    expect(md).toContain('- **When:** Tue 24 Mar 09:00–09:30 CET\n');
    const untimed = full();
    untimed.entry.start = undefined;
    untimed.entry.end = undefined;
    expect(render('notes', { sessions: [untimed] }, (o) => (o.groupBy = 'rating'))).not.toContain('When');
  });
});

describe('a talk as a list item', () => {
  it('names who went after its tags, and not its room when the room is blank', () => {
    const s = talk('x', AMS, day, '09:00', '09:30', { tags: ['ops'] });
    s.entry.room = ' ';
    const md = render('agenda', { sessions: [s], whoWent: new Map([['sched:demo2026:x', ['Kim']]]) }, (o) => (o.include.whoWent = true));
    expect(md).toContain('- Talk x — 09:00–09:30 CET · `ops` · went: Kim\n');
  });

  it('names nobody, in either style, for a talk the who-went list lacks', () => {
    const s = talk('x', AMS, day, '09:00', '09:30', { tags: ['ops'] });
    const whoWent = new Map([['sched:demo2026:other', ['Kim']]]);
    const agenda = render('agenda', { sessions: [s], whoWent }, (o) => (o.include.whoWent = true));
    expect(agenda).toContain('- Talk x — 09:00–09:30 CET · Room x · `ops`\n');
    const notes = render('notes', { sessions: [s], whoWent }, (o) => (o.include.whoWent = true));
    expect(notes).toContain('### Talk x\n');
    expect(notes).not.toContain('Who went');
  });

  it('puts only the title when nothing else is included', () => {
    const s = talk('x', AMS, day, '09:00', '09:30');
    const md = render('agenda', { sessions: [s] }, (o) => Object.assign(o.include, { times: false, rooms: false, speakers: false }));
    expect(md).toContain('\n- Talk x\n');
  });
});
