import { z } from 'zod';
import { Annotation, AnnotationPatch, Conference, ScheduleEntry, SessionKey } from './model';

/** Requests the background answers. The sender decides what a request may touch, never the payload. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** Content script: the annotations of the conference its tab shows. */
  z.object({ type: z.literal('page/annotations') }),
  /** Content script: the entries its page shows, kept as last seen. */
  z.object({ type: z.literal('page/seen'), conference: Conference, entries: z.array(ScheduleEntry).max(50_000) }),
  /** Content script (its own conference only) or extension page: change some fields of one annotation. */
  z.object({
    type: z.literal('annotation/patch'),
    key: SessionKey,
    patch: AnnotationPatch,
    entry: ScheduleEntry.optional(),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type BackgroundType = BackgroundRequest['type'];
export type RequestOf<T extends BackgroundType> = Extract<BackgroundRequest, { type: T }>;

export interface BackgroundResponses {
  'page/annotations': Annotation[];
  /** `renamed`: keys the page showed → the key their session is stored under (when another). */
  'page/seen': { stored: number; renamed: Record<string, string> };
  'annotation/patch': Annotation;
}

/** Messages a content script answers, sent by the extension to its tab. */
export const TabRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/entries') }),
  z.object({
    type: z.literal('tab/annotations'),
    annotations: z.array(Annotation),
    /** Keys now known to be another key's session: the tab moves their controls over. */
    renamed: z.record(SessionKey, SessionKey).optional(),
  }),
]);
export type TabRequest = z.infer<typeof TabRequest>;

export const TabEntries = z.object({ conference: Conference, entries: z.array(ScheduleEntry), focus: SessionKey.optional() });
export type TabEntries = z.infer<typeof TabEntries>;

export interface TabResponses {
  'tab/entries': TabEntries;
  'tab/annotations': null;
}

/** Every answer is a result: `Error` objects do not survive structured cloning in every browser. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
