import { z } from 'zod';
import { MAX_ALIASES, normaliseTag } from './keys';

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

/** A link a session page shows beside a talk: uploaded slides or files, or a recording. */
export const SessionLink = z.object({
  kind: z.enum(['slides', 'recording', 'file']),
  url: HttpUrl,
  label: text(500).optional(),
});
export type SessionLink = z.infer<typeof SessionLink>;

/** What a schedule page says about one session, as last seen. */
export const ScheduleEntry = z.object({
  key: SessionKey,
  conference: ConferenceId,
  /** Other keys the same session is known by (sched's 32-hex id beside the short one). */
  aliases: z.array(SessionKey).max(MAX_ALIASES).default([]),
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
  /** Slides, files and recordings, where the view shows them. */
  links: z.array(SessionLink).max(50).optional(),
  /**
   * Seen only as a link in markup Talkmarks does not know (a sidebar, a view nobody documented): its fields fill
   * gaps in what is known of the session but never replace what a fuller view showed.
   */
  partial: z.literal(true).optional(),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

export const Rating = z.number().int().min(1).max(5);
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .transform(normaliseTag);

/** How much a starred talk matters when it clashes with another: unset is in between. */
export const Priority = z.enum(['must', 'maybe']);
export type Priority = z.infer<typeof Priority>;

/** The user-editable fields, without defaults: a patch must never fill in a field it does not name. */
const fieldShape = {
  starred: z.boolean(),
  rating: Rating.nullable(),
  note: z.string().max(1_000_000),
  tags: z.array(Tag).max(200),
  priority: Priority.nullable(),
  /** Starred, but another talk at the same time was chosen over it. */
  alternative: z.boolean(),
  /** To watch (recording, slides) after the event. */
  watchLater: z.boolean(),
};

/**
 * Each user-editable field carries its own time, so merges can take the newer side per field.
 * Fields added after version 1 have defaults, so records and backups written before them still parse.
 */
export const AnnotationFields = z.object({
  ...fieldShape,
  priority: fieldShape.priority.default(null),
  alternative: fieldShape.alternative.default(false),
  watchLater: fieldShape.watchLater.default(false),
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
export const AnnotationPatch = z.object(fieldShape).partial().refine(
  (patch) => Object.keys(patch).length > 0,
  'a patch changes at least one field',
);
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;

/**
 * What an editor last saw of the fields it changes. When the stored value moved on meanwhile (another tab, the
 * popup), the background merges instead of overwriting: tags added or removed here apply to the current set, and
 * a note changed on both sides keeps both texts.
 */
export const PatchBase = z.object({
  note: z.string().max(1_000_000).optional(),
  tags: z.array(Tag).max(200).optional(),
});
export type PatchBase = z.infer<typeof PatchBase>;

/** A schedule the user imported from a file or an address, so its sessions can be annotated without the page. */
export const ImportInfo = z.object({
  /** File name or URL it was read from. */
  from: text(2000),
  at: z.number().int().nonnegative(),
  format: text(50),
  sessions: z.number().int().nonnegative(),
  /** How the time zone was decided, in words (`given by the file`, `you chose`, …). */
  zoneNote: text(500).optional(),
  /** Talkmarks' bundled sample conference: labelled as such, and removable with everything annotated in it. */
  sample: z.literal(true).optional(),
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

/** A meeting, hallway-track slot or booth duty the user adds to a conference day; it counts in the plan. */
export const OwnItemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a short id');

export const OwnItem = z
  .object({
    id: OwnItemId,
    conference: ConferenceId,
    title: z.string().trim().min(1, 'needs a title').max(500),
    start: Instant,
    end: Instant,
    /** The zone the user entered the times in: the conference's. */
    timeZone: text(100),
    place: text(500).default(''),
    note: z.string().max(100_000).default(''),
    /** Kept, but a clashing talk was chosen over it. */
    alternative: z.boolean().default(false),
    updatedAt: z.number().int().nonnegative(),
  })
  // A time that is no instant is reported on its own field; comparing it would add a second, misleading problem.
  .refine((item) => !(Date.parse(item.end) <= Date.parse(item.start)), { message: 'must end after it starts', path: ['end'] });
export type OwnItem = z.infer<typeof OwnItem>;

/** A plan item in the database: a starred session, or one of the user's own items. */
export const PlanRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), key: SessionKey }),
  z.object({ kind: z.literal('own'), id: OwnItemId }),
]);
export type PlanRef = z.infer<typeof PlanRef>;
