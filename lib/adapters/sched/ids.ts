import { eventPath, longId, mobileSession } from './selectors';

/** A session a link or URL names: its id as shown (short or 32-hex long) and the slug after it. */
export interface SessionRef {
  id: string;
  slug?: string;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;
/** The common case in one regex: a relative link to `…event/<id>/<slug>` without query or fragment tricks. */
const relativeEvent = /^(?:[^:?#]*\/)?event\/([A-Za-z0-9]{3,32})(?:\/([^/?#]*))?(?:[?#]|$)/;

/** 32-hex ids are case-insensitive (sched prints them lower-case); short ids are not. */
export function normaliseId(id: string): string {
  return id.length === 32 && longId.test(id) ? id.toLowerCase() : id;
}

function fromPath(pathAndHash: string, mobile: boolean): SessionRef | undefined {
  const hash = pathAndHash.indexOf('#');
  if (hash >= 0 && (mobile || hash === 0 || /\/mobile/.test(pathAndHash.slice(0, hash)))) {
    const m = mobileSession.exec(pathAndHash.slice(hash));
    if (m) return { id: m[1]!.toLowerCase() };
  }
  const path = pathAndHash.split(/[?#]/, 1)[0]!;
  const m = eventPath.exec(path);
  return m ? { id: normaliseId(m[1]!), slug: m[2] || undefined } : undefined;
}

/**
 * The session a link points at, when it points at one of this event's sessions. Relative links are read
 * with regexes on the raw `href`: a URL parse per link would cost more than the rest of the entry.
 */
export function sessionRef(href: string | null, page: URL): SessionRef | undefined {
  if (!href) return undefined;
  const fast = href.charCodeAt(0) !== 47 /* / */ || href.charCodeAt(1) !== 47 ? relativeEvent.exec(href) : null;
  if (fast && !href.includes('#session:')) return { id: normaliseId(fast[1]!), slug: fast[2] || undefined };
  const raw = href.trim();
  if (!raw) return undefined;
  if (!scheme.test(raw) && !raw.startsWith('//')) return fromPath(raw, page.pathname.startsWith('/mobile'));
  let target: URL;
  try {
    target = new URL(raw, page);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(target.protocol) || target.hostname.toLowerCase() !== page.hostname.toLowerCase()) return undefined;
  return fromPath(`${target.pathname}${target.hash}`, target.pathname.startsWith('/mobile'));
}

/** The session a page URL itself is about: `/event/<id>/…` or `/mobile/#session:<32hex>`. */
export function pageRef(url: URL): SessionRef | undefined {
  return fromPath(`${url.pathname}${url.hash}`, url.pathname.startsWith('/mobile'));
}
