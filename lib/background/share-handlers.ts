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
import { refuse, refusals, senderGuards, tabConference } from './senders';
import { eventOf, conferenceOf } from '../model/keys';
import { shareFragment } from '../share/fragment';
import { newOfferId, sessionOffers, type ShareOffers } from './share-offers';
import { withUndo } from '../db/undo';
import type { UndoStore } from './undo-store';

type ShareType = Extract<BackgroundType, `colleagues/${string}`>;

export interface ShareDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  push: (annotations: Annotation[]) => Promise<void>;
  /** Tells the tabs of a conference its shown layers changed. */
  pushLayers: (db: TalkmarksDb, conference: string) => Promise<void>;
  now?: () => number;
  /** Share links waiting for the user's answer in the extension's window (tests give their own). */
  offers?: ShareOffers;
  /** Removing a layer can be undone for a while: its snapshot waits here. */
  undo: UndoStore;
}

/**
 * Colleagues' picks. A schedule tab may only say that its URL holds a share link (which the background reads from
 * the URL the browser reports), mark the picks of its own conference and copy from them. Only the extension's pages
 * preview and accept, so the question is asked where no page script can hide it or answer it. The picks are decoded
 * and validated here: a link or file is data, never trusted.
 */
export function createShareHandlers({ db, extensionOrigin, push, pushLayers, undo, now = Date.now, offers = sessionOffers }: ShareDeps): Pick<Handlers, ShareType> {
  const { requirePage, scopeOf } = senderGuards(extensionOrigin);

  const read = async (source: ShareSource, sender: Runtime.MessageSender): Promise<SharedPicks> => {
    requirePage(sender, refusals.shareAnsweredInTalkmarks);
    if ('share' in source) return source.share;
    const offer = (await offers.get(source.offer)) ?? refuse(refusals.noSuchOffer);
    if ('error' in offer.link) throw new Error(`${offer.link.error} Nothing was changed.`);
    const unpacked = await unpackShare(offer.link.token);
    if (!unpacked.ok) throw new Error(`This Talkmarks link ${unpacked.error}. Nothing was changed.`);
    const share = unpacked.share;
    if (share.conference !== offer.conference) refuse(refusals.linkOfOtherConference(share.conference, offer.conference));
    return share;
  };

  const layerFor = async (id: string, sender: Runtime.MessageSender) => {
    const layer = await colleagueLayer(db(), id);
    const scope = scopeOf(sender);
    if (!layer || (scope && layer.conference !== scope)) refuse(refusals.noSuchLayer);
    return layer;
  };

  return {
    'colleagues/offer': async (_payload, sender) => {
      const conference = tabConference(sender);
      const link = shareFragment(new URL(sender.url!).hash) ?? refuse(refusals.noShareLink);
      await offers.open({ id: newOfferId(), conference, link, at: now() });
      return null;
    },
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
      // A link is answered once: the window's Accept cannot store it twice, nor another window replay it.
      if ('offer' in source) await offers.remove(source.offer);
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
      const { result: layer, snapshot } = await withUndo(db(), { colleagues: [id] }, () => removeLayer(db(), id));
      if (layer) await pushLayers(db(), layer.conference);
      return { undo: undo.keep(snapshot) };
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
