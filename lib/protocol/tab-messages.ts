import { z } from 'zod';
import { Annotation, Conference, ConferenceId, ScheduleEntry, SessionKey } from '../model/schema';
import { ColleagueLayer } from '../model/colleague';

/**
 * Messages a content script answers, sent by the extension to its tab. Content scripts check them with
 * `asTabRequest` (tab-guard.ts), not with this schema: zod would be paid for on every schedule page.
 */
export const TabRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/entries') }),
  z.object({
    type: z.literal('tab/annotations'),
    annotations: z.array(Annotation),
    /** Keys now known to be another key's session: the tab moves their controls over. */
    renamed: z.record(SessionKey, SessionKey).optional(),
  }),
  /** The shown colleague layers of the tab's conference, after one was added, replaced, hidden or removed. */
  z.object({ type: z.literal('tab/colleagues'), conference: ConferenceId, layers: z.array(ColleagueLayer) }),
  /** Every mark of the tab's conference (session → what changed), after changes were recorded or dismissed. */
  z.object({ type: z.literal('tab/changes'), conference: ConferenceId, changes: z.record(SessionKey, z.string()) }),
]);
export type TabRequest = z.infer<typeof TabRequest>;
export type TabType = TabRequest['type'];
export type TabRequestOf<T extends TabType> = Extract<TabRequest, { type: T }>;

export const TabEntries = z.object({ conference: Conference, entries: z.array(ScheduleEntry), focus: SessionKey.optional() });
export type TabEntries = z.infer<typeof TabEntries>;

/** What a tab answers to each message. Unlike the background's answers these are bare values, not `Result`s. */
export interface TabResponses {
  'tab/entries': TabEntries;
  'tab/annotations': null;
  'tab/colleagues': null;
  'tab/changes': null;
}
