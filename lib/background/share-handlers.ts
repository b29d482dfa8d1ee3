import type { Runtime } from 'webextension-polyfill';
import type { TalkmarksDb } from '../db/database';
import type { BackgroundType } from '../protocol/messages';
import { type Annotation } from '../model/schema';
import type { SharedPicks } from '../model/shared-picks';
import { layerId, layerOf } from '../model/colleague';
import { colleagueLayer, removeLayer, setLayerHidden, storeLayer, copyPicks } from '../db/colleagues';
import { unpackShare } from '../share/pack';
import type { SharePreview, ShareSource } from '../share/protocol';
import { shownLayers } from './push-layers';
import type { Handlers } from './router';
import { isExtensionPage, senderConference } from './senders';
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
  const requirePage = (sender: Runtime.MessageSender) => {
    if (!isExtensionPage(sender, extensionOrigin)) throw new Error('Refused: only Talkmarks pages may do this');
  };
  /** The conference a tab may touch, or undefined for an extension page (any). */
  const scopeOf = (sender: Runtime.MessageSender): string | undefined => {
    if (isExtensionPage(sender, extensionOrigin)) return undefined;
    const own = senderConference(sender);
    if (!own) throw new Error('Refused: this request must come from a schedule page');
    return own;
  };

  const read = async (source: ShareSource, sender: Runtime.MessageSender): Promise<SharedPicks> => {
    const scope = scopeOf(sender);
    if ('share' in source && scope) throw new Error('Refused: picks files are opened on the Talkmarks dashboard');
    let share: SharedPicks;
    if ('token' in source) {
      const unpacked = await unpackShare(source.token);
      if (!unpacked.ok) throw new Error(`This Talkmarks link ${unpacked.error}. Nothing was changed.`);
      share = unpacked.share;
    } else share = source.share;
    if (scope && share.conference !== scope) {
      throw new Error(`This link holds picks for ${share.conference}, not for this schedule (${scope}). Nothing was changed.`);
    }
    return share;
  };

  const layerFor = async (id: string, sender: Runtime.MessageSender) => {
    const layer = await colleagueLayer(db(), id);
    const scope = scopeOf(sender);
    // A tab asking about another conference's layer learns nothing, not even whether it exists.
    if (!layer || (scope && layer.conference !== scope)) throw new Error('No such colleague layer here');
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
      if (!scope) throw new Error('Refused: this request must come from a schedule page');
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
      if (keys?.some((k) => conferenceOf(k) !== layer.conference)) throw new Error(`Refused: keys of another conference than ${layer.conference}`);
      const changed = await copyPicks(db(), layer, keys, now());
      if (changed.length) await push(changed);
      return { changed: changed.length };
    },
  };
}
