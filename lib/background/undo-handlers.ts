import type { TalkmarksDb } from '../db/database';
import { restoreSnapshot } from '../db/undo';
import type { Annotation } from '../model/schema';
import type { Handlers } from './router';
import { senderGuards } from './senders';
import type { UndoStore } from './undo-store';

export interface UndoDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  undo: UndoStore;
  push: (annotations: Annotation[]) => Promise<void>;
  pushLayers: (db: TalkmarksDb, conference: string) => Promise<void>;
}

export const tooLateToUndo = 'Too late to undo: Talkmarks no longer holds what this change replaced. Nothing was changed.';

/** Undo, from the extension's own pages only: the rows named by an id the background gave out, put back at once. */
export function createUndoHandlers({ db, extensionOrigin, undo, push, pushLayers }: UndoDeps): Pick<Handlers, 'undo/apply'> {
  const { requirePage } = senderGuards(extensionOrigin);
  return {
    'undo/apply': async ({ id }, sender) => {
      requirePage(sender);
      const snapshot = undo.take(id);
      if (!snapshot) throw new Error(tooLateToUndo);
      const restored = await restoreSnapshot(db(), snapshot);
      if (restored.annotations.length) await push(restored.annotations);
      await Promise.all(restored.layerConferences.map((c) => pushLayers(db(), c)));
      return { restored: restored.rows };
    },
  };
}
