import { adapterFor } from '../adapters';
import { pretalxBase, pretalxEventUrl } from '../adapters/pretalx/url';
import type { EmbedBinding } from '../model/embed';
import type { EventSessions } from '../protocol/messages';
import type { FetchText } from '../util/fetch-text';
import { parsePretalxWidget } from '../schedules/pretalx-widget';
import { parseSessionize } from '../schedules/sessionize';

/** The most an event's published sessions may weigh: a 2,000-talk pretalx event's widget JSON is under 2 MB. */
export const EVENT_DATA_MAX_BYTES = 10 * 1024 * 1024;

/**
 * An embedded event's sessions, from the address the user confirmed (both platforms serve them to other origins). Both
 * list the whole event, so they are evidence of a removal like pretalx's own page (`source`).
 */
async function boundSessions(binding: EmbedBinding, read: FetchText): Promise<EventSessions> {
  if (binding.platform === 'sessionize') {
    const parsed = parseSessionize(await read(binding.eventUrl, EVENT_DATA_MAX_BYTES), { address: binding.eventUrl });
    return { timeZone: parsed.zone.timeZone, entries: parsed.entries, source: binding.eventUrl };
  }
  const address = new URL('schedule/widget/v2.json', binding.eventUrl).href;
  const parsed = parsePretalxWidget(await read(address, EVENT_DATA_MAX_BYTES), { address });
  return { timeZone: parsed.zone.timeZone, entries: parsed.entries, source: address };
}

/**
 * The sessions the event of a page publishes, from the page's own site: for pretalx, `<event>/schedule/widget/v2.json`
 * (what its schedule component renders); on a site bound to an embedded event, that event's. The address comes from
 * the tab's URL and the user's binding, never from the page's message.
 */
export async function eventSessions(page: URL, read: FetchText, binding?: EmbedBinding): Promise<EventSessions> {
  if (binding) return boundSessions(binding, read);
  const base = pretalxBase(page);
  if (adapterFor(page)?.platform !== 'pretalx' || !base) return { entries: [] };
  const address = new URL('schedule/widget/v2.json', pretalxEventUrl(page, base)).href;
  const parsed = parsePretalxWidget(await read(address, EVENT_DATA_MAX_BYTES), { address });
  return { timeZone: parsed.zone.timeZone, entries: parsed.entries, source: address };
}
