import type { ScheduleEntry } from '../model/schema';
import { conferenceOf, sessionIdOf } from '../model/keys';
import { isUntitled } from './entry';

/**
 * Which other ids a platform really shows for one session, and when a record stored under such an id may join the
 * session a page shows it beside. An alias moves a note from one record to another, so a page (any script on it,
 * or its markup alone) must not be able to name one freely.
 */

const longId = /^[0-9a-f]{32}$/;

/**
 * Why `alias` cannot be an other id of the session stored under `key`, or undefined when it can. sched shows a
 * short id in `/event/<short>/…` and a 32-hex one (lower case, as sched prints it and the adapter keeps it) as the
 * list link's `id`, in `all.ics` and on the mobile site: so only a 32-hex alias beside a short key. pretalx names a
 * talk by its code alone, so it has no aliases at all.
 */
export function aliasProblem(key: string, alias: string): string | undefined {
  const conference = conferenceOf(key);
  if (conferenceOf(alias) !== conference) return 'an alias of another schedule';
  if (alias === key) return undefined;
  const platform = conference.slice(0, conference.indexOf(':'));
  if (platform !== 'sched') return `${platform} shows one id per session`;
  if (longId.test(sessionIdOf(key))) return 'a 32-hex sched id beside another 32-hex id';
  if (!longId.test(sessionIdOf(alias))) return 'a sched alias that is not a 32-hex id';
  return undefined;
}

/** At most this many 32-hex ids one sched session shows: it has one uid. */
const MAX_PAGE_ALIASES = 1;

/** The aliases of a page's entry whose shape its platform really uses, and the others with the reason each is refused. */
export function shapedAliases(entry: ScheduleEntry): { aliases: string[]; refused: { alias: string; reason: string }[] } {
  const aliases: string[] = [];
  const refused: { alias: string; reason: string }[] = [];
  for (const alias of entry.aliases) {
    if (alias === entry.key) continue;
    const reason = aliasProblem(entry.key, alias) ?? (aliases.length >= MAX_PAGE_ALIASES ? 'a second 32-hex id for one sched session' : undefined);
    if (reason) refused.push({ alias, reason });
    else aliases.push(alias);
  }
  return { aliases, refused };
}

const foldTitle = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
/** The session id a sched or pretalx URL names (`/event/<id>`, `/talk/<CODE>/`, `#session:<32hex>`), if any. */
const urlId = /(?:\/event\/|\/talk\/|#session:)([A-Za-z0-9]+)/;

function idInUrl(url: string | undefined): string | undefined {
  const id = url ? urlId.exec(url)?.[1] : undefined;
  return id && longId.test(id.toLowerCase()) ? id.toLowerCase() : id;
}

/**
 * Whether a record stored under an alias is the session a page shows it beside: the same title, and no URL naming
 * another session. A title the page never gave (`Session <id>`) proves nothing, so such a record stays apart.
 */
export function sameSession(stored: ScheduleEntry, shown: ScheduleEntry): boolean {
  if (isUntitled(stored) || isUntitled(shown) || foldTitle(stored.title) !== foldTitle(shown.title)) return false;
  const ids = new Set([shown.key, stored.key, ...shown.aliases].map(sessionIdOf));
  return [stored.url, shown.url].every((url) => {
    const id = idInUrl(url);
    return id === undefined || ids.has(id);
  });
}
