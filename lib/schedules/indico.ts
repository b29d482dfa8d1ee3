import { z } from 'zod';
import { parseUrl } from '../adapters/pretalx/url';
import { siteEvent } from '../util/ids';
import type { Conference } from '../model/schema';
import { conferenceIdOf } from '../model/keys';
import { isTimeZone, zonedToInstant } from '../util/time';
import { finishEntries, type Draft } from './entries';
import { checkJson } from './json';
import { line, plainText, speakersNamed } from './text';
import { ScheduleError, type ParsedSchedule, type ScheduleOptions } from './types';
import { decideZone } from './zone';

const text = z.string().max(1_000_000).nullish();
const When = z.object({ date: z.string().max(20), time: z.string().max(20), tz: z.string().max(100) });
const Person = z.object({ first_name: text, last_name: text, fullName: text });

export const IndicoExport = z.object({
  results: z
    .array(
      z.object({
        id: z.union([z.string().max(100), z.number()]).transform(String),
        title: z.string().max(10_000),
        timezone: text,
        url: text,
        contributions: z
          .array(
            z.object({
              db_id: z.union([z.number(), z.string().max(100)]).transform(String),
              title: z.string().max(100_000),
              startDate: When.nullish(),
              endDate: When.nullish(),
              room: text,
              roomFullname: text,
              track: text,
              session: text,
              description: text,
              url: text,
              speakers: z.array(Person).max(1000).nullish(),
            }),
          )
          .nullish(),
      }),
    )
    .length(1, 'an export of exactly one event'),
});

/** Indico writes each time with the *server's* zone (`Europe/Zurich` at CERN), whatever the event's: read it in that zone. */
function instant(when: z.infer<typeof When> | null | undefined, where: string): string | undefined {
  if (!when) return undefined;
  if (!isTimeZone(when.tz)) throw new ScheduleError(`${where}.tz`, `“${when.tz}” is not a time zone Talkmarks knows`);
  const value = /^\d{4}-\d{2}-\d{2}$/.test(when.date) && /^\d{1,2}:\d{2}(:\d{2})?$/.test(when.time) ? zonedToInstant(when.date, when.time, when.tz) : undefined;
  if (!value) throw new ScheduleError(where, `“${when.date} ${when.time}” is not a date and time`);
  return value;
}

function speakerName(p: z.infer<typeof Person>): string | null | undefined {
  const named = [p.first_name, p.last_name].filter(Boolean).join(' ');
  return named || p.fullName;
}

/**
 * Indico `export/event/<id>.json?detail=contributions`. Sessions are shown in the event's zone (`timezone`), not the
 * server's; contributions without a time (unscheduled) are kept, untimed.
 */
export function parseIndico(source: string | unknown, options: ScheduleOptions): ParsedSchedule {
  const json = checkJson(IndicoExport, source, 'Indico export/event JSON');
  const event = json.results[0]!;
  const home = parseUrl(event.url) ?? parseUrl(options.address);
  if (!home) throw new ScheduleError('results[0].url', 'the export does not say which Indico server it came from');
  const zone = decideZone({ fromFile: event.timezone, given: options.timeZone, localTimes: false });
  const drafts: Draft[] = (event.contributions ?? []).map((c, i) => {
    const where = `results[0].contributions[${i}]`;
    const start = instant(c.startDate, `${where}.startDate`);
    const end = instant(c.endDate, `${where}.endDate`);
    return {
      id: c.db_id,
      where: `${where} (${c.db_id})`,
      title: line(c.title, 2000) ?? `Contribution ${c.db_id}`,
      url: parseUrl(c.url)?.href,
      start,
      end,
      timeZone: start ? zone.timeZone : undefined,
      room: line(c.room || c.roomFullname, 500),
      speakers: speakersNamed((c.speakers ?? []).map(speakerName)),
      track: line(c.track || c.session, 500),
      abstract: plainText(c.description),
    };
  });
  const eventPart = siteEvent(home.hostname, [event.id]);
  const id = conferenceIdOf('indico', eventPart);
  const { entries, notes } = finishEntries(id, drafts);
  const conference: Conference = {
    id,
    platform: 'indico',
    event: eventPart,
    name: line(event.title, 500) ?? `Indico event ${event.id}`,
    url: `${home.protocol}//${home.host}/event/${encodeURIComponent(event.id)}/`,
    timeZone: zone.timeZone,
  };
  return { format: 'indico', conference, entries, zone, skipped: [], notes };
}
