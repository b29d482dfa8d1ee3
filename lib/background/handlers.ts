import type { Runtime } from 'webextension-polyfill';
import { annotationsOf, patchAnnotation, recordSeen } from '../annotations';
import type { TalkmarksDb } from '../db';
import type { Handlers } from './router';
import { conferenceOf, type Annotation } from '../model';
import { isExtensionPage, senderConference } from './senders';
import { createPlanHandlers, type PlanDeps } from './plan-handlers';
import { openNoteInPopup } from './open-note';
import { createShareHandlers, type ShareDeps } from './share-handlers';
import { pushLayersToTabs } from './push-layers';

export interface BackgroundDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  /** Tells every tab showing these sessions' schedules what changed. */
  push: (annotations: Annotation[]) => Promise<void>;
  openNote?: PlanDeps['openNote'];
  pushLayers?: ShareDeps['pushLayers'];
}

function requireTabConference(sender: Runtime.MessageSender): string {
  const conference = senderConference(sender);
  if (!conference) throw new Error('Refused: this request must come from a schedule page');
  return conference;
}

export function createHandlers({ db, extensionOrigin, push, openNote = openNoteInPopup, pushLayers = pushLayersToTabs }: BackgroundDeps): Handlers {
  return {
    ...createPlanHandlers({ db, extensionOrigin, push, openNote }),
    ...createShareHandlers({ db, extensionOrigin, push, pushLayers }),
    'page/annotations': async (_payload, sender) => annotationsOf(db(), requireTabConference(sender)),

    'page/seen': async ({ conference, entries }, sender) => {
      const own = requireTabConference(sender);
      if (conference.id !== own || entries.some((e) => e.conference !== own)) {
        throw new Error(`Refused: a page of ${own} can only record sessions of ${own}`);
      }
      return { stored: await recordSeen(db(), conference, entries) };
    },

    'annotation/patch': async ({ key, patch, entry, base }, sender) => {
      const conference = conferenceOf(key);
      if (!isExtensionPage(sender, extensionOrigin)) {
        const own = requireTabConference(sender);
        if (conference !== own) throw new Error(`Refused: a page of ${own} cannot change ${key}`);
      }
      if (entry && (entry.key !== key || entry.conference !== conference)) {
        throw new Error(`Refused: the entry sent with ${key} is another session`);
      }
      const annotation = await patchAnnotation(db(), key, conference, patch, entry, Date.now(), base);
      await push([annotation]);
      return annotation;
    },

    'annotations/changed': async ({ conferences }, sender) => {
      if (!isExtensionPage(sender, extensionOrigin)) throw new Error('Refused: only Talkmarks pages may announce bulk changes');
      // The payload only names conferences: what is pushed is read from the database, never taken from the message.
      const annotations = (await Promise.all([...new Set(conferences)].map((c) => annotationsOf(db(), c)))).flat();
      if (annotations.length) await push(annotations);
      return { pushed: annotations.length };
    },
  };
}
