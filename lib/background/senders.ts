import type { Runtime } from 'webextension-polyfill';
import { conferenceIdFor } from '../adapters';

/** An extension page (popup, dashboard), whether or not it sits in a tab: its URL is in our origin. */
export function isExtensionPage(sender: Runtime.MessageSender, extensionOrigin: string): boolean {
  return !!sender.url && sender.url.startsWith(extensionOrigin);
}

/** The conference a content script's own frame shows, read from the frame's URL that the browser reports. */
export function senderConference(sender: Runtime.MessageSender): string | undefined {
  if (!sender.tab || !sender.url) return undefined;
  try {
    return conferenceIdFor(new URL(sender.url));
  } catch {
    return undefined;
  }
}
