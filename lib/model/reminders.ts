import { z } from 'zod';

/** Minutes before the start; null: no reminder for this kind. */
export const LeadMinutes = z.number().int().min(0).max(24 * 60).nullable();

/** How the user wants to be reminded. Every field has a default, so an older or partial row still reads. */
export const ReminderSettings = z.object({
  /** The one switch. */
  enabled: z.boolean().default(true),
  /** Must-see talks. */
  must: LeadMinutes.default(10),
  /** Other starred talks (maybe, or no priority). */
  starred: LeadMinutes.default(5),
  /** The user's own items (meetings, booth duty). */
  own: LeadMinutes.default(5),
  /** Only on days the user has starred talks of that conference: no reminder for an own item on another day. */
  eventDaysOnly: z.boolean().default(false),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const defaultReminderSettings: ReminderSettings = ReminderSettings.parse({});
