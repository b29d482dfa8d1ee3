import { adapterFor } from '../adapters';
import { pretalxBase, pretalxEventUrl } from '../adapters/pretalx-url';
import type { EventSessions } from '../messages';
import { parsePretalxWidget } from '../schedules/pretalx-widget';

export type FetchText = (address: string) => Promise<string>;

/** Reads a URL as text with the extension's host access; errors say which address failed and why. */
export const fetchText: FetchText = async (address) => {
  const response = await fetch(address, { credentials: 'omit', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${address} answered ${response.status}`);
  return response.text();
};

/**
 * The sessions the event of a page publishes, from the page's own site: for pretalx, `<event>/schedule/widget/v2.json`
 * (what its schedule component renders). The address comes from the tab's URL, never from the page's message.
 */
export async function eventSessions(page: URL, read: FetchText): Promise<EventSessions> {
  const base = pretalxBase(page);
  if (adapterFor(page)?.platform !== 'pretalx' || !base) return { entries: [] };
  const address = new URL('schedule/widget/v2.json', pretalxEventUrl(page, base)).href;
  const parsed = parsePretalxWidget(await read(address), { address });
  return { timeZone: parsed.zone.timeZone, entries: parsed.entries };
}
