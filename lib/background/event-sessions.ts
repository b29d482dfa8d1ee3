import { adapterFor } from '../adapters';
import { pretalxBase, pretalxEventUrl } from '../adapters/pretalx/url';
import type { EventSessions } from '../protocol/messages';
import type { FetchText } from '../util/fetch-text';
import { parsePretalxWidget } from '../schedules/pretalx-widget';

/**
 * The sessions the event of a page publishes, from the page's own site: for pretalx, `<event>/schedule/widget/v2.json`
 * (what its schedule component renders). The address comes from the tab's URL, never from the page's message.
 */
export async function eventSessions(page: URL, read: FetchText): Promise<EventSessions> {
  const base = pretalxBase(page);
  if (adapterFor(page)?.platform !== 'pretalx' || !base) return { entries: [] };
  const address = new URL('schedule/widget/v2.json', pretalxEventUrl(page, base)).href;
  const parsed = parsePretalxWidget(await read(address), { address });
  return { timeZone: parsed.zone.timeZone, entries: parsed.entries, source: address };
}
