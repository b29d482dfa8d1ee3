import type { ScheduleEntry } from './schema';

export interface MaterialLink {
  label: string;
  url: string;
}

const isHttp = (url: unknown): url is string => typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url);

/**
 * Where to watch a talk afterwards: the recording and slides links the schedule gave (an entry's `links`,
 * read by shape since adapters add them as pages show them), else the session's own page. http(s) only.
 */
export function materialLinks(entry: ScheduleEntry): MaterialLink[] {
  const given = (entry as { links?: unknown }).links;
  const links: MaterialLink[] = [];
  if (Array.isArray(given)) {
    for (const link of given as Record<string, unknown>[]) {
      if (!link || !isHttp(link.url)) continue;
      const label = [link.label, link.title, link.kind, link.type].find((v): v is string => typeof v === 'string' && !!v.trim());
      links.push({ label: label ? label.trim().replace(/^./, (c) => c.toUpperCase()) : 'Link', url: link.url });
    }
  }
  if (!links.length && isHttp(entry.url)) links.push({ label: 'Session page', url: entry.url });
  return links;
}
