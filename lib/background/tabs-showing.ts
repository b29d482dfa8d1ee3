import { browser } from 'wxt/browser';
import { conferenceIdFor } from '../adapters';
import { embedBindingAt } from './embed-bindings';

/**
 * The conference a schedule address shows, as the background trusts it: from the address alone, or, on a site the
 * user bound to an event's embedded schedule, that event (the binding wins on its site).
 */
export function conferenceAt(address: string | undefined): string | undefined {
  if (!address || !URL.canParse(address)) return undefined;
  return embedBindingAt(address)?.conference ?? conferenceIdFor(new URL(address));
}

export interface ScheduleTab {
  id: number;
  conference: string;
}

/** Every open tab showing a schedule of one of these conferences; tabs without our script just ignore a message. */
export async function tabsShowing(conferences: string | ReadonlySet<string>): Promise<ScheduleTab[]> {
  const wanted = typeof conferences === 'string' ? new Set([conferences]) : conferences;
  const out: ScheduleTab[] = [];
  for (const tab of await browser.tabs.query({})) {
    const conference = conferenceAt(tab.url);
    if (tab.id !== undefined && conference && wanted.has(conference)) out.push({ id: tab.id, conference });
  }
  return out;
}
