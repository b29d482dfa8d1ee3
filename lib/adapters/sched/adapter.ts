import type { Conference, ScheduleEntry } from '../../model/schema';
import { conferenceIdOf, sessionKey } from '../../model/keys';
import { clip, fold } from '../../util/text';
import { zoneFromLabel } from '../../util/zones';
import { titleOf } from './fields';
import { pageRef, sessionRef, type SessionRef } from './ids';
import { createReadContext, readEntry, safely, type ReadContext } from './read';
import { schedSelectors as s } from './selectors';
import { sessionPageEntry } from './session-page';
import type { Adapter, PageEntry } from '../types';

/** `kccnceu2026.sched.com` → `kccnceu2026`; undefined for sched.com itself. */
export function schedEvent(url: URL): string | undefined {
  const m = /^([a-z0-9-]+)\.sched\.com$/i.exec(url.hostname);
  return m && !['www', 'static', 'api'].includes(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : undefined;
}

const conferenceId = (url: URL) => conferenceIdOf('sched', schedEvent(url) ?? url.hostname);
const conferenceUrl = (url: URL) => `https://${url.hostname.toLowerCase()}/`;

/**
 * sched serves every event over https; a page at `http://` could be anyone on the network path, so it is no
 * schedule of the event's (no controls, and the background records nothing from it).
 */
const isSchedPage = (url: URL) => url.protocol === 'https:' && schedEvent(url) !== undefined;

function conference(doc: Document, url: URL): Conference {
  const event = schedEvent(url) ?? url.hostname;
  const name = fold(doc.title.split(/:\s/)[0]) || event;
  return {
    id: conferenceId(url),
    platform: 'sched',
    event,
    name: clip(name, 500),
    url: conferenceUrl(url),
    timeZone: zoneFromLabel(doc.querySelector(s.zone)?.textContent),
  };
}

/**
 * Every session link on the page (or in an added subtree) becomes an entry, whatever the view: known views give
 * more fields, unknown ones at least the title and link. On a session page its own session comes first.
 */
function* scan(root: ParentNode, url: URL): Generator<PageEntry> {
  const node = root as Node;
  const doc = node.nodeType === 9 ? (root as Document) : node.ownerDocument;
  if (!doc) return;
  const ctx = createReadContext(root, conference(doc, url), url);
  const taken = new Map<Element, string>();
  const live = node.isConnected;

  const detail = node.nodeType === 9 ? safely(() => sessionPageEntry(doc, ctx)) : undefined;
  if (detail) {
    taken.set(detail.element, detail.entry.key.slice(ctx.conf.id.length + 1));
    yield detail;
  }
  const links = [...root.querySelectorAll(s.sessionLink)];
  if (node.nodeType === 1 && (root as Element).matches(s.sessionLink)) links.unshift(root as Element);
  for (const link of links) {
    // The page may change between two slices of a long scan: links it removed meanwhile are gone.
    if (live && !link.isConnected) continue;
    let found: PageEntry | undefined;
    try {
      const ref = sessionRef(link.getAttribute('href'), url);
      if (!ref) continue;
      if (detail && detail.key === sessionKey(ctx.conf.id, ref.id) && detail.element.contains(link)) continue;
      const element = ctx.entryOf(link, ref.id);
      if (taken.get(element) === ref.id) continue;
      taken.set(element, ref.id);
      found = new LazyEntry(ctx, ref, link, element);
    } catch {
      // One entry's odd markup must not cost the others their controls.
      continue;
    }
    yield found;
  }
}

/**
 * An entry whose key and title are read now and whose other fields are read when first asked for: controls
 * need only the first two, and the runtime asks for the rest in idle time. A class: thousands are made at once.
 */
class LazyEntry implements PageEntry {
  readonly key: string;
  readonly title: string;
  private read?: ScheduleEntry;

  constructor(
    private ctx: ReadContext,
    private ref: SessionRef,
    readonly anchor: Element,
    readonly element: Element,
  ) {
    this.key = sessionKey(ctx.conf.id, ref.id);
    this.title = titleOf(anchor, ref.id);
  }

  get entry(): ScheduleEntry {
    this.read ??= safely(() => readEntry(this.ctx, this.ref, this.anchor, this.element, this.title)) ?? {
      key: this.key,
      conference: this.ctx.conf.id,
      aliases: [],
      title: this.title,
      speakers: [],
    };
    return this.read;
  }
}

export const sched: Adapter = {
  platform: 'sched',
  matches: isSchedPage,
  detect: (_doc, url) => isSchedPage(url),
  conferenceId,
  conferenceUrl,
  conference,
  parse: (root, url) => [...scan(root, url)],
  scan,
  focus(url) {
    const ref = isSchedPage(url) ? pageRef(url) : undefined;
    return ref && sessionKey(conferenceId(url), ref.id);
  },
};
