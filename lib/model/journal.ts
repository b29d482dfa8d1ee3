import { z } from 'zod';
import { ConferenceId } from './schema';

/** An event-local day, `YYYY-MM-DD`. */
export const JournalDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD');

/**
 * The user's free note on one event-local day of a conference ("what I noticed today"), or on the whole conference
 * ("trends") when `day` is absent. A plain record whose one field carries its own time, as annotations' fields do,
 * so backups and sync merge it the same way (the newer side, and both texts when both changed).
 */
export const JournalEntry = z.object({
  /** `<conference>|<day>`, or `<conference>|conference`. */
  id: z.string().max(200),
  conference: ConferenceId,
  day: JournalDay.optional(),
  note: z.string().max(1_000_000),
  updatedAt: z.number().int().nonnegative(),
  fieldUpdatedAt: z.object({ note: z.number().int().nonnegative().optional() }).default({}),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const journalId = (conference: string, day?: string) => `${conference}|${day ?? 'conference'}`;
