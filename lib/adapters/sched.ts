import type { Conference, ScheduleEntry, Speaker } from '../model';
import { clip, fold, textWithout } from '../text';
import { browserZone, zoneFromLabel } from '../zones';
import { createWhenContext } from './sched-time';
import { eventPath, longId, schedSelectors as s } from './sched-selectors';
import type { Adapter, PageEntry } from './types';

/** `kccnceu2026.sched.com` → `kccnceu2026`; undefined for sched.com itself. */
export function schedEvent(url: URL): string | undefined {
  const m = /^([a-z0-9-]+)\.sched\.com$/i.exec(url.hostname);
  return m && !['www', 'static', 'api'].includes(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : undefined;
}

function absolute(href: string | null, base: URL): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The session a link points at, if it points at one of this event's sessions. */
function sessionId(link: Element, page: URL): { id: string; slug?: string } | undefined {
  const target = absolute(link.getAttribute('href'), page);
  if (!target || target.hostname.toLowerCase() !== page.hostname.toLowerCase()) return undefined;
  const m = eventPath.exec(target.pathname);
  return m ? { id: m[1]!, slug: m[2] || undefined } : undefined;
}

function titleOf(link: Element, id: string): string {
  const wrapped = link.querySelector(s.title);
  const text = wrapped ? fold(wrapped.textContent) : textWithout(link, `${s.venue}, ${s.zone}, ${s.ours}, script, style`);
  return clip(text || fold(link.getAttribute('title') ?? link.getAttribute('aria-label')) || `Session ${id}`, 2000);
}

/** Speaker pages live at `/speaker/<slug>` whatever relative path a view links them with. */
function speakerUrl(href: string | null, page: URL): string | undefined {
  const target = absolute(href, page);
  const slug = target && /(?:^|\/)speaker\/([^/?#]+)/.exec(target.pathname)?.[1];
  if (!target) return undefined;
  return slug && target.hostname === page.hostname ? `https://${page.hostname.toLowerCase()}/speaker/${slug}` : target.href;
}

function speakersOf(entry: Element, page: URL): Speaker[] {
  const speakers: Speaker[] = [];
  for (const a of entry.querySelectorAll(s.speakerLink)) {
    const name = clip(fold(a.textContent), 500);
    const url = speakerUrl(a.getAttribute('href'), page);
    if (name && !speakers.some((sp) => sp.name === name)) speakers.push(url ? { name, url } : { name });
  }
  return speakers;
}

function optionalText(el: Element | null | undefined, max: number): string | undefined {
  const text = el ? clip(fold(el.textContent), max) : '';
  return text || undefined;
}

/** An entry container must hold one session; otherwise the link alone stands for it. */
function entryElement(link: Element, id: string, page: URL): Element {
  const container = link.parentElement?.closest(s.entry);
  if (!container || container === link.ownerDocument.body) return link;
  for (const other of container.querySelectorAll(s.sessionLink)) {
    const otherId = sessionId(other, page);
    if (otherId && otherId.id !== id) return link;
  }
  return container;
}

const conferenceId = (url: URL) => `sched:${schedEvent(url) ?? url.hostname}`;

function conference(doc: Document, url: URL): Conference {
  const event = schedEvent(url) ?? url.hostname;
  const name = fold(doc.title.split(/:\s/)[0]) || event;
  return {
    id: conferenceId(url),
    platform: 'sched',
    event,
    name: clip(name, 500),
    url: `https://${url.hostname.toLowerCase()}/`,
    timeZone: zoneFromLabel(doc.querySelector(s.zone)?.textContent),
  };
}

function parse(root: ParentNode, url: URL): PageEntry[] {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc) return [];
  const conf = conference(doc, url);
  const whenOf = createWhenContext(url, conf.timeZone ?? browserZone());
  const found: PageEntry[] = [];
  const taken = new Map<Element, string>();
  const links = [...root.querySelectorAll(s.sessionLink)];
  if ((root as Node).nodeType === 1 && (root as Element).matches(s.sessionLink)) links.unshift(root as Element);

  for (const link of links) {
    try {
      if (link.closest(s.ours)) continue;
      const ids = sessionId(link, url);
      if (!ids) continue;
      const element = entryElement(link, ids.id, url);
      if (taken.get(element) === ids.id) continue;
      taken.set(element, ids.id);
      found.push({ entry: readEntry(link, element, ids, conf, url, whenOf), element, anchor: link });
    } catch {
      // One entry's odd markup must not cost the others their controls.
    }
  }
  return found;
}

function readEntry(
  link: Element,
  element: Element,
  ids: { id: string; slug?: string },
  conf: Conference,
  page: URL,
  whenOf: ReturnType<typeof createWhenContext>,
): ScheduleEntry {
  const host = page.hostname.toLowerCase();
  const longAttr = link.getAttribute('id');
  const scope = element === link ? link : element;
  return {
    key: `${conf.id}:${ids.id}`,
    conference: conf.id,
    aliases: longAttr && longId.test(longAttr) && longAttr !== ids.id ? [`${conf.id}:${longAttr}`] : [],
    title: titleOf(link, ids.id),
    url: `https://${host}/event/${ids.id}${ids.slug ? `/${ids.slug}` : ''}`,
    ...whenOf(scope),
    room: optionalText(link.querySelector(s.venue) ?? scope.querySelector(s.venue), 500),
    speakers: speakersOf(scope, page),
    track: optionalText(scope.querySelector(s.type), 500),
    abstract: optionalText(scope.querySelector(s.abstract), 100_000),
  };
}

export const sched: Adapter = {
  platform: 'sched',
  matches: (url) => schedEvent(url) !== undefined,
  detect: (_doc, url) => schedEvent(url) !== undefined,
  conferenceId,
  conference,
  parse,
};
