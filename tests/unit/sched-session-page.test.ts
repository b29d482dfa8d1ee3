import { describe, expect, it } from 'vitest';
import { sched } from '../../lib/adapters/sched/adapter';
import { htmlDocument } from '../support/dom';
import { readSchedFixture } from '../support/sched-fixture';

describe('sched single session page', () => {
  const url = 'https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme';

  it('puts the page’s own session first, with the editor after its title, and focuses it', () => {
    const { found, focus } = readSchedFixture('session.html', url);
    expect(focus).toBe('sched:demo2026:2EsAI');
    expect(found[0]!.entry.key).toBe('sched:demo2026:2EsAI');
    expect(found[0]!.element.matches('.sched-event-details')).toBe(true);
    expect(found[0]!.detail!.matches('.list-single__event')).toBe(true);
    expect(found[0]!.anchor.matches('a.name')).toBe(true);
    // The sidebar's link to another session gets its own entry; the title's self link no second one.
    expect(found.map((f) => f.entry.key)).toEqual(['sched:demo2026:2EsAI', 'sched:demo2026:27FVb']);
  });

  it('reads time, room, type, abstract with its paragraphs, people but not sponsors, slides and recording', () => {
    const [page] = readSchedFixture('session.html', url).entries;
    expect(page).toMatchObject({
      title: 'Keynote: Welcome + Opening Remarks - Jane Doe, Acme',
      start: '2026-03-24T08:00:00.000Z',
      end: '2026-03-24T08:30:00.000Z',
      timeZone: 'Europe/Paris',
      room: 'Hall 12',
      track: 'Keynote Sessions',
      abstract: 'Welcome to DemoConf.\n\nWhat is new this year,\nand what is not.',
      speakers: [
        { name: 'Jane Doe', url: 'https://demo2026.sched.com/speaker/jane.doe' },
        { name: 'Max Mod', url: 'https://demo2026.sched.com/speaker/max.mod' },
      ],
      links: [
        { kind: 'slides', url: 'https://static.sched.com/hosted_files/demo2026/ab/keynote.pdf', label: 'keynote.pdf' },
        { kind: 'recording', url: 'https://youtu.be/dQw4w9WgXcQ', label: 'Watch on YouTube' },
      ],
    });
    expect(page!.partial).toBeUndefined();
  });

  it('the older variation: h1 title, times from JSON-LD past a broken block, a recording button, slides elsewhere', () => {
    const { entries, found } = readSchedFixture('session-2021.html', 'https://demo2026.sched.com/event/1zffD/gitops-at-scale');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'sched:demo2026:1zffD',
      title: 'GitOps at Scale',
      start: '2026-03-24T10:15:00.000Z',
      end: '2026-03-24T10:50:00.000Z',
      room: 'Auditorium',
      speakers: [{ name: 'Kim Lee', url: 'https://demo2026.sched.com/speaker/kim.lee' }],
      links: [
        { kind: 'recording', url: 'https://vimeo.com/123456789', label: 'Watch the recording' },
        { kind: 'slides', url: 'https://speakerdeck.com/kimlee/gitops-at-scale', label: 'Slides on Speaker Deck' },
      ],
    });
    expect(found[0]!.anchor.localName).toBe('h1');
  });

  it('a theme nobody documented: the heading names the session, other session links still get entries', () => {
    const { found } = readSchedFixture('session-unknown.html', 'https://demo2026.sched.com/event/9xYz/mystery-talk');
    expect(found.map((f) => [f.entry.key, f.entry.title, f.entry.partial ?? false])).toEqual([
      ['sched:demo2026:9xYz', 'Mystery Talk', false],
      ['sched:demo2026:2EsAI', 'keynote', true],
    ]);
    expect(found[0]!.detail!.localName).toBe('h1');
  });

  it('a page with nothing but a title still has its session, named from <title>', () => {
    const doc = htmlDocument('<html><head><title>DemoConf Europe 2026: Bare Talk: Part 2</title></head><body>Loading…</body></html>');
    const [only, ...rest] = sched.parse(doc, new URL('https://demo2026.sched.com/event/7Bare/bare-talk'));
    expect(rest).toEqual([]);
    expect(only!.entry).toMatchObject({ key: 'sched:demo2026:7Bare', title: 'Bare Talk: Part 2', url: 'https://demo2026.sched.com/event/7Bare/bare-talk' });
    expect(only!.anchor).toBe(doc.body);
  });

  it('a session page by the 32-hex id of sched’s all.ics URLs', () => {
    const hex = 'bdeb89fcb7b271c2053791f3789faff7';
    const doc = htmlDocument('<html><head><title>KubeCon: Badge Pick-Up</title></head><body><h1>Badge Pick-Up</h1></body></html>');
    const [page] = sched.parse(doc, new URL(`https://kccnceu2026.sched.com/event/${hex}`));
    expect(page!.entry.key).toBe(`sched:kccnceu2026:${hex}`);
    expect(sched.focus!(new URL(`https://kccnceu2026.sched.com/event/${hex.toUpperCase()}`))).toBe(`sched:kccnceu2026:${hex}`);
  });
});
