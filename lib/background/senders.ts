import type { Runtime } from 'webextension-polyfill';
import { conferenceAt } from './tabs-showing';

/**
 * Who may ask the background what, decided from the `sender` the browser reports and never from the message: every
 * sender guard, and every text a refused request answers with, is here. Pages and tests match on these texts.
 */
type Sender = Runtime.MessageSender;

export const refusals = {
  notSchedulePage: 'Refused: this request must come from a schedule page',
  notFrameOfTab: 'Refused: this request must come from a frame of a tab',
  notExtensionPage: 'Refused: only Talkmarks pages may do this',
  bulkNotFromExtensionPage: 'Refused: only Talkmarks pages may announce bulk changes',
  shareAnsweredInTalkmarks: 'Refused: shared picks are previewed and accepted only in Talkmarks’ own window',
  noShareLink: 'Refused: this page’s address holds no Talkmarks link',
  noSuchOffer: 'This link was already answered, or was opened too long ago: open it again. Nothing was changed.',
  recordsOtherConference: (own: string) => `Refused: a page of ${own} can only record sessions of ${own}`,
  changesOtherConference: (own: string, key: string) => `Refused: a page of ${own} cannot change ${key}`,
  opensOtherConference: (own: string, key: string) => `Refused: a page of ${own} cannot open ${key}`,
  entryOfAnotherSession: (key: string) => `Refused: the entry sent with ${key} is another session`,
  keysOfOtherConference: (conference: string) => `Refused: keys of another conference than ${conference}`,
  /** A tab offered a link to picks of another conference than its own. */
  linkOfOtherConference: (conference: string, own: string) =>
    `This link holds picks for ${conference}, not for this schedule (${own}). Nothing was changed.`,
  /** A tab asking about another conference's layer learns nothing, not even whether it exists. */
  noSuchLayer: 'No such colleague layer here',
  /** Embedded schedules (see embed-handlers.ts). */
  noEmbedSite: 'Refused: that tab shows no site an embedded schedule can be bound to',
  noEmbeddedEvent: (address: string) => `Refused: ${address} is no pretalx event or Sessionize embed on another site`,
  siteNotGranted: (host: string) => `Refused: Talkmarks may not read ${host}; choose “Annotate this site” first`,
} as const;

/** Ends a request with one of the texts above. */
export function refuse(text: string): never {
  throw new Error(text);
}

/** A message of this extension at all; another extension's, or a web page's, gets no answer. */
export function fromThisExtension(sender: Sender, runtimeId: string): boolean {
  return sender.id === runtimeId;
}

/** An extension page (popup, dashboard), whether or not it sits in a tab: its URL is in our origin. */
export function isExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return !!sender.url && sender.url.startsWith(extensionOrigin);
}

/** The conference a content script's own frame shows, read from the frame's URL that the browser reports. */
export function senderConference(sender: Sender): string | undefined {
  return sender.tab ? conferenceAt(sender.url) : undefined;
}

/** The conference of the schedule tab that sent the request; anything else is refused. */
export function tabConference(sender: Sender): string {
  return senderConference(sender) ?? refuse(refusals.notSchedulePage);
}

/** The schedule tab that sent the request, for requests that act on the tab itself. */
export function senderTab(sender: Sender): { conference: string; tab: { id: number; windowId?: number } } {
  const conference = senderConference(sender);
  if (!conference || sender.tab?.id === undefined) refuse(refusals.notSchedulePage);
  return { conference, tab: { id: sender.tab.id, windowId: sender.tab.windowId } };
}

/**
 * The one frame of a schedule tab that sent the request: a request that names no tab can point at no other. With
 * the sender's document where the browser names it (Chrome does, Firefox does not), which a navigation of the frame
 * cannot move to another page.
 */
export function senderFrame(sender: Sender): { conference: string; tabId: number; frameId: number; documentId?: string } {
  const conference = tabConference(sender);
  if (sender.tab?.id === undefined || sender.frameId === undefined) refuse(refusals.notFrameOfTab);
  return { conference, tabId: sender.tab.id, frameId: sender.frameId, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
}

/** The guards that compare a sender with the extension's own origin (tests give their own). */
export function senderGuards(extensionOrigin: string) {
  const isPage = (sender: Sender) => isExtensionPage(sender, extensionOrigin);
  return {
    isPage,
    /** Only the extension's own pages may; anyone else is refused with `text`. */
    requirePage(sender: Sender, text: string = refusals.notExtensionPage): void {
      if (!isPage(sender)) refuse(text);
    },
    /** The conference a sender may touch: undefined (any) for an extension page, its own for a schedule tab; else refused. */
    scopeOf(sender: Sender): string | undefined {
      return isPage(sender) ? undefined : tabConference(sender);
    },
  };
}
