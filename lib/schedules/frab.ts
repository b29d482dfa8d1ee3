import { pretalxBase, pretalxConferenceIdOf, pretalxEventUrl, pretalxTalkCode, parseUrl, tidyUrl } from '../adapters/pretalx/url';
import { slugEvent } from '../util/ids';
import type { Conference } from '../model/schema';
import { conferenceIdOf, eventOf, sessionKey } from '../model/keys';
import { localDate, localTime, nextDay, plusMinutes, zonedToInstant } from '../util/time';
import { finishEntries, type Draft } from './entries';
import { line, plainText, speakersNamed } from './text';
import { ScheduleError, type ParsedSchedule, type ScheduleOptions } from './types';
import { decideZone, readOffsetDateTime, type OffsetSample } from './zone';

/** One `<event>` of a frab-family schedule (frab, Pentabarf, pretalx, wafer), from XML or JSON, as plain strings. */
export interface FrabEvent {
  /** Where it is in the file, for error messages. */
  where: string;
  id?: string;
  guid?: string;
  /** ISO date-time with offset; when present it is the truth (wafer writes UTC here and local time in `start`). */
  date?: string;
  /** The enclosing `<day date>`; with `start` it gives the time when `date` is absent (FOSDEM). */
  dayDate?: string;
  /** The enclosing `<day start>`, an ISO date-time: its clock time is when that day begins. */
  dayStart?: string;
  start?: string;
  duration?: string;
  room?: string;
  title?: string;
  track?: string;
  abstract?: string;
  description?: string;
  url?: string;
  persons: string[];
}

export interface FrabConference {
  acronym?: string;
  title?: string;
  baseUrl?: string;
  timeZoneName?: string;
  /** `day_change` (`04:00`): a clock time before it belongs to the next calendar day. */
  dayChange?: string;
  generator?: string;
}

const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** frab durations: `00:30`, `01:30:00`, and multi-day `1:02:00:00` (days:hours:minutes:seconds) in some exports. */
const durationPattern = /^(?:(\d+):)??(\d{1,3}):(\d{2})(?::(\d{2}))?$/;

function durationMinutes(text: string, where: string): number {
  const m = durationPattern.exec(text.trim());
  if (!m) throw new ScheduleError(where, `duration “${text}” is not HH:MM`);
  return Number(m[1] ?? 0) * 1440 + Number(m[2]) * 60 + Number(m[3]);
}

/** pretalx exports: every session links its talk page, `<base>/talk/<CODE>/`, all under one event path. */
function pretalxOrigin(conf: FrabConference, events: readonly FrabEvent[], options: ScheduleOptions) {
  const fromAddress = parseUrl(options.address);
  const addressBase = fromAddress && pretalxBase(fromAddress);
  const talkUrls = events.map((e) => parseUrl(e.url)).map((u) => u && tidyUrl(u));
  const allTalks = events.length > 0 && talkUrls.every((u) => u && pretalxTalkCode(u));
  if (conf.generator !== 'pretalx' && !allTalks) return undefined;
  const sample = talkUrls.find((u) => u && pretalxBase(u)) ?? parseUrl(conf.baseUrl);
  const url = addressBase ? fromAddress : sample;
  const base = addressBase ?? (url && pretalxBase(url));
  return url && base ? { url, base } : undefined;
}

function conferenceOf(conf: FrabConference, events: readonly FrabEvent[], options: ScheduleOptions) {
  const name = line(conf.title, 500) ?? line(conf.acronym, 500) ?? options.fileName ?? 'Imported schedule';
  const pretalx = pretalxOrigin(conf, events, options);
  if (pretalx) {
    const id = pretalxConferenceIdOf(pretalx.url.hostname, pretalx.base);
    const conference: Conference = { id, platform: 'pretalx', event: eventOf(id), name, url: pretalxEventUrl(pretalx.url, pretalx.base) };
    return { conference, pretalx: true };
  }
  const event = slugEvent(line(conf.acronym, 200) ?? name);
  const url = parseUrl(conf.baseUrl)?.href;
  const conference: Conference = { id: conferenceIdOf('frab', event), platform: 'frab', event, name, ...(url ? { url } : {}) };
  return { conference, pretalx: false };
}

/** A schedule of the frab family as Talkmarks sessions; the XML and JSON readers hand over plain strings. */
export function frabSchedule(
  format: 'frab-xml' | 'frab-json',
  conf: FrabConference,
  events: readonly FrabEvent[],
  options: ScheduleOptions,
): ParsedSchedule {
  const { conference, pretalx } = conferenceOf(conf, events, options);
  const samples: OffsetSample[] = [];
  let localTimes = false;
  for (const e of events) {
    const sample = e.date ? readOffsetDateTime(e.date) : undefined;
    if (e.date && !sample) throw new ScheduleError(e.where, `date “${e.date}” is not an ISO date and time with offset`);
    if (sample) samples.push(sample);
    else if (e.start) localTimes = true;
  }
  const zone = decideZone({ fromFile: conf.timeZoneName, given: options.timeZone, samples, localTimes });
  const drafts = events.map((e) => draftOf(e, conf, zone.timeZone, pretalx));
  const { entries, notes } = finishEntries(conference.id, drafts);
  return { format, conference: { ...conference, timeZone: zone.timeZone }, entries, zone, skipped: [], notes };
}

function startOf(e: FrabEvent, conf: FrabConference, zone: string): string | undefined {
  if (e.date) return new Date(readOffsetDateTime(e.date)!.epochMs).toISOString();
  if (!e.start) return undefined;
  const time = clock.exec(e.start.trim());
  if (!time || Number(time[1]) > 47 || Number(time[2]) > 59) throw new ScheduleError(e.where, `start “${e.start}” is not HH:MM`);
  // A frab day runs from its start (`<day start>`, else the conference's day_change) to the next morning, so a
  // clock time before the day's beginning is after midnight. The day's start is read in the event's zone: wafer
  // writes it in UTC, where its date can be the day before.
  const dayStart = e.dayStart ? readOffsetDateTime(e.dayStart) : undefined;
  let date = dayStart ? localDate(new Date(dayStart.epochMs).toISOString(), zone) : e.dayDate;
  const begins = dayStart ? localTime(new Date(dayStart.epochMs).toISOString(), zone) : (conf.dayChange?.slice(0, 5) ?? '00:00');
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ScheduleError(e.where, 'start time without the day’s date');
  let hours = Number(time[1]);
  const hhmm = `${String(hours).padStart(2, '0')}:${time[2]}`;
  if (hours >= 24) {
    hours -= 24; // `25:30` in some exports: 01:30 the next morning
    date = nextDay(date);
  } else if (hhmm < begins) {
    date = nextDay(date);
  }
  const instant = zonedToInstant(date, `${String(hours).padStart(2, '0')}:${time[2]}`, zone);
  if (!instant) throw new ScheduleError(e.where, `cannot place ${e.dayDate} ${e.start} in ${zone}`);
  return instant;
}

function draftOf(e: FrabEvent, conf: FrabConference, zone: string, pretalx: boolean): Draft {
  const page = parseUrl(e.url);
  const url = page && tidyUrl(page);
  const code = url && pretalxTalkCode(url);
  const id = pretalx && code ? code : (e.guid?.trim() || e.id?.trim());
  if (!id) throw new ScheduleError(e.where, 'the event has neither guid nor id');
  const start = startOf(e, conf, zone);
  const minutes = e.duration?.trim() ? durationMinutes(e.duration, e.where) : undefined;
  // Sessions from a pretalx instance inside a merged file are also known by their pretalx key.
  const base = url && code && !pretalx ? pretalxBase(url) : undefined;
  const alias = base ? sessionKey(pretalxConferenceIdOf(url!.hostname, base), code!) : undefined;
  return {
    id,
    where: e.where,
    title: line(e.title, 2000) ?? `Session ${id}`,
    url: url?.href,
    start,
    end: start && minutes !== undefined ? plusMinutes(start, minutes) : undefined,
    timeZone: start ? zone : undefined,
    room: line(e.room, 500),
    speakers: speakersNamed(e.persons).slice(0, 100),
    track: line(e.track, 500),
    abstract: plainText(e.abstract) ?? plainText(e.description),
    aliases: alias && alias.length < 200 ? [alias] : [],
  };
}
