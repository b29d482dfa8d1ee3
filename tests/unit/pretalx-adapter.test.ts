import { describe, expect, it } from 'vitest';
import { adapterFor, adapterForDocument, conferenceIdFor } from '../../lib/adapters';
import { createPretalx, pretalx } from '../../lib/adapters/pretalx/adapter';
import { parseSchedule } from '../../lib/schedules';
import { htmlDocument } from '../support/dom';
import { renderPretalxWidget } from '../support/pretalx-widget';
import { readReal } from '../support/fixtures';

const HOST = 'https://pretalx.example.org';
const page = (path: string) => new URL(`${HOST}${path}`);
const fixture = (name: string) => htmlDocument(readReal(`pretalx/${name}`));

describe('pretalx: which pages', () => {
  it('knows a pretalx page by its markup on any host, and its conference by host and event path', () => {
    const doc = htmlDocument('<html><head><meta name="generator" content="pretalx"></head><body></body></html>');
    const url = new URL('https://talks.example.net/congress/2024/fahrplan/talk/ABC123/');
    expect(adapterForDocument(doc, url)).toBe(pretalx);
    expect(conferenceIdFor(url)).toBe('pretalx:talks.example.net_congress_2024_fahrplan');
    expect(adapterForDocument(htmlDocument('<p>no generator</p>'), url)).toBeUndefined();
    // A sched host stays sched whatever its path says.
    expect(adapterFor(new URL('https://demo.sched.com/talk/ABC123/'))!.platform).toBe('sched');
    // A page outside any event path names no conference.
    expect(conferenceIdFor(new URL('https://pretalx.example.org/'))).toBeUndefined();
  });
});

describe('pretalx adapter on the DemoCon export', () => {
  const widget = parseSchedule(readReal('pretalx/democon-widget-v2.json'), { address: `${HOST}/democon/schedule/widget/v2.json` });
  const byCode = new Map(widget.entries.map((e) => [e.key.split(':').pop()!, e]));

  it('/schedule/nojs: 35 talks from the page alone, at the instants the event’s own JSON gives', () => {
    const doc = fixture('democon-schedule-nojs.html');
    const adapter = createPretalx({ timeZone: 'Europe/Berlin' });
    const found = adapter.parse(doc, page('/democon/schedule/nojs'));
    expect(found).toHaveLength(35);
    expect(adapter.conference(doc, page('/democon/schedule/nojs'))).toMatchObject({
      id: 'pretalx:pretalx.example.org_democon',
      name: 'DemoCon',
      url: `${HOST}/democon/`,
    });
    for (const { entry, element } of found) {
      const code = entry.key.split(':').pop()!;
      const truth = byCode.get(code)!;
      expect(element.id).toBe(code);
      expect(entry).toMatchObject({ title: truth.title, start: truth.start, end: truth.end, room: truth.room, track: truth.track, url: truth.url });
      expect(entry.speakers.map((s) => s.name)).toEqual(truth.speakers.map((s) => s.name));
    }
  });

  it('/schedule/nojs without the event’s zone gives no times rather than guessed ones', () => {
    const found = pretalx.parse(fixture('democon-schedule-nojs.html'), page('/democon/schedule/nojs'));
    expect(found).toHaveLength(35);
    expect(found.every((f) => f.entry.start === undefined && f.entry.room)).toBe(true);
  });

  it('/schedule/nojs with the event’s JSON takes the JSON’s entry as it is', () => {
    const found = createPretalx({ timeZone: 'Europe/Berlin', sessions: byCode }).parse(fixture('democon-schedule-nojs.html'), page('/democon/schedule/nojs'));
    expect(found[0]!.entry).toBe(byCode.get('XFUR3C'));
  });

  it('talk page: the talk of the page (title beside its buttons, time with the year from the keywords, zone, room, speakers)', () => {
    const doc = fixture('democon-talk-LNNGAM.html');
    const found = pretalx.parse(doc, page('/democon/talk/LNNGAM/'));
    const main = found[0]!;
    expect(main.entry).toMatchObject({
      key: 'pretalx:pretalx.example.org_democon:LNNGAM',
      title: 'Up-sized optimal hardware',
      start: '2022-09-06T10:30:00.000Z',
      end: '2022-09-06T11:00:00.000Z',
      timeZone: 'Europe/Berlin',
      room: 'Pale Golden Rod Room',
      abstract: 'Productize compelling deliverables!',
      speakers: [
        { name: 'Brandy Mcclain', url: `${HOST}/democon/speaker/QLJPJ3/` },
        { name: 'Christine Green', url: `${HOST}/democon/speaker/DCTA87/` },
      ],
    });
    expect(main.anchor.matches('.buttons')).toBe(true);
    // The speaker's other talk, linked lower on the page, gets its own controls.
    expect(found.slice(1).map((f) => [f.entry.key, f.entry.title])).toEqual([
      ['pretalx:pretalx.example.org_democon:Z3PTKX', 'Managed reciprocal moratorium'],
    ]);
    const other = fixture('democon-talk-3J9C7D.html');
    expect(pretalx.parse(other, page('/democon/talk/3J9C7D/'))[0]!.entry).toMatchObject({
      key: 'pretalx:pretalx.example.org_democon:3J9C7D',
      title: byCode.get('3J9C7D')!.title,
      start: byCode.get('3J9C7D')!.start,
      end: byCode.get('3J9C7D')!.end,
    });
  });

  it('/schedule/: no sessions in the HTML; the component’s zone and event come from its attributes', () => {
    const doc = fixture('democon-schedule.html');
    expect(pretalx.parse(doc, page('/democon/schedule/'))).toEqual([]);
    expect(pretalx.detect(doc, page('/democon/schedule/'))).toBe(true);
    expect(pretalx.conference(doc, page('/democon/schedule/'))).toMatchObject({ timeZone: 'Europe/Berlin', name: 'DemoCon' });
  });

  it('/schedule/ once the component rendered into its open shadow root: one entry per card, controls by the title', () => {
    const doc = fixture('democon-schedule.html');
    const host = doc.querySelector('pretalx-schedule')!;
    host.setAttribute('event-url', `${HOST}/democon/`);
    const root = renderPretalxWidget(host, JSON.parse(readReal('pretalx/democon-widget-v2.json')));
    const found = createPretalx({ sessions: byCode }).parse(root, page('/democon/schedule/'));
    expect(found).toHaveLength(36);
    expect(found.every((f) => f.anchor.matches('.title') && f.element.matches('a.c-linear-schedule-session'))).toBe(true);
    expect(found.map((f) => f.entry.key).sort()).toEqual(widget.entries.map((e) => e.key).sort());
  });
});

describe('a page with only conference-level markup (Material 2018, schema.org Event microdata)', () => {
  it('is no schedule Talkmarks reads: one Event for the whole conference, talks as plain text, no adapter claims it', () => {
    const doc = htmlDocument(readReal('jsonld/material-2018-index-microdata.html'));
    // SOURCES-other.md counts 1 schema.org Event item: the conference itself, not a session.
    expect(doc.querySelectorAll('[itemtype$="schema.org/Event"]')).toHaveLength(1);
    expect(adapterForDocument(doc, new URL('https://material.is/2018/'))).toBeUndefined();
    expect(pretalx.parse(doc, new URL('https://material.is/2018/'))).toEqual([]);
  });
});
