import { parseUrl } from '../adapters/pretalx/url';
import { schedEvent } from '../adapters/sched/adapter';
import { fingerprint, slugEvent } from '../util/ids';
import type { Conference } from '../model/schema';
import { conferenceIdOf } from '../model/keys';
import { isTimeZone, plusMinutes, zonedToInstant } from '../util/time';
import { finishEntries, type Draft } from './entries';
import { line, plainText } from './text';
import { ScheduleError, type ParsedSchedule, type ScheduleOptions } from './types';
import { decideZone } from './zone';
import { addressOf } from '../util/city-zone';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

/** Content lines, unfolded (a line starting with a space or tab continues the one before), with their line numbers. */
function contentLines(text: string): Property[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: Property[] = [];
  let current: { text: string; line: number } | undefined;
  const flush = () => {
    if (!current || !current.text) return;
    const colon = findColon(current.text);
    if (colon < 0) throw new ScheduleError(`line ${current.line}`, `“${current.text.slice(0, 60)}” is not NAME:value`);
    const [name = '', ...paramTexts] = splitParams(current.text.slice(0, colon));
    const params: Record<string, string> = {};
    for (const p of paramTexts) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    out.push({ name: name.toUpperCase(), params, value: current.text.slice(colon + 1), line: current.line });
  };
  raw.forEach((l, i) => {
    if ((l.startsWith(' ') || l.startsWith('\t')) && current) current.text += l.slice(1);
    else {
      flush();
      current = { text: l, line: i + 1 };
    }
  });
  flush();
  return out;
}

/** The colon that ends the name and parameters: colons inside quoted parameter values do not count. */
function findColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) return i;
  }
  return -1;
}

function splitParams(text: string): string[] {
  return text.match(/(?:[^;"]|"[^"]*")+/g) ?? [];
}

const unescapeText = (v: string) => v.replace(/\\([nN])|\\([,;\\])/g, (_m, n: string, c: string) => (n ? '\n' : c));
/** A text property of an event, unescaped (`\,` `\;` `\n`). */
const textOf = (e: Map<string, Property>, name: string) => unescapeText(e.get(name)?.value ?? '');

interface IcsTime {
  instant: string;
  /** IANA zone the file gave for it (TZID), if any. */
  zone?: string;
}

/** DTSTART/DTEND: UTC (`…Z`), zoned (`TZID=Europe/Berlin`), floating (local, zone from the calendar) or a DATE. */
function readTime(p: Property | undefined, floatingZone: string): IcsTime | undefined {
  if (!p) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(p.value.trim());
  if (!m) throw new ScheduleError(`line ${p.line}`, `${p.name} “${p.value}” is not an iCalendar date or date-time`);
  const [, y, mo, d, h = '00', mi = '00', s = '00', utc] = m;
  const date = `${y}-${mo}-${d}`;
  if (utc) {
    const epoch = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
    if (Number.isNaN(epoch) || +mo! > 12 || +d! > 31) throw new ScheduleError(`line ${p.line}`, `${p.name} “${p.value}” is not a real date`);
    return { instant: new Date(epoch).toISOString() };
  }
  const tzid = p.params.TZID;
  if (tzid && !isTimeZone(tzid)) {
    throw new ScheduleError(`line ${p.line}`, `time zone “${tzid}” is not an IANA zone name Talkmarks knows (e.g. Europe/Berlin)`);
  }
  const zone = tzid ?? floatingZone;
  const instant = zonedToInstant(date, `${h}:${mi}:${s}`, zone);
  if (!instant) throw new ScheduleError(`line ${p.line}`, `${p.name} “${p.value}” cannot be placed in ${zone}`);
  return { instant, ...(tzid ? { zone: tzid } : {}) };
}

/** `P1DT2H30M`, `PT45M`: minutes. */
function durationMinutes(p: Property): number {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(p.value.trim());
  if (!m) throw new ScheduleError(`line ${p.line}`, `DURATION “${p.value}” is not an iCalendar duration`);
  return (Number(m[2] ?? 0) * 7 + Number(m[3] ?? 0)) * 1440 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0) + Number(m[6] ?? 0) / 60;
}

type Event = Map<string, Property>;

function readEvents(lines: Property[]): { calendar: Map<string, Property>; events: Event[] } {
  const first = lines[0];
  if (!first || first.name !== 'BEGIN' || first.value.trim().toUpperCase() !== 'VCALENDAR') {
    throw new ScheduleError('line 1', 'an iCalendar file starts with BEGIN:VCALENDAR');
  }
  const calendar = new Map<string, Property>();
  const events: Event[] = [];
  const stack: string[] = [];
  let event: Event | undefined;
  for (const p of lines) {
    if (p.name === 'BEGIN') {
      stack.push(p.value.trim().toUpperCase());
      if (stack.length === 2 && stack[1] === 'VEVENT') event = new Map();
    } else if (p.name === 'END') {
      const open = stack.pop();
      if (open !== p.value.trim().toUpperCase()) throw new ScheduleError(`line ${p.line}`, `END:${p.value} closes ${open ? `BEGIN:${open}` : 'nothing'}`);
      if (event && stack.length === 1) {
        events.push(event);
        event = undefined;
      }
    } else if (stack.length === 2 && event && !event.has(p.name)) event.set(p.name, p);
    else if (stack.length === 1 && !calendar.has(p.name)) calendar.set(p.name, p);
  }
  if (stack.length) throw new ScheduleError('end of file', `BEGIN:${stack[stack.length - 1]} is never closed`);
  return { calendar, events };
}

/**
 * An iCalendar file. sched.com's `all.ics` (PRODID `-//Sched.com …`, event URLs on `<event>.sched.com`) becomes that
 * sched conference, keyed by sched's 32-hex id (the UID), so the page's sessions find these annotations through their
 * long-id alias; any other calendar becomes an `ics:` conference keyed by UID.
 */
export function parseIcs(text: string, options: ScheduleOptions): ParsedSchedule {
  const { calendar, events } = readEvents(contentLines(text));
  const calZone = calendar.get('X-WR-TIMEZONE')?.value.trim();
  const prodId = calendar.get('PRODID')?.value ?? '';
  const schedHost = events.map((e) => parseUrl(e.get('URL')?.value)).find((u) => u && schedEvent(u));
  const sched = /Sched\.com/i.test(prodId) || !!schedHost;
  // sched writes every time in UTC and X-WR-TIMEZONE:UTC: that is no statement about where the event is.
  const fileZone = calZone && isTimeZone(calZone) && !(sched && /^(UTC|GMT|Etc\/UTC)$/i.test(calZone)) ? calZone : undefined;
  const floating = events.some((e) => /^\d{8}(T\d{6})?$/.test(e.get('DTSTART')?.value.trim() ?? '') && !e.get('DTSTART')?.params.TZID);
  const tzids = events.map((e) => e.get('DTSTART')?.params.TZID).filter((z): z is string => !!z && isTimeZone(z));

  const calName = line(calendar.get('X-WR-CALNAME')?.value, 200);
  const event = sched ? (schedHost ? schedEvent(schedHost)! : slugEvent(calName ?? 'sched')) : calName ? slugEvent(calName) : `calendar-${fingerprint(events.map((e) => e.get('UID')?.value ?? '').join('\n'))}`;
  const platform = sched ? 'sched' : 'ics';
  const id = conferenceIdOf(platform, event);
  const productName = /^-\/\/Sched\.com (.+)\/\/[A-Z]{2}$/i.exec(prodId.trim())?.[1];
  const name = line(sched ? productName : undefined, 500) ?? calName ?? options.fileName ?? 'Imported calendar';
  const locations = events.map((e) => textOf(e, 'LOCATION') ?? '');
  const tail = sched ? commonTail(locations) : undefined;
  // sched's address is the common tail; another calendar's LOCATION may carry one after the room.
  const addresses = tail ? [tail] : locations.flatMap((l) => addressOf(l) ?? []);
  const zone = decideZone({ fromFile: fileZone ?? tzids[0], given: options.timeZone, localTimes: floating, addresses });

  const drafts = events.map((e, i): Draft => {
    const where = `event ${i + 1} (line ${e.get('DTSTART')?.line ?? e.get('UID')?.line ?? '?'})`;
    const uid = e.get('UID')?.value.trim() || `${e.get('DTSTART')?.value ?? ''}-${e.get('SUMMARY')?.value ?? i}`;
    const start = readTime(e.get('DTSTART'), zone.timeZone);
    const endProp = e.get('DTEND');
    const end = endProp ? readTime(endProp, zone.timeZone)?.instant : start && e.get('DURATION') ? plusMinutes(start.instant, durationMinutes(e.get('DURATION')!)) : undefined;
    const location = line(textOf(e, 'LOCATION'), 500);
    const room = location && tail && location.endsWith(tail) && location.length > tail.length ? location.slice(0, -tail.length) : location;
    const link = parseUrl(textOf(e, 'URL'));
    const url = sched && link && schedEvent(link) ? `https://${link.hostname.toLowerCase()}${link.pathname}` : link?.href;
    return {
      id: uid,
      where,
      title: line(textOf(e, 'SUMMARY'), 2000) ?? 'Untitled',
      url,
      start: start?.instant,
      end,
      timeZone: start ? (start.zone ?? zone.timeZone) : undefined,
      room,
      speakers: [],
      track: line(textOf(e, 'CATEGORIES'), 500),
      abstract: plainText(textOf(e, 'DESCRIPTION')),
    };
  });
  const { entries, notes } = finishEntries(id, drafts);
  const conference: Conference = { id, platform, event, name, ...(schedHost ? { url: `https://${event}.sched.com/` } : {}), timeZone: zone.timeZone };
  return { format: sched ? 'sched-ics' : 'ics', conference, entries, zone, skipped: [], notes };
}

/**
 * sched's LOCATION is `<room>, <city>, <country>` with the venue's address repeated on every event. The address is the
 * last two comma-separated parts most events share; it is cut off so the room reads as the page shows it.
 */
function commonTail(locations: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of locations) {
    const parts = l.split(', ');
    if (parts.length >= 3) {
      const tail = `, ${parts.slice(-2).join(', ')}`;
      counts.set(tail, (counts.get(tail) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= locations.length ? best[0] : undefined;
}
