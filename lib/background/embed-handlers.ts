import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { pretalxEmbed, sessionizeEmbed } from '../adapters/embeds/read';
import { schedEvent } from '../adapters/sched/adapter';
import type { TalkmarksDb } from '../db/database';
import type { EmbedBinding } from '../model/embed';
import type { BackgroundType } from '../protocol/messages';
import { webUrl } from '../util/web-url';
import { bind, embedBindingAt, unbind } from './embed-bindings';
import type { Handlers } from './router';
import { refuse, refusals, senderGuards } from './senders';
import { sitePattern } from './site-scripts';

type EmbedType = Extract<BackgroundType, 'page/embed' | 'embeds/bind' | 'embeds/unbind'>;

export interface EmbedDeps {
  db: () => TalkmarksDb;
  extensionOrigin: string;
  /** The address of a tab, as the browser reports it. */
  tabUrl?: (tabId: number) => Promise<string | undefined>;
  /** Whether the user granted Talkmarks this site (`https://host/*`). */
  granted?: (pattern: string) => Promise<boolean>;
  /** Tells every open page that a site's binding changed (see `tellTabs`). */
  tellTabs?: () => Promise<void>;
}

/** Every tab with a Talkmarks script hears it; tabs without one, or of other sites, ignore it. */
export async function tellTabsEmbedsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, { type: 'tab/embed-changed' }).catch(() => undefined))));
}

const browserTabUrl = async (tabId: number) => (await browser.tabs.get(tabId).catch(() => undefined))?.url;
const browserGranted = (pattern: string) => browser.permissions.contains({ origins: [pattern] });

/** What a page may learn of its site's binding: only its own site's, from the URL the browser reports. */
function ownBinding(sender: Runtime.MessageSender): EmbedBinding | null {
  if (sender.tab?.id === undefined) refuse(refusals.notSchedulePage);
  return embedBindingAt(sender.url) ?? null;
}

/**
 * Binding a site to an embedded event is the user's act in the popup, never the page's: only extension pages bind
 * and unbind, the site is the tab's as the browser reports it, and the event's id is read from its address.
 */
export function createEmbedHandlers({
  db, extensionOrigin, tabUrl = browserTabUrl, granted = browserGranted, tellTabs = tellTabsEmbedsChanged,
}: EmbedDeps): Pick<Handlers, EmbedType> {
  const { requirePage } = senderGuards(extensionOrigin);
  return {
    'page/embed': async (_payload, sender) => ownBinding(sender),

    'embeds/bind': async ({ tabId, platform, eventUrl }, sender) => {
      requirePage(sender);
      const page = webUrl((await tabUrl(tabId)) ?? '');
      if (!page || schedEvent(page) !== undefined) refuse(refusals.noEmbedSite);
      const claim = platform === 'pretalx' ? pretalxEmbed(eventUrl, page) : sessionizeEmbed(eventUrl);
      if (!claim || new URL(claim.eventUrl).origin === page.origin) refuse(refusals.noEmbeddedEvent(eventUrl));
      if (!(await granted(sitePattern(page)!))) refuse(refusals.siteNotGranted(page.host));
      const binding: EmbedBinding = {
        site: page.origin,
        conference: claim.conference,
        platform,
        eventUrl: claim.eventUrl,
        label: claim.label,
        page: `${page.origin}${page.pathname}`,
        at: Date.now(),
      };
      await bind(db(), binding);
      await tellTabs();
      return binding;
    },

    'embeds/unbind': async ({ site }, sender) => {
      requirePage(sender);
      await unbind(db(), site);
      await tellTabs();
      return null;
    },
  };
}
