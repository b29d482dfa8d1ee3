import { describe, expect, it } from 'vitest';
import { teamReport } from '../../lib/export/team-report';
import type { ColleagueLayer } from '../../lib/model/colleague';
import type { Conference, ScheduleEntry } from '../../lib/model/schema';
import { annotated } from '../support/annotated';
import { headings, itemDepths, parseMarkdown } from '../support/markdown-tree';

/** The team report as its readers see it: who said what under which talk. */
const conf: Conference = { id: 'sched:team2026', platform: 'sched', event: 'team2026', name: 'Team Conf', url: 'https://team2026.sched.com/', timeZone: 'UTC' };
const key = (id: string) => `${conf.id}:${id}`;
const entry = (id: string, extra: Partial<ScheduleEntry> = {}): ScheduleEntry => ({ key: key(id), conference: conf.id, aliases: [], title: `Talk ${id}`, speakers: [], timeZone: 'UTC', ...extra });
const layer = (name: string, picks: ColleagueLayer['picks']): ColleagueLayer => ({
  id: `${conf.id}/${name}`,
  conference: conf.id,
  sharer: `${name}xxxxxxxx`,
  name,
  sharedAt: 1,
  receivedAt: 2,
  hidden: false,
  include: { stars: true, ratings: true, tags: true, notes: true },
  picks,
});
const pick = (id: string, fields: Partial<ColleagueLayer['picks'][number]> = {}) => ({ key: key(id), starred: true, rating: null, tags: [], note: '', ...fields });
const at = (hour: number) => new Date(Date.UTC(2026, 4, 4, hour)).toISOString();

describe('the team report', () => {
  it('says nobody picked anything yet when there is nothing', () => {
    expect(teamReport({ conference: conf, entries: new Map(), mine: [], layers: [] }, { groupBy: 'day' })).toBe(
      '# Team report: Team Conf\n\nPicks and notes of nobody yet. Schedule: <https://team2026.sched.com/>\n\n_Nobody has picked a session yet._\n',
    );
  });

  it('takes the user’s talks with a star, rating, tag or note, not a blank note alone', () => {
    const mine = [
      annotated(conf, 'tagged', {}, { tags: ['ai'] }),
      annotated(conf, 'noted', {}, { note: 'thoughts' }),
      annotated(conf, 'blank', {}, { note: '  \n' }),
      annotated(conf, 'rated', {}, { rating: 2 }),
    ];
    const md = teamReport({ conference: conf, entries: new Map(), mine, layers: [] }, { groupBy: 'day', myName: 'Me' });
    expect(headings(parseMarkdown(md)).filter(([d]) => d === 3).map(([, t]) => t).sort()).toEqual(['Session noted', 'Session rated', 'Session tagged']);
  });

  it('shows each voice: stars, alternative, starred, or only the name; notes make the list loose', () => {
    const entries = new Map([[key('a'), entry('a', { start: at(9), end: at(10), room: 'Hall 1', speakers: [{ name: 'Ana' }, { name: 'Bo' }] })]]);
    const layers = [
      layer('Al', [pick('a', { alternative: true })]),
      layer('Bea', [pick('a', { starred: false })]),
      layer('Cy', [pick('a', { rating: 4, starred: false })]),
    ];
    const md = teamReport({ conference: conf, entries, mine: [], layers }, { groupBy: 'day' });
    expect(md).toContain('09:00–10:00 UTC · Hall 1 · Ana, Bo\n\n- **Al** — alternative\n- **Bea**\n- **Cy** — ★★★★☆\n');
    const noted = teamReport({ conference: conf, entries, mine: [], layers: [...layers, layer('Di', [pick('a', { note: 'good' })])] }, { groupBy: 'day' });
    expect(noted).toContain('- **Al** — alternative\n\n- **Bea**\n\n');
  });

  it('orders talks by time, then by key, and names a talk nobody here saw by its id without a title', () => {
    const entries = new Map([
      [key('b'), entry('b', { title: 'Same', start: at(9), url: 'https://team2026.sched.com/event/b' })],
      [key('a'), entry('a', { title: 'Same', start: at(9), url: 'https://team2026.sched.com/event/a' })],
      [key('c'), entry('c', { start: at(8) })],
    ]);
    const layers = [layer('Al', [pick('b'), pick('a'), pick('c'), pick('zz')])];
    const md = teamReport({ conference: conf, entries, mine: [], layers }, { groupBy: 'day' });
    const links = [...md.matchAll(/^### \[([^\]]+)\]\(<([^>]+)>\)|^### (.+)$/gm)].map((m) => m[1] ?? m[3]);
    expect(links).toEqual(['Talk c', 'Same', 'Same', 'Session zz']);
    expect(md.indexOf('event/a')).toBeLessThan(md.indexOf('event/b'));
    expect(md).toContain('### [Session zz](<https://team2026.sched.com/event/zz>)');
  });

  it('gathers every tag anyone gave a talk, once, when grouped by tag', () => {
    const layers = [layer('Al', [pick('a', { tags: ['ops', 'ai'] })]), layer('Bo', [pick('a', { tags: ['ops'] })])];
    const md = teamReport({ conference: conf, entries: new Map([[key('a'), entry('a')]]), mine: [], layers }, { groupBy: 'tag' });
    expect(headings(parseMarkdown(md)).map(([d, t]) => `${d} ${t}`)).toEqual(['1 Team report: Team Conf', '2 Ai', '3 Talk a', '2 Ops', '3 Talk a']);
    expect(itemDepths(parseMarkdown(md)).map((i) => i.text)).toEqual(['Al — starred · ops, ai', 'Bo — starred · ops', 'Al — starred · ops, ai', 'Bo — starred · ops']);
  });

  it('links neither the schedule nor an unseen talk for a conference no schedule page shows', () => {
    const imported: Conference = { id: 'ics:abc', platform: 'ics', event: 'abc', name: 'Imported', timeZone: 'UTC' };
    const layers = [{ ...layer('Al', []), conference: imported.id, picks: [{ key: 'ics:abc:x1', starred: true, rating: null, tags: [], note: '' }] }];
    const md = teamReport({ conference: imported, entries: new Map(), mine: [], layers }, { groupBy: 'day' });
    expect(md).toContain('Picks and notes of Al.\n');
    expect(md).toContain('### Session x1\n');
  });

  it('links a pretalx schedule but not a talk only a colleague saw: its page is not at sched’s /event/ address', () => {
    const pretalx: Conference = { id: 'pretalx:pretalx.example.org_democon', platform: 'pretalx', event: 'pretalx.example.org_democon', name: 'DemoCon', url: 'https://pretalx.example.org/democon/', timeZone: 'UTC' };
    const layers = [{ ...layer('Al', []), conference: pretalx.id, picks: [{ key: `${pretalx.id}:ABC123`, starred: true, rating: null, tags: [], note: '', title: 'Unseen' }] }];
    const md = teamReport({ conference: pretalx, entries: new Map(), mine: [], layers }, { groupBy: 'day' });
    expect(md).toContain('Picks and notes of Al. Schedule: <https://pretalx.example.org/democon/>\n');
    expect(md).toContain('### Unseen\n');
  });

  it('writes only the facts a talk has, no "nobody" line once someone picked, and keeps a title another layer gave', () => {
    const entries = new Map([[key('t'), entry('t', { start: at(9) })]]);
    const layers = [layer('Al', [pick('t', { note: '  ' }), pick('zz', { title: 'Named' })]), layer('Bo', [pick('t'), pick('zz')])];
    const md = teamReport({ conference: conf, entries, mine: [], layers }, { groupBy: 'day' });
    expect(md).not.toContain('Nobody');
    expect(md).toContain('### Talk t\n\n09:00 UTC\n\n- **Al** — starred\n- **Bo** — starred\n');
    expect(md).toContain('### [Named](<https://team2026.sched.com/event/zz>)\n\n- **Al** — starred\n- **Bo** — starred\n');
  });
});
