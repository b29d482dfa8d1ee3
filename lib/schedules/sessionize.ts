import { z } from 'zod';
import { sessionizeId } from '../adapters/embeds/read';
import type { Conference } from '../model/schema';
import { conferenceIdOf } from '../model/keys';
import { zonedToInstant } from '../util/time';
import { finishEntries, type Draft } from './entries';
import { checkJson } from './json';
import { line, plainText, speakersNamed } from './text';
import { ScheduleError, type ParsedSchedule, type ScheduleOptions } from './types';
import { decideZone } from './zone';

const id = z.union([z.string().max(100), z.number()]).transform(String);
const text = z.string().max(1_000_000).nullish();

export const SessionizeAll = z.object({
  sessions: z.array(
    z.object({
      id,
      title: z.string().max(100_000),
      description: text,
      startsAt: z.string().max(40).nullish(),
      endsAt: z.string().max(40).nullish(),
      isServiceSession: z.boolean().nullish(),
      speakers: z.array(z.string().max(100)).max(1000).nullish(),
      categoryItems: z.array(z.number()).max(1000).nullish(),
      roomId: z.number().nullish(),
    }),
  ),
  speakers: z.array(z.object({ id: z.string().max(100), fullName: text, firstName: text, lastName: text })).nullish(),
  categories: z
    .array(z.object({ title: z.string().max(1000), items: z.array(z.object({ id: z.number(), name: z.string().max(1000) })) }))
    .nullish(),
  rooms: z.array(z.object({ id: z.number(), name: z.string().max(1000) })).nullish(),
});

/** The organiser names the category that holds tracks; these words are how they usually do. */
const trackCategory = /track|stream|theme|topic|thema|schiene/i;
const localDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/;

function instant(text: string | null | undefined, zone: string, where: string): string | undefined {
  if (!text) return undefined;
  const m = localDateTime.exec(text.trim());
  const value = m && zonedToInstant(m[1]!, m[2]!, zone);
  if (!value) throw new ScheduleError(where, `“${text}” is not a local date and time (YYYY-MM-DDTHH:MM:SS)`);
  return value;
}

/**
 * Sessionize `/api/v2/<id>/view/All`. Its times are the event's wall clock with no zone anywhere in the file, so
 * the zone is the user's choice (the browser's until they choose); its event id is only in the address.
 * Service sessions (breaks) are left out.
 */
export function parseSessionize(source: string | unknown, options: ScheduleOptions): ParsedSchedule {
  const json = checkJson(SessionizeAll, source, 'Sessionize /view/All file');
  const event = sessionizeId(options.address);
  if (!event) {
    throw new ScheduleError('', 'a Sessionize file does not say which event it is: give the address it came from (https://sessionize.com/api/v2/<id>/view/All)');
  }
  const zone = decideZone({ given: options.timeZone, localTimes: true });
  const rooms = new Map((json.rooms ?? []).map((r) => [r.id, r.name]));
  const speakers = new Map((json.speakers ?? []).map((s) => [s.id, s.fullName ?? [s.firstName, s.lastName].filter(Boolean).join(' ')]));
  const trackItems = new Map<number, string>();
  for (const category of json.categories ?? []) {
    if (trackCategory.test(category.title)) for (const item of category.items) trackItems.set(item.id, item.name);
  }
  const drafts: Draft[] = [];
  let breaks = 0;
  json.sessions.forEach((s, i) => {
    if (s.isServiceSession) {
      breaks++;
      return;
    }
    const where = `sessions[${i}] (${s.id})`;
    const start = instant(s.startsAt, zone.timeZone, `sessions[${i}].startsAt`);
    const end = instant(s.endsAt, zone.timeZone, `sessions[${i}].endsAt`);
    drafts.push({
      id: s.id,
      where,
      title: line(s.title, 2000) ?? `Session ${s.id}`,
      start,
      end,
      timeZone: start ? zone.timeZone : undefined,
      room: s.roomId == null ? undefined : line(rooms.get(s.roomId), 500),
      speakers: speakersNamed((s.speakers ?? []).map((sp) => speakers.get(sp))),
      track: line((s.categoryItems ?? []).map((c) => trackItems.get(c)).filter(Boolean).join(', '), 500),
      abstract: plainText(s.description),
    });
  });
  const conferenceId = conferenceIdOf('sessionize', event);
  const { entries, notes } = finishEntries(conferenceId, drafts);
  const conference: Conference = { id: conferenceId, platform: 'sessionize', event, name: `Sessionize event ${event}`, timeZone: zone.timeZone };
  return { format: 'sessionize', conference, entries, zone, skipped: breaks ? [{ count: breaks, what: breaks === 1 ? 'break' : 'breaks' }] : [], notes };
}
