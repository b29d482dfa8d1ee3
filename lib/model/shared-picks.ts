import { z } from 'zod';
import { ConferenceId, Rating, Tag } from './schema';
import { JournalDay } from './journal';

/** What a shared-picks link or file says it is, and the newest version this build reads (and writes). */
export const SHARE_FORMAT = 'talkmarks-picks';
export const SHARE_VERSION = 1;

/** What the sharer chose to pass on; notes are off unless they tick them. */
export const ShareInclude = z.object({
  stars: z.boolean(),
  ratings: z.boolean(),
  tags: z.boolean(),
  notes: z.boolean(),
});
export type ShareInclude = z.infer<typeof ShareInclude>;
export const defaultInclude: ShareInclude = { stars: true, ratings: true, tags: true, notes: false };

/** A name people read in prompts and markers: plain text, one line, no control characters. */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'needs a name')
  .max(60, 'is longer than 60 characters')
  .refine((name) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name), 'has a control character or line break');

/** A session's id within its conference: the last part of `platform:event:id`. */
export const SessionId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a session id like 2EsAI');

/** One way the sharer's own profile is told apart from others, so a newer link replaces their older picks. */
export const SharerId = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, 'must be a sharer id');

/** One picked session. Absent fields were not set, or not shared (see `include`). */
export const SharedPick = z.object({
  id: SessionId,
  starred: z.literal(true).optional(),
  /**
   * Starred, then set aside in a clash for another talk: a maybe, not the plan. Added after version 1 without a new
   * version: older links lack it and read as before; an older Talkmarks drops it and shows a plain star.
   */
  alternative: z.literal(true).optional(),
  rating: Rating.optional(),
  tags: z.array(Tag).min(1).max(50).optional(),
  note: z.string().min(1).max(100_000).optional(),
  /** Titles travel in files only: a recipient who never opened the schedule still reads what was picked. */
  title: z.string().max(500).optional(),
});
export type SharedPick = z.infer<typeof SharedPick>;

/** The sharer's journal of one event-local day, or of the whole conference (no day): shared with their notes. */
export const SharedJournal = z.object({ day: JournalDay.optional(), note: z.string().min(1).max(100_000) });
export type SharedJournal = z.infer<typeof SharedJournal>;

const fieldOf = { starred: 'stars', rating: 'ratings', tags: 'tags', note: 'notes' } as const;

export const SharedPicks = z
  .object({
    format: z.literal(SHARE_FORMAT),
    version: z.literal(SHARE_VERSION),
    conference: ConferenceId,
    conferenceName: z.string().max(200).optional(),
    from: DisplayName,
    sharer: SharerId,
    sharedAt: z.number().int().nonnegative(),
    include: ShareInclude,
    picks: z.array(SharedPick).max(5_000),
    /**
     * Added after version 1 without a new version: older links and files have none, and an older Talkmarks reading
     * a newer link drops the field it does not know, so both ways still read.
     */
    journal: z.array(SharedJournal).max(400).optional(),
  })
  .superRefine((share, ctx) => {
    const seen = new Set<string>();
    share.picks.forEach((pick, i) => {
      if (seen.has(pick.id)) ctx.addIssue({ code: 'custom', path: ['picks', i, 'id'], message: `appears twice (${pick.id})` });
      seen.add(pick.id);
      if (pick.alternative && !pick.starred) ctx.addIssue({ code: 'custom', path: ['picks', i, 'alternative'], message: 'is set on a pick that is not starred' });
      for (const [field, flag] of Object.entries(fieldOf) as [keyof typeof fieldOf, keyof ShareInclude][]) {
        if (pick[field] !== undefined && !share.include[flag]) {
          ctx.addIssue({ code: 'custom', path: ['picks', i, field], message: `is given, but the share says ${flag} are not included` });
        }
      }
    });
    if (share.journal && !share.include.notes) ctx.addIssue({ code: 'custom', path: ['journal'], message: 'is given, but the share says notes are not included' });
    const days = new Set<string>();
    share.journal?.forEach((entry, i) => {
      const day = entry.day ?? 'conference';
      if (days.has(day)) ctx.addIssue({ code: 'custom', path: ['journal', i, 'day'], message: `appears twice (${day})` });
      days.add(day);
    });
  });
export type SharedPicks = z.infer<typeof SharedPicks>;

/** The first fields, read before the rest so a newer file is told apart from a broken one. */
export const ShareHeader = z.object({ format: z.literal(SHARE_FORMAT), version: z.number().int().positive() });
