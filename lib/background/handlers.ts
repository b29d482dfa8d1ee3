import { annotationsOf, recordSeen } from '../db/annotations';
import type { TalkmarksDb } from '../db/database';
import { patchShownSession } from '../db/session-patch';
import type { Handlers } from './router';
import { type Annotation } from '../model/schema';
import type { FetchText } from '../util/fetch-text';
import { eventSessions } from './event-sessions';
import { refuse, refusals, senderFrame, senderGuards, tabConference } from './senders';
import { createPlanHandlers, type PlanDeps } from './plan-handlers';
import { openNoteInPopup } from './open-note';
import { createShareHandlers, type ShareDeps } from './share-handlers';
import { pushLayersToTabs } from './push-layers';
import { injectEditorScript, type FrameTarget } from './inject-editor';
import { conferenceOf } from '../model/keys';
import { createSeenBounds, type SeenBoundsOptions } from './seen-bounds';
import { createSyncHandlers } from './sync-handlers';
import type { SyncStatus } from '../model/sync';
import { changeMarks, recordRemovals } from '../db/changes';
import { createChangeHandlers, type ChangeDeps } from './change-handlers';
import { pushChangesToTabs } from './push-changes';
import { createUndoHandlers } from './undo-handlers';
import { createUndoStore, type UndoStore } from './undo-store';
import { createEmbedHandlers, type EmbedDeps } from './embed-handlers';
import { embedBindingAt } from './embed-bindings';

export interface BackgroundDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  /** Tells every tab showing these sessions' schedules what changed. */
  push: (annotations: Annotation[], renamed?: Record<string, string>) => Promise<void>;
  openNote?: PlanDeps['openNote'];
  /** Reads an address of a tab's own site (the event's published sessions). */
  fetchText: FetchText;
  pushLayers?: ShareDeps['pushLayers'];
  /** Share links waiting for the user's answer (session storage and a window, unless a test gives its own). */
  offers?: ShareDeps['offers'];
  /** Runs the session page editor's script in one frame (see inject-editor.ts). */
  injectEditor?: (target: FrameTarget) => Promise<void>;
  /** The clock and log of the caps and rate limit on what pages record (see seen-bounds.ts). */
  seenBounds?: SeenBoundsOptions;
  /** One sync with the user's WebDAV server (see sync-runner.ts); none in tests that do not sync. */
  runSync?: () => Promise<SyncStatus | null>;
  /** Repaints the change marks of a conference's tabs (see push-changes.ts). */
  pushChanges?: ChangeDeps['pushChanges'];
  /** Snapshots of undoable changes (memory of this background, unless a test gives its own). */
  undo?: UndoStore;
  /** Tabs, permissions and the telling of tabs for embedded schedules (the browser's, unless a test gives its own). */
  embeds?: Omit<EmbedDeps, 'db' | 'extensionOrigin'>;
}

export function createHandlers({
  db, extensionOrigin, push, fetchText, openNote = openNoteInPopup, pushLayers = pushLayersToTabs, injectEditor = injectEditorScript, offers, seenBounds,
  runSync = async () => null, pushChanges = pushChangesToTabs, undo = createUndoStore(), embeds = {},
}: BackgroundDeps): Handlers {
  const { requirePage, scopeOf } = senderGuards(extensionOrigin);
  const bounds = createSeenBounds(db, seenBounds);
  return {
    ...createPlanHandlers({ db, extensionOrigin, push, undo, openNote }),
    ...createShareHandlers({ db, extensionOrigin, push, pushLayers, undo, ...(offers ? { offers } : {}) }),
    ...createUndoHandlers({ db, extensionOrigin, undo, push, pushLayers }),
    ...createSyncHandlers(extensionOrigin, runSync),
    ...createChangeHandlers({ db, extensionOrigin, pushChanges }),
    ...createEmbedHandlers({ db, extensionOrigin, ...embeds }),
    'page/annotations': async (_payload, sender) => annotationsOf(db(), tabConference(sender)),

    'page/event-sessions': async (_payload, sender) => {
      const own = tabConference(sender);
      const { source, ...published } = await eventSessions(new URL(sender.url!), fetchText, embedBindingAt(sender.url));
      // The event's own data lists the whole event (read from the tab's own site, not from the page): a session it
      // lacks has left the schedule. An empty answer proves nothing.
      const mine = published.entries.filter((e) => e.conference === own);
      if (source && mine.length) {
        const removed = await recordRemovals(db(), own, new Set(mine.flatMap((e) => [e.key, ...e.aliases])), source);
        if (removed.length) await pushChanges(db(), own);
      }
      return published;
    },

    // Into the sender's own frame, as the browser reports it: the request names no tab, so it can point at no other.
    'page/load-editor': async (_payload, sender) => {
      const { conference: _conference, ...target } = senderFrame(sender);
      await injectEditor(target);
      return null;
    },

    'page/seen': async ({ conference, entries }, sender) => {
      const own = tabConference(sender);
      // Aliases too: a page claiming another schedule's key as an alias would pull that annotation over.
      const foreign = (key: string) => conferenceOf(key) !== own;
      if (conference.id !== own || entries.some((e) => e.conference !== own || foreign(e.key) || e.aliases.some(foreign))) {
        refuse(refusals.recordsOtherConference(own));
      }
      // Bound to the sender's URL and within the caps; what is refused is logged there.
      const { stored, renamed, merged, changes = 0 } = await bounds.record(sender, conference, entries, (c, e) => recordSeen(db(), c, e, Date.now(), sender.url));
      if (merged.length || Object.keys(renamed).length) await push(merged, renamed);
      // Other tabs of the schedule mark the change too; this one hears of it in the answer.
      if (changes) await pushChanges(db(), own).catch(() => undefined);
      return { stored, renamed, changes: await changeMarks(db(), own) };
    },

    'annotation/patch': async ({ key: shown, patch, entry, base }, sender) => {
      const conference = conferenceOf(shown);
      const own = scopeOf(sender);
      if (own && conference !== own) refuse(refusals.changesOtherConference(own, shown));
      if (entry && (entry.key !== shown || entry.conference !== conference || entry.aliases.some((a) => conferenceOf(a) !== conference))) {
        refuse(refusals.entryOfAnotherSession(shown));
      }
      // A session shown under one of its other ids is written where it is stored.
      const annotation = await patchShownSession(db(), shown, patch, entry && bounds.entry(sender, entry), Date.now(), base);
      await push([annotation], shown === annotation.key ? undefined : { [shown]: annotation.key });
      return annotation;
    },

    'annotations/changed': async ({ conferences }, sender) => {
      requirePage(sender, refusals.bulkNotFromExtensionPage);
      // The payload only names conferences: what is pushed is read from the database, never taken from the message.
      const annotations = (await Promise.all([...new Set(conferences)].map((c) => annotationsOf(db(), c)))).flat();
      if (annotations.length) await push(annotations);
      return { pushed: annotations.length };
    },
  };
}
