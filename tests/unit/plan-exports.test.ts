import { describe, expect, it } from 'vitest';
import { conferenceMarkdown, renderMarkdown } from '../../lib/export/markdown';
import { withPreset } from '../../lib/export/options';
import { watchLaterMarkdown } from '../../lib/export/watch-later';
import { materialLinks } from '../../lib/model/links';
import type { Conference } from '../../lib/model/schema';
import { ownItem, talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo <Conf> 2026', timeZone: AMS };

describe('own items in the Markdown export', () => {
  it('joins their day in time order, with time, place and note', () => {
    const morning = talk('a', AMS, '2026-03-24', '09:00', '09:30');
    const evening = talk('b', AMS, '2026-03-25', '18:00', '18:30');
    const meeting = ownItem('m1', AMS, '2026-03-24', '12:00', '12:45', { title: 'Lunch with *team-x*', place: 'Café [2]', note: '- bring the demo' });
    const markdown = conferenceMarkdown(conference, [evening, morning], [meeting]);
    expect(markdown).toContain(
      '## Tuesday, 24 March 2026\n\n### Talk a\n\n- **When:** 09:00–09:30 CET\n- **Room:** Room a\n- **Starred**\n\n### Lunch with \\*team-x\\*\n\n- **When:** 12:00–12:45 CET\n- **Where:** Café \\[2\\]\n- **Own item**\n\n- bring the demo\n\n## Wednesday, 25 March 2026',
    );
  });

  it('is unchanged for a conference without own items', () => {
    const sessions = [talk('a', AMS, '2026-03-24', '09:00', '09:30')];
    expect(conferenceMarkdown(conference, sessions)).toBe(conferenceMarkdown(conference, sessions, []));
    expect(conferenceMarkdown(conference, [], [ownItem('m', AMS, '2026-03-24', '12:00', '12:45')])).not.toContain('No starred');
  });
});

describe('own items in the export dialog’s presets', () => {
  const morning = talk('a', AMS, '2026-03-24', '09:00', '09:30', { rating: 4 });
  const lunch = ownItem('m1', AMS, '2026-03-24', '12:00', '12:45', { title: 'Booth duty', place: 'Hall 1', note: 'bring stickers' });
  const otherDay = ownItem('m2', AMS, '2026-03-26', '10:00', '11:00', { title: 'Team breakfast' });

  it('puts them in their day as list items, in time order, and makes a day for them if needed', () => {
    const options = withPreset('highlights');
    const md = renderMarkdown([{ conference, sessions: [morning], ownItems: [lunch, otherDay] }], {
      ...options,
      include: { ...options.include, times: true, rooms: true },
    });
    expect(md).toContain('- **Booth duty** (own item) — 12:00–12:45 CET · Hall 1\n\n  bring stickers');
    expect(md.indexOf('Talk a')).toBeLessThan(md.indexOf('Booth duty'));
    expect(md).toContain('## Thursday, 26 March 2026\n\n- **Team breakfast** (own item)');
  });

  it('gathers them in their own section when the export is grouped by something else than days', () => {
    const md = renderMarkdown([{ conference, sessions: [morning], ownItems: [lunch] }], { ...withPreset('highlights'), groupBy: 'rating' });
    expect(md).toContain('## Own items\n\n- **Booth duty** (own item)');
  });
});

describe('watch later', () => {
  it('lists talks to watch with their recording and slides links, as a checklist per conference', () => {
    const missed = talk('b', AMS, '2026-03-24', '11:00', '11:30', { watchLater: true });
    missed.entry.url = 'https://demo2026.sched.com/event/b';
    missed.entry.speakers = [{ name: 'Ana_Souza' }];
    Object.assign(missed.entry, {
      links: [
        { kind: 'video', label: 'Recording', url: 'https://youtu.be/abc' },
        { kind: 'slides', url: 'https://example.org/slides.pdf' },
        { kind: 'video', url: 'javascript:alert(1)' },
      ],
    });
    const plain = talk('a', AMS, '2026-03-24', '09:00', '09:30', { watchLater: true });
    plain.entry.url = 'https://demo2026.sched.com/event/a';
    const notListed = talk('c', AMS, '2026-03-24', '10:00', '10:30');
    expect(watchLaterMarkdown([{ conference, sessions: [missed, plain, notListed] }])).toBe(
      [
        '# Watch later',
        '',
        '## Demo \\<Conf\\> 2026',
        '',
        '- [ ] [Talk a](<https://demo2026.sched.com/event/a>) — Tuesday, 24 March 2026, 09:00–09:30 CET',
        '- [ ] [Talk b](<https://demo2026.sched.com/event/b>) — Ana\\_Souza · Tuesday, 24 March 2026, 11:00–11:30 CET',
        '  - Recording: <https://youtu.be/abc>',
        '  - Slides: <https://example.org/slides.pdf>',
        '',
      ].join('\n'),
    );
  });

  it('says so when the list is empty', () => {
    expect(watchLaterMarkdown([])).toBe('# Watch later\n\n_Nothing on the watch-later list._\n');
  });

  it('falls back on the session page, and keeps only http(s) links', () => {
    const { entry } = talk('a', AMS, '2026-03-24', '09:00', '09:30');
    expect(materialLinks(entry)).toEqual([]);
    entry.url = 'https://demo2026.sched.com/event/a';
    expect(materialLinks(entry)).toEqual([{ label: 'Session page', url: entry.url }]);
    Object.assign(entry, { links: [{ url: 'data:text/html,x', label: 'Bad' }, { url: 'http://v.example/1', type: 'recording' }] });
    expect(materialLinks(entry)).toEqual([{ label: 'Recording', url: 'http://v.example/1' }]);
  });
});
