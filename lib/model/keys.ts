/**
 * Session keys (`platform:event:id`) and tag names, with no zod in them: the content script, the schemas and the UI
 * all use these, so a rule about a key or a tag is written once.
 */

/** A conference id from its parts: `sched` + `kccnceu2026` → `sched:kccnceu2026`. */
export function conferenceIdOf(platform: string, event: string): string {
  return `${platform}:${event}`;
}

/** A session key from its conference and the platform's own id: `sched:kccnceu2026` + `2EsAI` → `sched:kccnceu2026:2EsAI`. */
export function sessionKey(conference: string, id: string): string {
  return `${conference}:${id}`;
}

/** At most this many other keys a session is known by (its aliases): ids of other views, of a mobile site, of a file. */
export const MAX_ALIASES = 10;

/** The conference part of a session key: `sched:kccnceu2026:2EsAI` → `sched:kccnceu2026`. */
export function conferenceOf(key: string): string {
  return key.slice(0, key.lastIndexOf(':'));
}

/** The platform's own id of a session: `sched:kccnceu2026:2EsAI` → `2EsAI`. */
export function sessionIdOf(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

/** The event part of a conference id: `sched:kccnceu2026` → `kccnceu2026`. */
export function eventOf(conference: string): string {
  return conference.slice(conference.indexOf(':') + 1);
}

/** How every tag is written: trimmed, inner white space as one hyphen, lower case ("Cool tech" → `cool-tech`). */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '-').toLowerCase();
}

/** Tags normalised, empties and repeats dropped, first spelling order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter(Boolean))];
}
