import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/adapters';
import { sched } from '../../lib/adapters/sched/adapter';
import { htmlDocument, readFixture } from '../support/dom';
import { schedListPage, shortIdOf } from '../support/sched-page';

function parseFixture(file: string, url: string) {
  const page = new URL(url);
  const doc = htmlDocument(readFixture(file));
  return { doc, found: sched.parse(doc, page), conference: sched.conference(doc, page) };
}

describe('sched adapter: which pages', () => {
  it('takes every event subdomain of sched.com and nothing else', () => {
    expect(adapterFor(new URL('https://kccnceu2026.sched.com/list/simple'))).toBe(sched);
    expect(adapterFor(new URL('https://KCCNCEU2026.sched.com/'))).toBe(sched);
    expect(adapterFor(new URL('https://sched.com/'))).toBeUndefined();
    expect(adapterFor(new URL('https://www.sched.com/pricing'))).toBeUndefined();
    // Over http a sched host is no schedule at all, not even one whose path looks like pretalx's.
    expect(adapterFor(new URL('http://kccnceu2026.sched.com/list/simple'))).toBeUndefined();
    expect(adapterFor(new URL('http://kccnceu2026.sched.com/democon/talk/ABC123/'))).toBeUndefined();
    expect(sched.focus!(new URL('http://kccnceu2026.sched.com/event/2EsAI/x'))).toBeUndefined();
    expect(adapterFor(new URL('https://sched.com.evil.example/'))).toBeUndefined();
    expect(sched.conferenceId(new URL('https://KCCNCEU2026.sched.com/grid'))).toBe('sched:kccnceu2026');
  });
});

describe('sched adapter: list view (am/pm, slot headings)', () => {
  const { found, conference } = parseFixture('sched/list-default.html', 'https://demo2026.sched.com/');

  it('names the conference from the page title and its zone from the time labels', () => {
    expect(conference).toMatchObject({ id: 'sched:demo2026', name: 'DemoConf Europe 2026', timeZone: 'Europe/Paris' });
  });

  it('finds one entry per session, keyed by the short id with the long id as alias', () => {
    expect(found.map((f) => f.entry.key)).toEqual([
      'sched:demo2026:2EsAI',
      'sched:demo2026:27FVb',
      'sched:demo2026:1zffD',
      'sched:demo2026:iE5o',
      'sched:demo2026:3Abcd',
    ]);
    expect(found[0]!.entry.aliases).toEqual(['sched:demo2026:3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b']);
    expect(found[0]!.element.matches('span.event')).toBe(true);
  });

  it('reads the title without the room folded into the same link, and the room apart', () => {
    expect(found[0]!.entry.title).toBe('Keynote: Welcome + Opening Remarks - Jane Doe, Acme');
    expect(found[0]!.entry.room).toBe('Hall 12');
    expect(found[1]!.entry.title).toBe('Zero Trust in Practice: eBPF & SPIFFE');
    expect(found[4]!.entry.title).toBe('Observability Night [Sold Out] *with* _pizza_');
  });

  it('takes the day from the day anchor and the time from the slot heading, in the labelled zone', () => {
    expect(found[0]!.entry.start).toBe('2026-03-24T08:00:00.000Z');
    expect(found[1]!.entry.start).toBe('2026-03-24T10:15:00.000Z');
    expect(found[2]!.entry.start).toBe('2026-03-24T10:15:00.000Z');
    expect(found[3]!.entry.start).toBe('2026-03-25T11:00:00.000Z');
    expect(found[4]!.entry.start).toBe('2026-03-25T16:30:00.000Z');
    expect(found[4]!.entry.timeZone).toBe('Europe/Paris');
  });

  it('links each entry to its session page on the event host', () => {
    expect(found[0]!.entry.url).toBe('https://demo2026.sched.com/event/2EsAI/keynote-welcome-jane-doe-acme');
  });
});

describe('sched adapter: /list/descriptions/ (24-hour, details in place)', () => {
  const { found } = parseFixture('sched/list-descriptions.html', 'https://osseu2026.sched.com/list/descriptions/');
  const [rust, bof, late] = found.map((f) => f.entry);

  it('reads start and end from the date line, across the end of summer time', () => {
    expect(rust!.start).toBe('2026-10-24T08:00:00.000Z');
    expect(rust!.end).toBe('2026-10-24T08:40:00.000Z');
    expect(bof!.start).toBe('2026-10-25T09:00:00.000Z');
    expect(bof!.end).toBe('2026-10-25T10:00:00.000Z');
  });

  it('puts an end past midnight on the next day', () => {
    expect(late!.start).toBe('2026-10-25T22:30:00.000Z');
    expect(late!.end).toBe('2026-10-26T00:00:00.000Z');
  });

  it('reads speakers with their profile links, the type, the room and the abstract', () => {
    expect(rust!.title).toBe('Rust in the Kernel: Year Three');
    expect(rust!.speakers).toEqual([
      { name: 'Ana López', url: 'https://osseu2026.sched.com/speaker/ana.lopez' },
      { name: 'Li Wei', url: 'https://osseu2026.sched.com/speaker/li.wei' },
    ]);
    expect(rust!.track).toBe('Kernel');
    expect(rust!.room).toBe('Room A');
    expect(rust!.abstract).toBe('What changed since Rust landed, and what did not.');
    expect(late!.speakers).toEqual([]);
    expect(late!.room).toBeUndefined();
  });
});

describe('sched adapter: odd markup', () => {
  const { found } = parseFixture('sched/odd-markup.html', 'https://odd2026.sched.com/list/simple');
  const byId = new Map(found.map((f) => [f.entry.key.split(':')[2], f.entry]));

  it('takes only links to this event’s sessions, once per entry', () => {
    expect([...byId.keys()]).toEqual([
      'aaa1', 'aaa2', 'aaa3', 'aaa4', 'aaa5', '0123456789abcdef0123456789abcdef', 'aaa6', 'aaa7', 'aaa8', 'aaa9',
    ]);
  });

  it('keeps entries without times, with what there is', () => {
    expect(byId.get('aaa1')).toMatchObject({ title: 'No Time Given', speakers: [] });
    expect(byId.get('aaa1')!.start).toBeUndefined();
  });

  it('keeps HTML in a title as text', () => {
    expect(byId.get('aaa2')!.title).toBe('<img src=x onerror=alert(1)> bold \u202Ereversed');
  });

  it('names entries whose link has no text by its title attribute, else by id', () => {
    expect(byId.get('aaa3')!.title).toBe('Logo Talk');
    expect(byId.get('aaa8')!.title).toBe('Session aaa8');
  });

  it('gives each session in a shared container its own entry element', () => {
    const left = found.find((f) => f.entry.key.endsWith(':aaa6'))!;
    expect(left.element.tagName).toBe('A');
  });
});

describe('sched adapter: scale and emptiness', () => {
  it('finds nothing, and does not throw, on an empty schedule', () => {
    const doc = htmlDocument('<html><head><title>Empty: Schedule</title></head><body><p>No sessions yet.</p></body></html>');
    expect(sched.parse(doc, new URL('https://empty.sched.com/'))).toEqual([]);
  });

  // happy-dom is far slower than a browser: the time limit here is about happy-dom, not the adapter.
  it('reads a 10,000-entry list completely', { timeout: 120_000 }, () => {
    const sessions = Array.from({ length: 10_000 }, (_, i) => ({
      shortId: shortIdOf(i),
      title: `Talk ${i}`,
      start: new Date(Date.UTC(2026, 2, 24, 8) + Math.floor(i / 50) * 1_800_000).toISOString(),
      room: `Room ${i % 50}`,
    }));
    const doc = htmlDocument(schedListPage(sessions, { name: 'Big', timeZone: 'Europe/Amsterdam', view: 'simple' }));
    const found = sched.parse(doc, new URL('https://big.sched.com/list/simple'));
    expect(found).toHaveLength(10_000);
    expect(found[9_999]!.entry).toMatchObject({ title: 'Talk 9999', room: 'Room 49', start: sessions[9_999]!.start });
  });

  it('skips links the page removed while a long scan was paused', () => {
    const doc = htmlDocument(readFixture('sched/list-default.html'));
    const scan = sched.scan!(doc, new URL('https://demo2026.sched.com/'))[Symbol.iterator]();
    expect(scan.next().value!.key).toBe('sched:demo2026:2EsAI');
    doc.querySelector('a[href*="27FVb"]')!.closest('span.event')!.remove();
    const rest = [...{ [Symbol.iterator]: () => scan }].map((f) => f.key);
    expect(rest).toEqual(['sched:demo2026:1zffD', 'sched:demo2026:iE5o', 'sched:demo2026:3Abcd']);
  });

  it('parses only an added subtree, with its day and slot from the markers before it', () => {
    const doc = htmlDocument(readFixture('sched/list-default.html'));
    const inner = doc.querySelectorAll('.sched-container-inner')[1]!;
    inner.insertAdjacentHTML('beforeend', '<span class="event ev_9"><a href="event/NEW1/late-addition" class="name">Late Addition</a></span>');
    const added = inner.lastElementChild!;
    const found = sched.parse(added, new URL('https://demo2026.sched.com/'));
    expect(found.map((f) => [f.entry.title, f.entry.start])).toEqual([['Late Addition', '2026-03-24T10:15:00.000Z']]);
  });
});
