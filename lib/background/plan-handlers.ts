import { applyBulk } from '../db/bulk';
import type { TalkmarksDb } from '../db/database';
import type { BackgroundType } from '../protocol/messages';
import { type Annotation } from '../model/schema';
import { deleteOwnItem, putOwnItem } from '../db/own-items';
import { chooseInClash } from '../db/plan-choose';
import { renameTags, taggedKeys } from '../db/tags';
import { withUndo, type UndoSnapshot } from '../db/undo';
import type { PlanRef } from '../model/schema';
import type { UndoStore } from './undo-store';
import type { Handlers } from './router';
import { refuse, refusals, senderGuards, senderTab } from './senders';
import { conferenceOf } from '../model/keys';

type PlanType = Extract<BackgroundType, 'annotations/bulk' | 'tags/rename' | 'plan/choose' | 'own/put' | 'own/delete' | 'page/open-note'>;

const sessionKeys = (refs: readonly PlanRef[]) => refs.flatMap((r) => (r.kind === 'session' ? [r.key] : []));
const ownIds = (refs: readonly PlanRef[]) => refs.flatMap((r) => (r.kind === 'own' ? [r.id] : []));

export interface PlanDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  push: (annotations: Annotation[]) => Promise<void>;
  /** Where the snapshots of undoable changes wait for an Undo. */
  undo: UndoStore;
  /** Opens the popup of a tab on one session's note. */
  openNote: (tab: { id: number; windowId?: number }, key: string) => Promise<void>;
}

/** Planning requests. All but page/open-note change many records, so only the extension's own pages may send them. */
export function createPlanHandlers({ db, extensionOrigin, push, undo, openNote }: PlanDeps): Pick<Handlers, PlanType> {
  const { requirePage } = senderGuards(extensionOrigin);
  // Every change here is snapshotted first, in its own transaction, and answers with the id that undoes it.
  const pushed = async ({ result, snapshot }: { result: Annotation[]; snapshot: UndoSnapshot }) => {
    if (result.length) await push(result);
    return { changed: result.length, undo: undo.keep(snapshot) };
  };
  return {
    'annotations/bulk': async ({ keys, change }, sender) => {
      requirePage(sender);
      return pushed(await withUndo(db(), { annotations: keys }, () => applyBulk(db(), keys, change)));
    },
    'tags/rename': async ({ from, to }, sender) => {
      requirePage(sender);
      return pushed(await withUndo(db(), async () => ({ annotations: await taggedKeys(db(), from) }), () => renameTags(db(), from, to)));
    },
    'plan/choose': async ({ chosen, setAside, mode, watchLater }, sender) => {
      requirePage(sender);
      const refs = [chosen, ...setAside];
      const scope = { annotations: sessionKeys(refs), ownItems: ownIds(refs) };
      return pushed(await withUndo(db(), scope, () => chooseInClash(db(), chosen, setAside, { mode, watchLater })));
    },
    'own/put': async ({ item }, sender) => (requirePage(sender), putOwnItem(db(), item)),
    'own/delete': async ({ id }, sender) => {
      requirePage(sender);
      const { snapshot } = await withUndo(db(), { ownItems: [id] }, () => deleteOwnItem(db(), id));
      return { undo: undo.keep(snapshot) };
    },
    'page/open-note': async ({ key }, sender) => {
      const { conference: own, tab } = senderTab(sender);
      if (conferenceOf(key) !== own) refuse(refusals.opensOtherConference(own, key));
      await openNote(tab, key);
      return null;
    },
  };
}
