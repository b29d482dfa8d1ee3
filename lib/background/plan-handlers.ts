import { applyBulk } from '../db/bulk';
import type { TalkmarksDb } from '../db/database';
import type { BackgroundType } from '../protocol/messages';
import { type Annotation } from '../model/schema';
import { deleteOwnItem, putOwnItem } from '../db/own-items';
import { chooseInClash } from '../db/plan-choose';
import { renameTags } from '../db/tags';
import type { Handlers } from './router';
import { refuse, refusals, senderGuards, senderTab } from './senders';
import { conferenceOf } from '../model/keys';

type PlanType = Extract<BackgroundType, 'annotations/bulk' | 'tags/rename' | 'plan/choose' | 'own/put' | 'own/delete' | 'page/open-note'>;

export interface PlanDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  push: (annotations: Annotation[]) => Promise<void>;
  /** Opens the popup of a tab on one session's note. */
  openNote: (tab: { id: number; windowId?: number }, key: string) => Promise<void>;
}

/** Planning requests. All but page/open-note change many records, so only the extension's own pages may send them. */
export function createPlanHandlers({ db, extensionOrigin, push, openNote }: PlanDeps): Pick<Handlers, PlanType> {
  const { requirePage } = senderGuards(extensionOrigin);
  const pushed = async (annotations: Annotation[]) => {
    if (annotations.length) await push(annotations);
    return { changed: annotations.length };
  };
  return {
    'annotations/bulk': async ({ keys, change }, sender) => (requirePage(sender), pushed(await applyBulk(db(), keys, change))),
    'tags/rename': async ({ from, to }, sender) => (requirePage(sender), pushed(await renameTags(db(), from, to))),
    'plan/choose': async ({ chosen, setAside, mode, watchLater }, sender) => {
      requirePage(sender);
      return pushed(await chooseInClash(db(), chosen, setAside, { mode, watchLater }));
    },
    'own/put': async ({ item }, sender) => (requirePage(sender), putOwnItem(db(), item)),
    'own/delete': async ({ id }, sender) => (requirePage(sender), await deleteOwnItem(db(), id), null),
    'page/open-note': async ({ key }, sender) => {
      const { conference: own, tab } = senderTab(sender);
      if (conferenceOf(key) !== own) refuse(refusals.opensOtherConference(own, key));
      await openNote(tab, key);
      return null;
    },
  };
}
