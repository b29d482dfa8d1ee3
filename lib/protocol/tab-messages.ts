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
  /** The schedules the page embeds, as its markup names them (the popup offers to bind one). */
  z.object({ type: z.literal('tab/embeds') }),
  /** A site's binding changed: the page asks the background again which event, if any, it may show. */
  z.object({ type: z.literal('tab/embed-changed') }),
]);
export type TabRequest = z.infer<typeof TabRequest>;
export type TabType = TabRequest['type'];
export type TabRequestOf<T extends TabType> = Extract<TabRequest, { type: T }>;

/** One schedule a page embeds, as its markup claims (see lib/adapters/embeds/read.ts). */
export const EmbedClaim = z.object({
  platform: z.enum(['pretalx', 'sessionize']),
  conference: ConferenceId,
  eventUrl: z.string().max(4096),
  label: z.string().max(500),
  view: z.string().max(100).optional(),
});
export const TabEmbeds = z.object({ embeds: z.array(EmbedClaim).max(20) });
export type TabEmbeds = z.infer<typeof TabEmbeds>;

export const TabEntries = z.object({ conference: Conference, entries: z.array(ScheduleEntry), focus: SessionKey.optional() });
export type TabEntries = z.infer<typeof TabEntries>;

/** What a tab answers to each message. Unlike the background's answers these are bare values, not `Result`s. */
export interface TabResponses {
  'tab/entries': TabEntries;
  'tab/annotations': null;
  'tab/colleagues': null;
  'tab/changes': null;
  'tab/embeds': TabEmbeds;
  'tab/embed-changed': null;
}
