import type { TalkmarksDb } from '../db/database';
import { dismissChanges } from '../db/changes';
import type { Handlers } from './router';
import { refusals, senderGuards } from './senders';

export interface ChangeDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  /** Repaints the change marks of every tab showing the conference. */
  pushChanges: (db: TalkmarksDb, conference: string) => Promise<void>;
}

/** Dismissing recorded schedule changes: from the dashboard, the popup or the side panel only, never a page. */
export function createChangeHandlers({ db, extensionOrigin, pushChanges }: ChangeDeps): Pick<Handlers, 'changes/dismiss'> {
  const { requirePage } = senderGuards(extensionOrigin);
  return {
    'changes/dismiss': async ({ ids }, sender) => {
      requirePage(sender, refusals.notExtensionPage);
      const { dismissed, conferences } = await dismissChanges(db(), ids);
      await Promise.all(conferences.map((c) => pushChanges(db(), c)));
      return { dismissed };
    },
  };
}
