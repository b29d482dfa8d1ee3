import type { ScheduleEntry } from './schema';

/**
 * Entries with their address kept only on `origin`, the site of the page that showed them (a link elsewhere is
 * dropped, the rest of the entry kept), and how many lost it: a page can only vouch for its own site's addresses.
 */
export function onOrigin(entries: readonly ScheduleEntry[], origin: string): { entries: ScheduleEntry[]; offSite: number } {
  let offSite = 0;
  const kept = entries.map((entry) => {
    if (entry.url === undefined || (URL.canParse(entry.url) && new URL(entry.url).origin === origin)) return entry;
    offSite++;
    const { url: _url, ...rest } = entry;
    return rest;
  });
  return { entries: kept, offSite };
}
