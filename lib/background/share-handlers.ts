import type { Runtime } from 'webextension-polyfill';
import type { TalkmarksDb } from '../db/database';
import type { BackgroundType } from '../protocol/messages';
import { type Annotation } from '../model/schema';
import type { SharedPicks } from '../model/shared-picks';
import { layerId, layerOf } from '../model/colleague';
import { colleagueLayer, removeLayer, setLayerHidden, storeLayer, copyPicks } from '../db/colleagues';
import { unpackShare } from '../share/pack';
import type { SharePreview, ShareSource } from '../protocol/share-messages';
import { shownLayers } from './push-layers';
import type { Handlers } from './router';
import { refuse, refusals, senderGuards } from './senders';
import { eventOf, conferenceOf } from '../model/keys';

type ShareType = Extract<BackgroundType, `colleagues/${string}`>;

export interface ShareDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  push: (annotations: Annotation[]) => Promise<void>;
  /** Tells the tabs of a conference its shown layers changed. */
  pushLayers: (db: TalkmarksDb, conference: string) => Promise<void>;
  now?: () => number;
}

/**
 * Colleagues' picks. A schedule tab may only offer (and mark, and copy from) picks of the conference its own frame
 * shows; files, hiding and removing are for the extension's pages. The picks are decoded and validated here,
 * whatever the tab already did: the payload is data from a link, never trusted.
 */
export function createShareHandlers({ db, extensionOrigin, push, pushLayers, now = Date.now }: ShareDeps): Pick<Handlers, ShareType> {
  const { requirePage, scopeOf } = senderGuards(extensionOrigin);

  const read = async (source: ShareSource, sender: Runtime.MessageSender): Promise<SharedPicks> => {
    const scope = scopeOf(sender);
    if ('share' in source && scope) refuse(refusals.picksFileInTab);
    let share: SharedPicks;
    if ('token' in source) {
      const unpacked = await unpackShare(source.token);
      if (!unpacked.ok) throw new Error(`This Talkmarks link ${unpacked.error}. Nothing was changed.`);
      share = unpacked.share;
    } else share = source.share;
    if (scope && share.conference !== scope) refuse(refusals.linkOfOtherConference(share.conference, scope));
    return share;
  };

  const layerFor = async (id: string, sender: Runtime.MessageSender) => {
    const layer = await colleagueLayer(db(), id);
    const scope = scopeOf(sender);
    if (!layer || (scope && layer.conference !== scope)) refuse(refusals.noSuchLayer);
    return layer;
  };

  return {
    'colleagues/preview': async ({ source }, sender): Promise<SharePreview> => {
      const share = await read(source, sender);
      const [existing, conference] = await Promise.all([
        colleagueLayer(db(), layerId(share.conference, share.sharer)),
        db().conferences.get(share.conference),
      ]);
      return {
        conference: share.conference,
        conferenceName: conference?.name ?? share.conferenceName ?? eventOf(share.conference),
        name: share.from,
        count: share.picks.length,
        sharedAt: share.sharedAt,
        include: share.include,
        ...(existing ? { existing: { name: existing.name, count: existing.picks.length, sharedAt: existing.sharedAt } } : {}),
      };
    },
    'colleagues/accept': async ({ source }, sender) => {
      const share = await read(source, sender);
      const before = await colleagueLayer(db(), layerId(share.conference, share.sharer));
      const layer = await storeLayer(db(), layerOf(share, now()));
      await pushLayers(db(), layer.conference);
      return { id: layer.id, count: layer.picks.length, replaced: !!before };
    },
    'colleagues/layers': async (_payload, sender) => {
      const scope = scopeOf(sender);
      if (!scope) refuse(refusals.notSchedulePage);
      return shownLayers(db(), scope);
    },
    'colleagues/hide': async ({ id, hidden }, sender) => {
      requirePage(sender);
      const layer = await setLayerHidden(db(), id, hidden);
      if (layer) await pushLayers(db(), layer.conference);
      return null;
    },
    'colleagues/remove': async ({ id }, sender) => {
      requirePage(sender);
      const layer = await removeLayer(db(), id);
      if (layer) await pushLayers(db(), layer.conference);
      return null;
    },
    'colleagues/copy': async ({ id, keys }, sender) => {
      const layer = await layerFor(id, sender);
      if (keys?.some((k) => conferenceOf(k) !== layer.conference)) refuse(refusals.keysOfOtherConference(layer.conference));
      const changed = await copyPicks(db(), layer, keys, now());
      if (changed.length) await push(changed);
      return { changed: changed.length };
    },
  };
}
