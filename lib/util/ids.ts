/**
 * Ids inside keys (`platform:event:id`) are limited to `[A-Za-z0-9._-]`, 100 characters. Platforms publish ids and
 * addresses with other characters (ICS UIDs with `@`, event paths with `/`): these helpers turn them into stable ids.
 */
const unsafe = /[^A-Za-z0-9._-]+/g;
const MAX = 100;

/** FNV-1a, base 36: a short fingerprint so two cleaned-up ids that collide still differ. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** A platform's id as a key part: unchanged when it already fits, else cleaned up and fingerprinted. */
export function idPart(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed && trimmed.length <= MAX && !/[^A-Za-z0-9._-]/.test(trimmed)) return trimmed;
  const cleaned = trimmed.replace(unsafe, '-').replace(/^-+|-+$/g, '').slice(0, MAX - 8) || 'id';
  return `${cleaned}-${fingerprint(trimmed)}`;
}

/**
 * The event part for a self-hosted platform: host and the event's path, e.g. `pretalx.example.org` and
 * `/democon` → `pretalx.example.org_democon`. It names the site, so a page can only claim conferences of its own site.
 */
export function siteEvent(host: string, path: readonly string[] = []): string {
  const parts = [host, ...path].map((p) => p.toLowerCase().replace(unsafe, '-')).filter(Boolean);
  const joined = parts.join('_');
  return joined.length <= MAX ? joined : `${joined.slice(0, MAX - 8)}-${fingerprint(joined)}`;
}

/** A free-text name (`FOSDEM 2021`) as an event part: `fosdem-2021`. */
export function slugEvent(name: string): string {
  const slug = name.toLowerCase().replace(unsafe, '-').replace(/^-+|-+$/g, '');
  if (!slug) return `x${fingerprint(name)}`;
  return slug.length <= MAX ? slug : `${slug.slice(0, MAX - 8)}-${fingerprint(slug)}`;
}
