import { z } from 'zod';
import { frabSchedule, type FrabEvent } from './frab';
import { checkJson } from './json';
import type { ParsedSchedule, ScheduleOptions } from './types';

const text = z.string().max(1_000_000).nullish();
const idish = z.union([z.string().max(200), z.number()]).nullish();

const Person = z.object({ public_name: text, full_public_name: text, name: text });
const Event = z.object({
  id: idish,
  guid: z.string().max(200).nullish(),
  date: z.string().max(100).nullish(),
  start: z.string().max(20).nullish(),
  duration: z.string().max(20).nullish(),
  room: text,
  title: text,
  track: text,
  abstract: text,
  description: text,
  url: text,
  persons: z.array(Person).max(1000).nullish(),
});
const Day = z.object({
  index: z.number().nullish(),
  date: z.string().max(20),
  day_start: z.string().max(100).nullish(),
  rooms: z.record(z.string().max(1000), z.array(Event)),
});
export const FrabJson = z.object({
  schedule: z.object({
    base_url: text,
    conference: z.object({
      acronym: text,
      title: text,
      time_zone_name: text,
      day_change: text,
      base_url: text,
      days: z.array(Day).max(1000),
    }),
  }),
});

/** frab / pretalx `schedule.json`: `schedule.conference.days[].rooms{"<room>": [event…]}`. */
export function parseFrabJson(source: string | unknown, options: ScheduleOptions): ParsedSchedule {
  const json = checkJson(FrabJson, source, 'frab schedule.json');
  const { conference } = json.schedule;
  const events: FrabEvent[] = [];
  conference.days.forEach((day, d) => {
    for (const [room, list] of Object.entries(day.rooms)) {
      list.forEach((e, i) => {
        events.push({
          where: `schedule.conference.days[${d}].rooms[${JSON.stringify(room)}][${i}] (${e.title ?? 'untitled'})`,
          id: e.id == null ? undefined : String(e.id),
          guid: e.guid ?? undefined,
          date: e.date?.trim() || undefined,
          dayDate: day.date,
          dayStart: day.day_start ?? undefined,
          start: e.start ?? undefined,
          duration: e.duration ?? undefined,
          room: e.room || room,
          title: e.title ?? undefined,
          track: e.track ?? undefined,
          abstract: e.abstract ?? undefined,
          description: e.description ?? undefined,
          url: e.url?.trim() || undefined,
          persons: (e.persons ?? []).map((p) => p.public_name ?? p.full_public_name ?? p.name ?? ''),
        });
      });
    }
  });
  return frabSchedule('frab-json', {
    acronym: conference.acronym ?? undefined,
    title: conference.title ?? undefined,
    baseUrl: json.schedule.base_url ?? conference.base_url ?? undefined,
    timeZoneName: conference.time_zone_name ?? undefined,
    dayChange: conference.day_change ?? undefined,
  }, events, options);
}
