import { z } from 'zod';
import { Annotation, AnnotationPatch, Conference, ConferenceId, HttpUrl, OwnItem, OwnItemId, PatchBase, PlanRef, ScheduleEntry, SessionKey, Tag } from '../model/schema';
import { ColleagueLayer } from '../model/colleague';
import { BulkChange } from '../model/bulk';
import { ShareSource, type SharePreview, type ShareStored } from './share-messages';
import { errorMessage } from '../util/errors';
import { SyncSettings, type ConnectionTest, type SyncStatus } from '../model/sync';
import { SiteOrigin, type EmbedBinding } from '../model/embed';


/** Requests the background answers. The sender decides what a request may touch, never the payload. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** Content script: the annotations of the conference its tab shows. */
  z.object({ type: z.literal('page/annotations') }),
  /** Content script: the entries its page shows, kept as last seen. */
  z.object({ type: z.literal('page/seen'), conference: Conference, entries: z.array(ScheduleEntry).max(50_000) }),
  /** Content script: the sessions its event publishes (pretalx's widget JSON), read by the background from the tab's own site. */
  z.object({ type: z.literal('page/event-sessions') }),
  /** Content script of a page about one session: inject the inline editor's script into its own frame. */
  z.object({ type: z.literal('page/load-editor') }),
  /** Content script (its own conference only) or extension page: change some fields of one annotation. */
  z.object({
    type: z.literal('annotation/patch'),
    key: SessionKey,
    patch: AnnotationPatch,
    entry: ScheduleEntry.optional(),
    base: PatchBase.optional(),
  }),
  // ── Planning (issue 7). Extension pages only, except page/open-note.
  z.object({ type: z.literal('annotations/bulk'), keys: z.array(SessionKey).min(1).max(50_000), change: BulkChange }),
  /** Renames one tag, or merges several into `to`. */
  z.object({ type: z.literal('tags/rename'), from: z.array(Tag).min(1).max(200), to: Tag }),
  z.object({
    type: z.literal('plan/choose'),
    chosen: PlanRef,
    setAside: z.array(PlanRef).min(1).max(200),
    mode: z.enum(['alternative', 'unstar']),
    watchLater: z.boolean(),
  }),
  z.object({ type: z.literal('own/put'), item: OwnItem }),
  z.object({ type: z.literal('own/delete'), id: OwnItemId }),
  /** Puts back what the change answered with this undo id did: the rows as they were before it, at once. */
  z.object({ type: z.literal('undo/apply'), id: z.uuid() }),
  /** Content script (its own conference only): open the popup on this session's note. */
  z.object({ type: z.literal('page/open-note'), key: SessionKey }),
  /** Extension page only: these conferences changed in bulk (an import); the background re-reads and tells their tabs. */
  z.object({ type: z.literal('annotations/changed'), conferences: z.array(ConferenceId).max(10_000) }),
  // ── Colleagues' shared picks (issue 8). A tab may only name its own conference; files come from extension pages.
  /**
   * Content script of a tab opened on a share link: the background reads the link from the tab's URL (never from
   * this message) and asks the user in an extension window. The page's fragment is cleared once this is answered.
   */
  z.object({ type: z.literal('colleagues/offer') }),
  /** Extension pages only: what a link or file holds, before anything is stored. */
  z.object({ type: z.literal('colleagues/preview'), source: ShareSource }),
  /** Extension pages only, once the user accepted there: stores the picks as that colleague's layer. */
  z.object({ type: z.literal('colleagues/accept'), source: ShareSource }),
  /** Content script: the shown layers of its own conference. */
  z.object({ type: z.literal('colleagues/layers') }),
  z.object({ type: z.literal('colleagues/hide'), id: z.string().max(200), hidden: z.boolean() }),
  z.object({ type: z.literal('colleagues/remove'), id: z.string().max(200) }),
  /** Copies a layer's picks (these keys, or all) into the user's own annotations. */
  z.object({ type: z.literal('colleagues/copy'), id: z.string().max(200), keys: z.array(SessionKey).min(1).max(5_000).optional() }),
  // ── Sync through WebDAV (issue 15). Extension pages only.
  z.object({ type: z.literal('sync/now') }),
  /** Tries the server with these settings (not yet saved): says in words what is wrong. */
  z.object({ type: z.literal('sync/test'), settings: SyncSettings }),
  z.object({ type: z.literal('sync/create-folder'), settings: SyncSettings }),
  // ── Schedule changes (issue 14). Extension pages only.
  /** Dismisses recorded changes: they leave the marks and lists, and stay in each session's history. */
  z.object({ type: z.literal('changes/dismiss'), ids: z.array(z.number().int().nonnegative()).min(1).max(50_000) }),
  // ── Schedules embedded in other sites (issue 21).
  /** Content script: the event the user bound its site to, if any (the site is the sender's, never named here). */
  z.object({ type: z.literal('page/embed') }),
  /**
   * Extension page only, on the user's confirmation: binds the site tab `tabId` is on (the browser's word) to the event
   * at `eventUrl`, which the popup showed the user. The event's id is read from that address, never taken from a page.
   */
  z.object({ type: z.literal('embeds/bind'), tabId: z.number().int().nonnegative(), platform: z.enum(['pretalx', 'sessionize']), eventUrl: HttpUrl }),
  /** Extension page only: the site's pages belong to no event again. */
  z.object({ type: z.literal('embeds/unbind'), site: SiteOrigin }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type BackgroundType = BackgroundRequest['type'];
export type RequestOf<T extends BackgroundType> = Extract<BackgroundRequest, { type: T }>;

/** What an event's own data adds to its pages: the zone and every session with exact times. */
export interface EventSessions {
  timeZone?: string;
  entries: ScheduleEntry[];
  /** The address the whole event's data was read from (kept by the background, which records what it lacks). */
  source?: string;
}

export interface BackgroundResponses {
  'page/annotations': Annotation[];
  'page/event-sessions': EventSessions;
  'page/load-editor': null;
  /**
   * `renamed`: keys the page showed → the key their session is stored under (when another). `changes`: per session
   * of the conference with changes not yet dismissed, what its mark says ("Moved: was Tue 10:00 CET, now …").
   */
  'page/seen': { stored: number; renamed: Record<string, string>; changes: Record<string, string> };
  'annotation/patch': Annotation;
  'annotations/bulk': Undoable<{ changed: number }>;
  'tags/rename': Undoable<{ changed: number }>;
  'plan/choose': Undoable<{ changed: number }>;
  'own/put': OwnItem;
  'own/delete': Undoable<object>;
  'undo/apply': { restored: number };
  'page/open-note': null;
  'annotations/changed': { pushed: number };
  'colleagues/offer': null;
  'colleagues/preview': SharePreview;
  'colleagues/accept': ShareStored;
  'colleagues/layers': ColleagueLayer[];
  'colleagues/hide': null;
  'colleagues/remove': Undoable<object>;
  'colleagues/copy': { changed: number };
  /** null: no server set. */
  'sync/now': SyncStatus | null;
  'sync/test': ConnectionTest;
  'sync/create-folder': ConnectionTest;
  'changes/dismiss': { dismissed: number };
  'page/embed': EmbedBinding | null;
  'embeds/bind': EmbedBinding;
  'embeds/unbind': null;
}

/** A change that can be taken back for a while: `undo` is the id to send in `undo/apply`. */
export type Undoable<T> = T & { undo: string };

/** Every answer is a result: `Error` objects do not survive structured cloning in every browser. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: errorMessage(error) };
}
