import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSchedule, type ParsedSchedule, type ScheduleOptions } from '../../lib/schedules';
import { localTime, zoneAbbreviation } from '../../lib/util/time';
import { readReal } from '../support/fixtures';

/**
 * Every real schedule file in tests/fixtures/real, against its SOURCES.md: the session count as SOURCES counts
 * it (breaks left out where the format marks them, and said so), and sample fields read by hand from the files.
 */
const read = (path: string, options: ScheduleOptions = {}) => parseSchedule(readReal(path), options);
const byTitle = (p: ParsedSchedule, title: string) => p.entries.find((e) => e.title === title);
const xmlEvents = (path: string) => (readReal(path).match(/<event[\s>]/g) ?? []).length;

describe('schedule files: frab / Pentabarf / wafer XML', () => {
  it('36C3 merged: 1351 events, one session each; the day that runs past midnight keeps its late events', () => {
    const p = read('frab/36c3-merged-schedule.xml');
    expect(xmlEvents('frab/36c3-merged-schedule.xml')).toBe(1351);
    expect(p.entries).toHaveLength(1351);
    expect(new Set(p.entries.map((e) => e.key)).size).toBe(1351);
    expect(p.conference).toMatchObject({ id: 'frab:36c3', platform: 'frab', name: '36th Chaos Communication Congress' });
    expect(byTitle(p, 'Opening Ceremony')).toMatchObject({
      key: 'frab:36c3:6a32cb72-a69d-423c-91b5-60d88eb8e6c7',
      start: '2019-12-27T10:00:00.000Z',
      end: '2019-12-27T10:30:00.000Z',
      room: 'Ada',
      track: 'CCC',
      speakers: [{ name: 'bleeptrack' }, { name: 'blinry' }],
      url: 'https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/11223.html',
    });
    // Listed under day 1 (2019-12-27) at 00:50: that is the next calendar day.
    expect(byTitle(p, 'Hacker Jeopardy')!.start).toBe('2019-12-27T23:50:00.000Z');
    // Only UTC offsets in the file: a zone that shows exactly those is picked, and the note says so.
    expect(p.zone).toMatchObject({ source: 'offsets', affectsTimes: false });
    expect(zoneAbbreviation('2019-12-27T10:00:00Z', p.zone.timeZone)).toMatch(/^(CET|GMT\+1|UTC\+1)$/);
    // Three pretalx talks held twice share a guid: each slot is its own session, the first keeps the plain key.
    expect(p.notes).toHaveLength(3);
    const solder = p.entries.filter((e) => e.title === 'Löten für Einsteiger').sort((a, b) => a.start!.localeCompare(b.start!));
    expect(solder.map((e) => e.key)).toEqual([
      'frab:36c3:4f5c1cc5-ad99-52dc-89cd-699eae66bcb8',
      'frab:36c3:4f5c1cc5-ad99-52dc-89cd-699eae66bcb8.20191229T130000Z',
    ]);
    // …and, coming from a pretalx instance, they are also known by their pretalx key.
    expect(solder[0]!.aliases).toEqual(['pretalx:talks.oio.social_36c3-oio:3KNRHJ']);
  });

  it('FOSDEM 2021: 773 events without date or zone; read in the zone the user gives (Europe/Brussels)', () => {
    const p = read('frab/fosdem-2021-schedule.xml', { timeZone: 'Europe/Brussels' });
    expect(xmlEvents('frab/fosdem-2021-schedule.xml')).toBe(773);
    expect(p.entries).toHaveLength(773);
    expect(p.conference).toMatchObject({ id: 'frab:fosdem-2021', name: 'FOSDEM 2021', timeZone: 'Europe/Brussels' });
    expect(p.zone).toMatchObject({ source: 'given', affectsTimes: true });
    expect(byTitle(p, 'Empowering the school of the future')).toMatchObject({
      key: 'frab:fosdem-2021:11164',
      start: '2021-02-06T09:00:00.000Z',
      end: '2021-02-06T09:30:00.000Z',
      room: 'M.community',
      speakers: [{ name: 'Marco Marinello' }, { name: 'Paolo Dongilli' }],
    });
    // Abstracts are HTML escaped into the XML: stored as their text.
    expect(byTitle(p, 'Welcome to FOSDEM 2021')!.abstract).toBe('FOSDEM welcome and opening talk.');
  });

  it('FOSDEM without a zone: says it assumed the browser’s and that the times depend on it', () => {
    const p = read('frab/fosdem-2021-schedule.xml');
    expect(p.zone).toMatchObject({ source: 'assumed', affectsTimes: true });
    expect(p.zone.note).toContain('choose the event');
  });

  it('DebConf23 (wafer): 117 events; `date` is UTC while `start` is Kolkata time, and `date` wins', () => {
    const p = read('frab/debconf23-schedule.xml');
    expect(p.entries).toHaveLength(xmlEvents('frab/debconf23-schedule.xml'));
    expect(p.entries).toHaveLength(117);
    expect(p.zone).toMatchObject({ timeZone: 'Asia/Kolkata', source: 'file' });
    const opening = byTitle(p, 'Opening Ceremony')!;
    expect(opening).toMatchObject({ start: '2023-09-10T05:00:00.000Z', end: '2023-09-10T05:20:00.000Z', room: 'Anamudi' });
    expect(localTime(opening.start!, 'Asia/Kolkata')).toBe('10:30');
    expect(p.entries.find((e) => e.key === 'frab:debconf23:23a3b685-5fa6-83c6-caff-8b48c81063ff')).toMatchObject({
      title: 'Dinner',
      start: '2023-09-17T13:30:00.000Z',
      end: '2023-09-17T17:00:00.000Z',
    });
  });
});

describe('schedule files: pretalx exports', () => {
  it('DemoCon schedule.xml and schedule.json: 35 talks each, keyed by talk code like the pages', () => {
    const xml = read('pretalx/democon-schedule.xml');
    const json = read('pretalx/democon-schedule.json');
    for (const p of [xml, json]) {
      expect(p.entries).toHaveLength(35);
      expect(p.conference).toMatchObject({ id: 'pretalx:localhost_democon', platform: 'pretalx', name: 'DemoCon', timeZone: 'Europe/Berlin' });
      expect(p.entries.find((e) => e.key === 'pretalx:localhost_democon:XFUR3C')).toMatchObject({
        title: 'Persevering cohesive concept',
        start: '2022-09-05T23:50:00.000Z',
        end: '2022-09-06T01:20:00.000Z',
        room: 'Dark Red Room',
        track: 'Organic',
        speakers: [{ name: 'Susan Martinez' }],
        url: 'http://localhost/democon/talk/XFUR3C/',
      });
    }
    expect(xml.entries.map((e) => e.key).sort()).toEqual(json.entries.map((e) => e.key).sort());
  });

  it('names the event by the address it was fetched from, so a static export joins the live pages', () => {
    const p = read('pretalx/democon-schedule.json', { address: 'https://pretalx.example.org/democon/schedule/export/schedule.json' });
    expect(p.conference.id).toBe('pretalx:pretalx.example.org_democon');
    expect(p.entries[0]!.key).toMatch(/^pretalx:pretalx\.example\.org_democon:[A-Z0-9]{6}$/);
  });

  it('rC3 Channels schedule.json: 48 talks, no zone name, only offsets', () => {
    const p = read('pretalx/rc3-channels-2020-schedule.json');
    expect(p.entries).toHaveLength(48);
    expect(p.conference.id).toBe('pretalx:pretalx.rc3.studio_rc3-channels-2020');
    expect(p.zone.source).toBe('offsets');
    expect(p.entries.find((e) => e.key.endsWith(':MJA8QY'))).toMatchObject({
      title: 'Der faule Admin automatisiert: Gluon auf echter Hardware testen',
      start: '2020-12-27T10:30:00.000Z',
      end: '2020-12-27T11:10:00.000Z',
      speakers: [{ name: 'Chris Fiege' }, { name: 'Kasa' }],
    });
  });

  it('DemoCon widget/v2.json: 36 talks as SOURCES counts them, none a break here; needs its address', () => {
    expect(() => read('pretalx/democon-widget-v2.json')).toThrow(/give the address it came from/);
    const p = read('pretalx/democon-widget-v2.json', { address: 'https://pretalx.example.org/democon/schedule/widget/v2.json' });
    expect(p.entries).toHaveLength(36);
    expect(p.skipped).toEqual([]);
    expect(p.entries.find((e) => e.key === 'pretalx:pretalx.example.org_democon:XFUR3C')).toMatchObject({
      title: 'Persevering cohesive concept',
      start: '2022-09-05T23:50:00.000Z',
      end: '2022-09-06T01:20:00.000Z',
      room: 'Dark Red Room',
      speakers: [{ name: 'Susan Martinez' }],
      url: 'https://pretalx.example.org/democon/talk/XFUR3C/',
    });
  });
});

describe('schedule files: Sessionize, Indico, sched', () => {
  const austria = { address: 'https://sessionize.com/api/v2/abcd1234/view/All', timeZone: 'Europe/Vienna' };

  it('Global Azure Austria 2024: 15 sessions, local times read in the zone the user gives', () => {
    const p = read('sessionize/global-azure-austria-2024-all.json', austria);
    expect(p.entries).toHaveLength(15);
    expect(p.conference).toMatchObject({ id: 'sessionize:abcd1234', platform: 'sessionize', timeZone: 'Europe/Vienna' });
    expect(p.entries.find((e) => e.key === 'sessionize:abcd1234:658419')).toMatchObject({
      title: 'Keynote: Pioneering the Future of Java with Intelligent Apps',
      start: '2024-04-20T07:00:00.000Z',
      end: '2024-04-20T07:45:00.000Z',
      room: 'Aula',
      speakers: [{ name: 'Ed Burns' }, { name: 'Sandra Ahlgrimm' }],
    });
  });

  it('Global Azure Bootcamp Linz 2020: 29 sessions, the one service session (lunch) left out and reported', () => {
    const p = read('sessionize/global-azure-bootcamp-linz-2020-all.json', { ...austria, address: 'https://sessionize.com/api/v2/efgh5678/view/All' });
    expect(p.entries).toHaveLength(28);
    expect(p.skipped).toEqual([{ count: 1, what: 'break' }]);
    expect(p.entries.some((e) => e.title === 'Lunch Break')).toBe(false);
    // The track hides in an organiser-named category ("Track").
    expect(p.entries.find((e) => e.key.endsWith(':167745'))).toMatchObject({ title: 'Stories of void', track: 'Main Conference' });
  });

  it('a Sessionize file without its address is refused with what to give', () => {
    expect(() => read('sessionize/global-azure-austria-2024-all.json')).toThrow(/sessionize\.com\/api\/v2\/<id>\/view\/All/);
  });

  it('ACAT 2024 (Indico): 179 contributions, 175 timed; server-zone times become the right instants', () => {
    const p = read('indico/acat2024-export-event-contributions.json');
    expect(p.entries).toHaveLength(179);
    expect(p.entries.filter((e) => e.start)).toHaveLength(175);
    expect(p.conference).toMatchObject({ id: 'indico:indico.cern.ch_1330797', name: 'ACAT 2024', timeZone: 'US/Eastern' });
    const padic = p.entries.find((e) => e.key === 'indico:indico.cern.ch_1330797:5861154')!;
    // 20:50 in Zurich (CET, UTC+1). New York had already moved to EDT (10 March), Zurich had not (31 March): 15:50 local.
    expect(padic).toMatchObject({ start: '2024-03-13T19:50:00.000Z', end: '2024-03-13T20:10:00.000Z', room: 'Lecture Hall 1' });
    expect(padic.speakers).toEqual([{ name: 'Herschel Chawdhry' }]);
    expect(padic.track).toBe('Track 3: Computations in Theoretical Physics: Techniques and Methods');
    expect(localTime(padic.start!, 'US/Eastern')).toBe('15:50');
    expect(padic.url).toBe('https://indico.cern.ch/event/1330797/contributions/5861154/');
  });

  // The same file is bundled as the sample conference (assets/sample): the extension ships what is checked here.
  it.each([
    ['the real fixture', () => readReal('sched/kccnceu2026-all.ics')],
    ['the bundled sample', () => readFileSync('assets/sample/kccnceu2026-all.ics', 'utf8')],
  ])('sched all.ics (KubeCon EU 2026), %s: 596 sessions keyed by sched’s 32-hex id, the venue address cut from rooms', (_, text) => {
    const p = parseSchedule(text());
    expect(p.format).toBe('sched-ics');
    expect(p.entries).toHaveLength(596);
    expect(p.conference).toMatchObject({ id: 'sched:kccnceu2026', platform: 'sched', name: 'KubeCon + CloudNativeCon Europe 2026' });
    expect(p.entries[0]).toMatchObject({
      key: 'sched:kccnceu2026:bdeb89fcb7b271c2053791f3789faff7',
      title: 'Badge Pick-Up',
      start: '2026-03-22T07:00:00.000Z',
      end: '2026-03-22T17:00:00.000Z',
      room: 'Entrance C',
      track: 'REGISTRATION',
      url: 'https://kccnceu2026.sched.com/event/bdeb89fcb7b271c2053791f3789faff7',
    });
    expect(p.entries.every((e) => /^sched:kccnceu2026:[0-9a-f]{32}$/.test(e.key))).toBe(true);
    expect(p.zone).toMatchObject({ affectsTimes: false });
  });
});
