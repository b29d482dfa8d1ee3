import type { BackgroundType } from '../protocol/messages';
import { createFolder, testConnection } from '../sync/connection';
import type { SyncStatus } from '../model/sync';
import type { Handlers } from './router';
import { senderGuards } from './senders';

type SyncType = Extract<BackgroundType, `sync/${string}`>;

/** Sync settings and Sync now: the extension's own pages only (the dashboard); a schedule tab is refused. */
export function createSyncHandlers(extensionOrigin: string, runSync: () => Promise<SyncStatus | null>): Pick<Handlers, SyncType> {
  const { requirePage } = senderGuards(extensionOrigin);
  return {
    'sync/now': async (_payload, sender) => {
      requirePage(sender);
      return runSync();
    },
    'sync/test': async ({ settings }, sender) => {
      requirePage(sender);
      return testConnection(settings);
    },
    'sync/create-folder': async ({ settings }, sender) => {
      requirePage(sender);
      return createFolder(settings);
    },
  };
}
