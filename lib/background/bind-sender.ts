import type { Runtime } from 'webextension-polyfill';
import { adapterFor } from '../adapters';
import { eventOf } from '../model/keys';
import { onOrigin } from '../model/on-origin';
import type { Conference, ScheduleEntry } from '../model/schema';

/**
 * What a page reports, tied to where the browser says the page is: a compromised renderer can send any message, but
 * cannot lie about its frame's URL. Callers have checked that the sender is a schedule tab.
 */
const pageOf = (sender: Runtime.MessageSender) => new URL(sender.url!);

/** The conference's id, platform, event and address come from the sender's URL; only its name and zone (shown, never followed) from the page. */
export function boundConference(conference: Conference, sender: Runtime.MessageSender): Conference {
  const page = pageOf(sender);
  const adapter = adapterFor(page)!;
  const id = adapter.conferenceId(page);
  return {
    id,
    platform: adapter.platform,
    event: eventOf(id),
    name: conference.name,
    url: adapter.conferenceUrl(page),
    ...(conference.timeZone ? { timeZone: conference.timeZone } : {}),
  };
}

/** Entries with their address kept only on the sender's own origin (see onOrigin). */
export function onSenderOrigin(entries: readonly ScheduleEntry[], sender: Runtime.MessageSender) {
  return onOrigin(entries, pageOf(sender).origin);
}
