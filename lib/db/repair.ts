import { z } from 'zod';
import { Annotation, Conference, HttpUrl, Instant, Priority, Rating, ScheduleEntry } from '../model/schema';
import type { ConferenceRecord, SessionRecord } from '../model/backup';
import { normaliseTags, conferenceOf } from '../model/keys';

/**
 * Stored rows read back after an upgrade: a valid row passes as it is; an odd one keeps every field that is still
 * valid and takes the default for the others. These schemas never fail on an object with a string key.
 */
const stamp = z.number().int().nonnegative().catch(0);
const text = (fallback: string) => z.string().catch(fallback);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const strings = z.array(z.unknown()).catch([]).transform((list) => list.filter((v): v is string => typeof v === 'string'));

const LenientAnnotation = z.object({
  key: z.string(),
  starred: z.boolean().catch(false),
  rating: Rating.nullable().catch(null),
  note: text(''),
  tags: strings,
  priority: Priority.nullable().catch(null),
  alternative: z.boolean().catch(false),
  watchLater: z.boolean().catch(false),
  updatedAt: stamp,
  fieldUpdatedAt: z.record(z.string(), z.unknown()).catch({}),
});

const LenientSession = z.object({
  key: z.string(),
  aliases: strings,
  title: z.string().optional().catch(undefined),
  url: optional(HttpUrl),
  start: optional(Instant),
  end: optional(Instant),
  timeZone: optional(z.string()),
  room: optional(z.string()),
  speakers: z.array(z.unknown()).catch([]),
  track: optional(z.string()),
  abstract: optional(z.string()),
  seenAt: stamp,
});

const LenientConference = z.object({
  id: z.string(),
  event: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  url: optional(HttpUrl),
  timeZone: optional(z.string()),
  seenAt: stamp,
});

export type Repaired<T> = { status: 'valid'; row: T } | { status: 'repaired'; row: T } | { status: 'unreadable' };

function repairWith<T>(strict: z.ZodType<T>, lenient: (row: unknown) => T | undefined, row: unknown): Repaired<T> {
  const valid = strict.safeParse(row);
  if (valid.success) return { status: 'valid', row: valid.data };
  const fixed = lenient(row);
  return fixed === undefined ? { status: 'unreadable' } : { status: 'repaired', row: fixed };
}

/** An annotation row read back, its tags normalised: they also lose duplicates that differed only in case or spacing before. */
export function repairAnnotation(row: unknown): Repaired<Annotation> {
  const result = repairAnnotationFields(row);
  if (result.status !== 'unreadable') result.row.tags = normaliseTags(result.row.tags);
  return result;
}

function repairAnnotationFields(row: unknown): Repaired<Annotation> {
  return repairWith(Annotation, (raw) => {
    const r = LenientAnnotation.safeParse(raw);
    if (!r.success) return undefined;
    const stamps = Object.fromEntries(
      Object.entries(r.data.fieldUpdatedAt).filter(([f, v]) => f in Annotation.shape && Number.isInteger(v) && (v as number) >= 0),
    );
    return { ...r.data, conference: conferenceOf(r.data.key), fieldUpdatedAt: stamps };
  }, row);
}

export function repairSession(row: unknown): Repaired<SessionRecord> {
  const strict = ScheduleEntry.extend({ seenAt: z.number().int().nonnegative() });
  return repairWith(strict, (raw) => {
    const r = LenientSession.safeParse(raw);
    if (!r.success) return undefined;
    const speakers = r.data.speakers.flatMap((s) => {
      const ok = ScheduleEntry.shape.speakers.unwrap().element.safeParse(s);
      return ok.success ? [ok.data] : [];
    });
    return { ...r.data, conference: conferenceOf(r.data.key), title: r.data.title ?? r.data.key, speakers };
  }, row);
}

export function repairConference(row: unknown): Repaired<ConferenceRecord> {
  const strict = Conference.extend({ seenAt: z.number().int().nonnegative() });
  return repairWith(strict, (raw) => {
    const r = LenientConference.safeParse(raw);
    if (!r.success) return undefined;
    const event = r.data.event ?? r.data.id.split(':')[1] ?? r.data.id;
    return { ...r.data, platform: 'sched', event, name: r.data.name ?? event };
  }, row);
}
