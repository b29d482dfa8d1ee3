import { z } from 'zod';

/** Page text is untrusted: cap it so one hostile field cannot bloat the database or a message. */
const text = (max: number) => z.string().max(max);

/** Only http(s) links are kept from page data; `javascript:` and friends never reach a link. */
export const HttpUrl = z
  .string()
  .max(4096)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL');

/** An instant as an ISO-8601 string in UTC, e.g. `2026-03-24T09:00:00.000Z`. */
export const Instant = z.iso.datetime({ offset: false });

/** Where a schedule comes from: a platform with pages (sched, pretalx) or a file format Talkmarks imports. */
export const Platform = z.enum(['sched', 'pretalx', 'frab', 'sessionize', 'indico', 'ics']);
export type Platform = z.infer<typeof Platform>;

/** `platform:event`, e.g. `sched:kccnceu2026`. */
export const ConferenceId = z.string().regex(/^[a-z]+:[A-Za-z0-9._-]{1,100}$/, 'must look like platform:event');
/** `platform:event:id`, e.g. `sched:kccnceu2026:2EsAI`. */
export const SessionKey = z.string().regex(/^[a-z]+:[A-Za-z0-9._-]{1,100}:[A-Za-z0-9._-]{1,100}$/, 'must look like platform:event:id');
export type SessionKey = z.infer<typeof SessionKey>;

export const Speaker = z.object({
  name: text(500),
  url: HttpUrl.optional(),
});
export type Speaker = z.infer<typeof Speaker>;

/** What a schedule page says about one session, as last seen. */
export const ScheduleEntry = z.object({
  key: SessionKey,
  conference: ConferenceId,
  /** Other keys the same session is known by (sched's 32-hex id beside the short one). */
  aliases: z.array(SessionKey).max(10).default([]),
  title: text(2000),
  url: HttpUrl.optional(),
  start: Instant.optional(),
  end: Instant.optional(),
  /** IANA zone the times were shown in, e.g. `Europe/Amsterdam`. */
  timeZone: text(100).optional(),
  room: text(500).optional(),
  speakers: z.array(Speaker).max(100).default([]),
  track: text(500).optional(),
  abstract: text(100_000).optional(),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

export const Rating = z.number().int().min(1).max(5);
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .transform((tag) => tag.replace(/\s+/g, '-').toLowerCase());

/** Each user-editable field carries its own time, so merges can take the newer side per field. */
export const AnnotationFields = z.object({
  starred: z.boolean(),
  rating: Rating.nullable(),
  note: z.string().max(1_000_000),
  tags: z.array(Tag).max(200),
});
export type AnnotationFields = z.infer<typeof AnnotationFields>;
export const FieldName = AnnotationFields.keyof();
export type FieldName = z.infer<typeof FieldName>;

/** What the user says about one session. */
export const Annotation = AnnotationFields.extend({
  key: SessionKey,
  conference: ConferenceId,
  updatedAt: z.number().int().nonnegative(),
  fieldUpdatedAt: z.partialRecord(FieldName, z.number().int().nonnegative()).default({}),
});
export type Annotation = z.infer<typeof Annotation>;

/** A change to some fields of an annotation; absent fields stay as they are. */
export const AnnotationPatch = AnnotationFields.partial().refine(
  (patch) => Object.keys(patch).length > 0,
  'a patch changes at least one field',
);
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;

/** A schedule the user imported from a file or an address, so its sessions can be annotated without the page. */
export const ImportInfo = z.object({
  /** File name or URL it was read from. */
  from: text(2000),
  at: z.number().int().nonnegative(),
  format: text(50),
  sessions: z.number().int().nonnegative(),
  /** How the time zone was decided, in words (`given by the file`, `you chose`, …). */
  zoneNote: text(500).optional(),
});
export type ImportInfo = z.infer<typeof ImportInfo>;

export const Conference = z.object({
  id: ConferenceId,
  platform: Platform,
  /**
   * The platform's event id: the sched.com subdomain; for self-hosted platforms the host and the event's path
   * (`pretalx.example.org_democon`), so a page can only ever name conferences of its own site.
   */
  event: text(100),
  name: text(500),
  url: HttpUrl.optional(),
  timeZone: text(100).optional(),
  imported: ImportInfo.optional(),
});
export type Conference = z.infer<typeof Conference>;

export const emptyFields: AnnotationFields = { starred: false, rating: null, note: '', tags: [] };

/** Starred, rated, tagged or noted: anything a user would want to find again. */
export function isAnnotated(a: AnnotationFields): boolean {
  return a.starred || a.rating !== null || a.tags.length > 0 || a.note.trim() !== '';
}

export function conferenceOf(key: SessionKey): string {
  return key.slice(0, key.lastIndexOf(':'));
}
