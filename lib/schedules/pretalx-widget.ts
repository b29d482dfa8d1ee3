import { z } from 'zod';
import { pretalxBase, pretalxConferenceIdOf, pretalxEventUrl, parseUrl } from '../adapters/pretalx/url';
import type { Conference } from '../model/schema';
import { eventOf } from '../model/keys';
import { finishEntries, type Draft } from './entries';
import { checkJson } from './json';
import { line, plainText, speakersNamed } from './text';
import { ScheduleError, type ParsedSchedule, type ScheduleOptions } from './types';
import { decideZone, readOffsetDateTime } from './zone';

/** Names of rooms and tracks are translated: `{"en": "Hall 1", "de": "Saal 1"}` (talk titles too, for breaks). */
const I18n = z.union([z.string().max(2000), z.record(z.string().max(20), z.string().max(2000))]);
const Named = z.object({ id: z.union([z.number(), z.string().max(100)]), name: I18n });

export const PretalxWidget = z.object({
  talks: z.array(
    z.object({
      code: z.string().max(50).nullish(),
      title: I18n,
      abstract: z.string().max(1_000_000).nullish(),
      speakers: z.array(z.string().max(100)).max(1000).nullish(),
      track: z.union([z.number(), z.string().max(100)]).nullish(),
      room: z.union([z.number(), z.string().max(100)]).nullish(),
      start: z.string().max(100),
      end: z.string().max(100).nullish(),
    }),
  ),
  timezone: z.string().max(100).nullish(),
  tracks: z.array(Named).nullish(),
  rooms: z.array(Named).nullish(),
  speakers: z.array(z.object({ code: z.string().max(100), name: z.string().max(1000).nullish() })).nullish(),
});
export type PretalxWidget = z.infer<typeof PretalxWidget>;

function localized(value: z.infer<typeof I18n> | undefined, lang = 'en'): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return value[lang] ?? Object.values(value)[0];
}

function instant(text: string | null | undefined, where: string): string | undefined {
  if (!text) return undefined;
  const sample = readOffsetDateTime(text);
  if (!sample) throw new ScheduleError(where, `“${text}” is not an ISO date and time with offset`);
  return new Date(sample.epochMs).toISOString();
}

/**
 * pretalx's `schedule/widget/v2.json`, which the `<pretalx-schedule>` component renders. It names no event and links
 * no talk, so the address it came from (`<event>/schedule/widget/v2.json`) is required; breaks have no code and are left out.
 */
export function parsePretalxWidget(source: string | unknown, options: ScheduleOptions): ParsedSchedule {
  const json = checkJson(PretalxWidget, source, 'pretalx widget/v2.json');
  const address = parseUrl(options.address);
  const base = address && pretalxBase(address);
  if (!address || !base) {
    throw new ScheduleError('', 'a pretalx widget file does not say which event it is: give the address it came from (https://<host>/<event>/schedule/widget/v2.json)');
  }
  const id = pretalxConferenceIdOf(address.hostname, base);
  const eventUrl = pretalxEventUrl(address, base);
  const zone = decideZone({ fromFile: json.timezone, given: options.timeZone, localTimes: false });
  const rooms = new Map((json.rooms ?? []).map((r) => [String(r.id), localized(r.name)]));
  const tracks = new Map((json.tracks ?? []).map((t) => [String(t.id), localized(t.name)]));
  const speakers = new Map((json.speakers ?? []).map((s) => [s.code, s.name ?? undefined]));
  const drafts: Draft[] = [];
  let breaks = 0;
  json.talks.forEach((talk, i) => {
    const where = `talks[${i}]`;
    if (!talk.code) {
      breaks++;
      return;
    }
    const start = instant(talk.start, `${where}.start`);
    const end = instant(talk.end, `${where}.end`);
    drafts.push({
      id: talk.code,
      where: `${where} (${talk.code})`,
      title: line(localized(talk.title), 2000) ?? `Talk ${talk.code}`,
      url: `${eventUrl}talk/${encodeURIComponent(talk.code)}/`,
      start,
      end,
      timeZone: start ? zone.timeZone : undefined,
      room: talk.room == null ? undefined : line(rooms.get(String(talk.room)), 500),
      speakers: speakersNamed((talk.speakers ?? []).map((code) => speakers.get(code))),
      track: talk.track == null ? undefined : line(tracks.get(String(talk.track)), 500),
      abstract: plainText(talk.abstract),
    });
  });
  const { entries, notes } = finishEntries(id, drafts);
  const conference: Conference = { id, platform: 'pretalx', event: eventOf(id), name: base[base.length - 1]!, url: eventUrl, timeZone: zone.timeZone };
  return { format: 'pretalx-widget', conference, entries, zone, skipped: breaks ? [{ count: breaks, what: breaks === 1 ? 'break' : 'breaks' }] : [], notes };
}
