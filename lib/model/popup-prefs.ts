import { z } from 'zod';

/** How the popup lists a page's sessions: a UI preference, nothing private, so it lives in storage.local. */
export const PopupPrefs = z.object({
  /** Only starred sessions (with the page's own session). */
  starredOnly: z.boolean().catch(false),
  /** Starred first within each day; off: strictly by time. */
  starredFirst: z.boolean().catch(true),
});
export type PopupPrefs = z.infer<typeof PopupPrefs>;

export const defaultPopupPrefs: PopupPrefs = { starredOnly: false, starredFirst: true };
