import type { Runtime } from 'webextension-polyfill';
import { adapterFor } from '../adapters';
import { eventOf } from '../model/keys';
import { onOrigin } from '../model/on-origin';
import type { Conference, ScheduleEntry } from '../model/schema';
import { embedBindingAt } from './embed-bindings';

/**
 * What a page reports, tied to where the browser says the page is: a compromised renderer can send any message, but
 * cannot lie about its frame's URL. Callers have checked that the sender is a schedule tab.
 */
const pageOf = (sender: Runtime.MessageSender) => new URL(sender.url!);

/** The conference's id, platform, event and address come from the sender's URL; only its name and zone (shown, never followed) from the page. */
export function boundConference(conference: Conference, sender: Runtime.MessageSender): Conference {
  const page = pageOf(sender);
  const binding = embedBindingAt(page.href);
  if (binding) {
    // An embed's event, as the user confirmed it; a Sessionize event's home is the page that shows it.
    const url = binding.platform === 'pretalx' ? binding.eventUrl : binding.page;
    const zone = conference.timeZone ? { timeZone: conference.timeZone } : {};
    return { id: binding.conference, platform: binding.platform, event: eventOf(binding.conference), name: conference.name, url, ...zone };
  }
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

/**
 * Entries with their address kept only on the sender's own origin (see onOrigin), or, for a pretalx event embedded
 * in the sender's site, the event's own origin, where its talks live.
 */
export function onSenderOrigin(entries: readonly ScheduleEntry[], sender: Runtime.MessageSender) {
  const binding = embedBindingAt(sender.url);
  const origin = binding?.platform === 'pretalx' ? new URL(binding.eventUrl).origin : pageOf(sender).origin;
  return onOrigin(entries, origin);
}
