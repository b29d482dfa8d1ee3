import { pretalxConferenceIdOf } from '../adapters/pretalx/url';
import { eventOf } from '../model/keys';

/**
 * The schedule page a share link opens, from the conference id alone: a content script reports `conference.url`,
 * so a stored address counts only when it is https and names this very conference (same host, same event path).
 * sched's address is its id (`sched:kccnceu2026` → `https://kccnceu2026.sched.com/`); a pretalx id holds its host
 * and event path, which the reported address (`https://host/democon/`) must give back exactly. Undefined (share the
 * file instead) for a conference no schedule page shows, such as an imported file's.
 */
export function shareBaseUrl(conference: { id: string; url?: string }): string | undefined {
  const event = eventOf(conference.id);
  if (conference.id.startsWith('sched:')) return /^[a-z0-9-]+$/.test(event) ? `https://${event}.sched.com/` : undefined;
  if (!conference.id.startsWith('pretalx:') || !conference.url || !URL.canParse(conference.url)) return undefined;
  const url = new URL(conference.url);
  const host = event.split('_')[0];
  const bound = url.protocol === 'https:' && !url.username && !url.password && url.hostname === host
    && pretalxConferenceIdOf(url.hostname, url.pathname.split('/').filter(Boolean)) === conference.id;
  return bound ? `${url.origin}${url.pathname}` : undefined;
}
