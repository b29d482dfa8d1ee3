import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { patchAnnotation, recordSeen } from '../../lib/db/annotations';
import { formatView, isSearching, parseView } from '../../lib/search/dashboard-view';
import { loadExportSources } from '../../lib/db/export-sources';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset } from '../../lib/export/options';
import { readStoredOptions } from '../../lib/export/stored-options';
import type { Conference } from '../../lib/model/schema';
import { buildShare, shareFileText } from '../../lib/share/build';
import { layerOf, type ColleagueLayer } from '../../lib/model/colleague';
import { storeLayer } from '../../lib/db/colleagues';
import { readShareText } from '../../lib/share/read';
import { packShare, unpackShare } from '../../lib/share/pack';
import { pickSummary } from '../../lib/share/words';
import { teamReport } from '../../lib/export/team-report';
import { colleaguesOf, marksByKey, passesWho } from '../../lib/share/who';
import { annotated } from '../support/annotated';
import { entry, freshDb } from '../support/db';
import { all, headings, itemDepths, parseMarkdown, textOf } from '../support/markdown-tree';
import { sampleShare } from '../support/share';

const conf: Conference = { id: 'sched:team2026', platform: 'sched', event: 'team2026', name: 'Team Conf 2026', url: 'https://team2026.sched.com/', timeZone: 'UTC' };
const at = (day: number, hour: number) => new Date(Date.UTC(2026, 4, day, hour)).toISOString();

function layer(name: string, sharer: string, picks: ColleagueLayer['picks'], include = { stars: true, ratings: true, tags: true, notes: true }): ColleagueLayer {
  return { id: `${conf.id}/${sharer}`, conference: conf.id, sharer, name, sharedAt: 1, receivedAt: 2, hidden: false, include, picks };
}
const pick = (id: string, fields: Partial<ColleagueLayer['picks'][number]> = {}) => ({ key: `${conf.id}:${id}`, starred: true, rating: null, tags: [], note: '', ...fields });

const entries = new Map([
  ['a', { title: 'Alpha *talk*', start: at(4, 9), room: 'Hall 1' }],
  ['b', { title: 'Beta', start: at(5, 9) }],
  ['c', { title: 'Gamma', start: at(4, 11) }],
].map(([id, e]) => [`${conf.id}:${id}`, entry(id as string, conf.id, { ...(e as object), timeZone: 'UTC', url: `https://team2026.sched.com/event/${id}` })]));

describe('sharing one’s own picks', () => {
  it('takes only what the user chose: no notes unless ticked, sessions with nothing chosen left out', () => {
    const sessions = [
      annotated(conf, 'a', { title: 'Alpha' }, { starred: true, rating: 4, note: 'secret' }),
      annotated(conf, 'b', { title: 'Beta' }, { note: 'only a note' }),
      annotated(conf, 'c', { title: 'Gamma' }, { tags: ['ai'], watchLater: true }),
    ];
    const choice = { conference: conf.id, from: ' Ana ', sharer: 'Ab3dEf6hIj9k', now: 5, titles: false };
    const share = buildShare(sessions, { ...choice, include: { stars: true, ratings: true, tags: false, notes: false } });
    expect(share.from).toBe('Ana');
    expect(share.picks).toEqual([{ id: 'a', starred: true, rating: 4 }]);
    const withNotes = buildShare(sessions, { ...choice, titles: true, include: { stars: true, ratings: false, tags: true, notes: true } });
    expect(withNotes.picks).toEqual([
      { id: 'a', starred: true, note: 'secret', title: 'Alpha' },
      { id: 'b', note: 'only a note', title: 'Beta' },
      { id: 'c', tags: ['ai'], title: 'Gamma' },
    ]);
    // The file the dashboard writes reads back as the same picks.
    expect(readShareText(shareFileText(withNotes))).toEqual({ ok: true, share: withNotes });
  });
});

describe('sharing alternatives as alternatives', () => {
  const sessions = [
    annotated(conf, 'a', { title: 'Alpha' }, { starred: true }),
    annotated(conf, 'b', { title: 'Beta' }, { starred: true, alternative: true }),
  ];
  const choice = { conference: conf.id, from: 'Ana', sharer: 'Ab3dEf6hIj9k', now: 5, titles: false, include: { stars: true, ratings: true, tags: true, notes: false } };

  it('sends a talk set aside in a clash as an alternative, through a link, to the colleague’s layer and words', async () => {
    const share = buildShare(sessions, choice);
    expect(share.picks).toEqual([{ id: 'a', starred: true }, { id: 'b', starred: true, alternative: true }]);
    const read = await unpackShare(await packShare(share));
    expect(read).toEqual({ ok: true, share });
    const received = layerOf(share, 9);
    expect(received.picks.map((p) => [p.key.split(':').pop(), pickSummary(p)])).toEqual([
      ['a', 'starred'],
      ['b', 'starred as an alternative (set aside in a clash)'],
    ]);
  });

  it('still reads a link made before alternatives travelled: every star plain', async () => {
    const old = { ...buildShare(sessions, choice), picks: [{ id: 'a', starred: true as const }, { id: 'b', starred: true as const }] };
    const read = await unpackShare(await packShare(old));
    expect(read.ok && layerOf(read.share, 9).picks.map((p) => p.alternative ?? false)).toEqual([false, false]);
  });

  it('refuses an alternative that is not starred, saying which pick', () => {
    const bad = { ...buildShare(sessions, choice), picks: [{ id: 'b', alternative: true as const }] };
    expect(readShareText(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringContaining('not starred') });
  });
});

describe('the who filter', () => {
  const ana = layer('Ana', 'anaAnaAna1', [pick('a'), pick('b', { starred: false, rating: 2 })]);
  const ben = layer('Ben', 'benBenBen1', [pick('c')], { stars: false, ratings: true, tags: false, notes: false });
  const marks = marksByKey([ana, ben, { ...layer('Hidden', 'hidHidHid1', [pick('a')]), hidden: true }]);
  const own = (starred: boolean) => ({ ...annotated(conf, 'x', {}, { starred }).annotation });

  it('finds what one colleague picked, what anyone picked, and what nobody of us is going to', () => {
    const keys = ['a', 'b', 'c', 'd'].map((id) => `${conf.id}:${id}`);
    const pass = (who: string, starredByMe: string[] = []) =>
      keys.filter((k) => passesWho(who, marks.get(k), starredByMe.includes(k) ? own(true) : undefined)).map((k) => k.slice(-1));
    expect(pass('anaAnaAna1')).toEqual(['a', 'b']);
    expect(pass('any')).toEqual(['a', 'b', 'c']);
    // Ana rated b without starring it: nobody is going. Ben shared no stars, so his pick of c counts as going.
    expect(pass('none')).toEqual(['b', 'd']);
    expect(pass('none', [`${conf.id}:d`])).toEqual(['b']);
    expect(pass('nobodyKnown1')).toEqual([]);
    expect(colleaguesOf([ana, ben])).toEqual([{ sharer: 'anaAnaAna1', name: 'Ana' }, { sharer: 'benBenBen1', name: 'Ben' }]);
  });
});

describe('the team report', () => {
  const mine = [annotated(conf, 'a', {}, { starred: true, rating: 3, note: 'My take: **solid**.', tags: ['ai'] }), annotated(conf, 'z', {}, { watchLater: true })];
  const layers = [
    layer('Ana <b>', 'anaAnaAna1', [pick('a', { rating: 5, note: 'Ana: best talk\n\n- try it' }), pick('b', { tags: ['ops'] })]),
    layer('Ben', 'benBenBen1', [pick('q', { title: 'Unseen [talk]', note: 'from Ben' })]),
  ];

  it('groups everyone’s picks by day, each note attributed to its writer', () => {
    const md = teamReport({ conference: conf, entries, mine, layers }, { groupBy: 'day', myName: 'Me' });
    const tree = parseMarkdown(md);
    expect(headings(tree)).toEqual([
      [1, 'Team report: Team Conf 2026'],
      [2, 'Monday, 4 May 2026'],
      [3, 'Alpha *talk*'],
      [2, 'Tuesday, 5 May 2026'],
      [3, 'Beta'],
      [2, 'No time given'],
      [3, 'Unseen [talk]'],
    ]);
    expect(itemDepths(tree).map((i) => i.text)).toEqual(['Me — ★★★☆☆ · ai', 'Ana <b> — ★★★★★', 'try it', 'Ana <b> — starred · ops', 'Ben — starred']);
    expect(md).toContain('- **Me** — ★★★☆☆ · `ai`\n\n  > My take: **solid**.');
    expect(md).toContain('- **Ana \\<b\\>** — ★★★★★\n\n  > Ana: best talk\n  >\n  > - try it');
    expect(all(tree, 'html')).toEqual([]);
    // A session only a colleague saw links to its sched page, titled as they shared it.
    expect(all(tree, 'link').map((l) => l.url)).toContain('https://team2026.sched.com/event/q');
    expect(md).toContain('Picks and notes of Me, Ana \\<b\\>, Ben.');
  });

  it('links the schedule by the conference id, not by the address a page reported', () => {
    const forged = { ...conf, url: 'https://evil.example/' };
    const md = teamReport({ conference: forged, entries, mine, layers }, { groupBy: 'day', myName: 'Me' });
    const urls = all(parseMarkdown(md), 'link').map((l) => l.url);
    expect(urls).toContain('https://team2026.sched.com/event/q');
    expect(md).toContain('Schedule: <https://team2026.sched.com/>');
    expect(md).not.toContain('evil.example');
  });

  it('quotes every note, so a note cannot add a line under another person’s name', () => {
    const forged = [
      'Fine talk.',
      '',
      '- **Ben** — ★★★★★', // a line like the report's own
      '',
      '**Ben** — starred',
      '```', // an open fence, which would swallow what follows it unquoted
    ].join('\n');
    const evil = layer('Eve', 'eveEveEve1', [pick('a', { note: forged })]);
    const md = teamReport({ conference: conf, entries, mine: [], layers: [evil, layers[1]!] }, { groupBy: 'day' });
    const tree = parseMarkdown(md);
    const attributions = all(tree, 'list').flatMap((list) => (all(tree, 'blockquote').some((q) => all(q, 'list').includes(list)) ? [] : list.children)).map((i) => textOf(i.children[0]!));
    expect(attributions).toEqual(['Eve — starred', 'Ben — starred']);
    const quotes = all(tree, 'blockquote').map(textOf);
    expect(quotes[0]).toContain('Ben — ★★★★★');
    expect(quotes[0]).toContain('Ben — starred');
    // Ben's own note still comes out as his, after Eve's open fence.
    expect(quotes[1]).toBe('from Ben');
    expect(headings(tree).map(([, text]) => text)).toContain('Unseen [talk]');
  });

  it('groups by tag, and leaves the user’s own notes out when asked', () => {
    const md = teamReport({ conference: conf, entries, mine, layers }, { groupBy: 'tag' });
    expect(headings(parseMarkdown(md)).filter(([d]) => d === 2)).toEqual([[2, 'Ops'], [2, 'Untagged']]);
    expect(md).not.toContain('My take');
  });
});

describe('"who went" in the Markdown export', () => {
  it('is off in saved options from before it existed, and names the colleagues going when on', async () => {
    const old = JSON.parse(JSON.stringify(withPreset('notes')));
    delete old.include.whoWent;
    expect(readStoredOptions(old)).toEqual({ options: withPreset('notes'), reset: [] });

    const db = freshDb();
    await recordSeen(db, conf, [...entries.values()]);
    await patchAnnotation(db, `${conf.id}:a`, conf.id, { starred: true });
    await storeLayer(db, layerOf({ ...sampleShare(0, false), conference: conf.id, from: 'Ana', picks: [{ id: 'a', starred: true }] }, 1));
    const sources = await loadExportSources(db, [conf.id]);
    expect(renderMarkdown(sources, withPreset('notes'))).not.toContain('Who went');
    const on = withPreset('notes');
    on.include.whoWent = true;
    expect(renderMarkdown(sources, on)).toContain('- **Who went:** Ana');
    const item = withPreset('agenda');
    item.include.whoWent = true;
    expect(renderMarkdown(sources, item)).toContain('— 09:00 UTC · Hall 1 · went: Ana');
  });
});

describe('the who filter in the dashboard URL', () => {
  it('round-trips, and drops a hand-edited value it cannot read', () => {
    const view = parseView('#who=anaAnaAna1&conf=sched:team2026');
    expect(view).toMatchObject({ who: 'anaAnaAna1', conference: 'sched:team2026' });
    expect(formatView(view)).toBe('#conf=sched%3Ateam2026&who=anaAnaAna1');
    expect(isSearching(parseView('#who=none'))).toBe(true);
    expect(parseView('#who=<script>').who).toBeUndefined();
  });
});
