import type { Conference, ScheduleEntry, Speaker } from '../../model/schema';
import { eventOf, sessionKey } from '../../model/keys';
import { clip, fold, textWithout } from '../../util/text';
import { zoneFromLabel } from '../../util/zones';
import { pretalxSelectors as s } from './selectors';
import { readTalkWhen, createDayLookup, slotOf } from './time';
import { parseUrl, pretalxBase, pretalxConferenceIdOf, pretalxEventUrl, pretalxTalkCode } from './url';
import type { Adapter, PageEntry } from '../types';

/** What the event's own JSON (same origin) adds to a page: exact times, the zone, fields the HTML leaves out. */
export interface PretalxData {
  timeZone?: string;
  sessions?: ReadonlyMap<string, ScheduleEntry>;
  /**
   * The event's own address, for its schedule embedded in another site (`<pretalx-schedule event-url>`): the event,
   * and which links are its talks, are read from it instead of the page's address.
   */
  event?: URL;
}

const optionalText = (el: Element | null | undefined, max: number) => (el ? clip(fold(el.textContent), max) || undefined : undefined);

/** `Emily Moffat [Ohio Supercomputer Center], Travis Ravert [OSC, Columbus]`: commas inside brackets are not separators. */
function splitSpeakers(text: string): Speaker[] {
  return (text.match(/(?:[^,[\]]|\[[^\]]*\])+/g) ?? []).map((n) => fold(n)).filter(Boolean).slice(0, 100).map((name) => ({ name: clip(name, 500) }));
}

function rootDocument(root: ParentNode): Document | undefined {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? undefined);
}

export function createPretalx(data: PretalxData = {}): Adapter {
  // An embed's event stands in for the page: `…/schedule/` of the event is where its cards' links lead.
  const eventPage = data.event && new URL('schedule/', data.event);
  const at = (url: URL) => eventPage ?? url;
  const conferenceId = (url: URL) => pretalxConferenceIdOf(at(url).hostname, pretalxBase(at(url)) ?? []);
  const conferenceUrl = (url: URL) => pretalxEventUrl(at(url), pretalxBase(at(url)) ?? []);

  function conference(doc: Document, page: URL): Conference {
    const url = at(page);
    const base = pretalxBase(url) ?? [];
    const parts = fold(doc.title).split('::').map((p) => fold(p)).filter(Boolean);
    const name = parts.length >= 2 ? parts[parts.length - 2]! : (base[base.length - 1] ?? url.hostname);
    const id = conferenceId(url);
    const zone = data.timeZone ?? zoneFromLabel(doc.querySelector(s.widget)?.getAttribute('timezone'));
    return { id, platform: 'pretalx', event: eventOf(id), name: clip(name, 500), url: conferenceUrl(url), ...(zone ? { timeZone: zone } : {}) };
  }

  function fromLink(link: Element, code: string, conf: Conference, dayOf: (el: Element) => string | undefined): PageEntry {
    const known = data.sessions?.get(code);
    const card = link.querySelector(s.session) ?? link;
    const title = card.querySelector(s.title);
    // The component's cards sit in a CSS grid: a sibling would take a grid cell, so controls go inside, by the title.
    const anchor = link.matches(s.componentCard) && title ? title : link;
    const entry: ScheduleEntry = known ?? {
      key: sessionKey(conf.id, code),
      conference: conf.id,
      aliases: [],
      title: clip(optionalText(title, 2000) ?? (fold(textWithout(link, s.ours)) || `Talk ${code}`), 2000),
      url: `${conf.url}talk/${code}/`,
      // Without the event's zone (the list does not print it) a time would be a guess: better none.
      ...(conf.timeZone ? slotOf(card, dayOf(link), conf.timeZone) : {}),
      room: optionalText(card.querySelector(s.room), 500),
      speakers: card.querySelector(s.speakerName)
        ? [...card.querySelectorAll(s.speakerName)].map((n) => ({ name: clip(fold(n.textContent), 500) })).filter((sp) => sp.name)
        : splitSpeakers(fold(card.querySelector(s.speakers)?.textContent)),
      track: optionalText(card.querySelector(s.track), 500),
      abstract: optionalText(card.querySelector(s.abstract), 100_000),
    };
    return { entry, element: card, anchor };
  }

  /** The talk a talk page is about: its heading, not a link. */
  function talkPage(doc: Document, page: URL, conf: Conference): PageEntry | undefined {
    const code = pretalxTalkCode(page);
    const heading = doc.querySelector(s.talkHeading);
    const titleEl = heading?.querySelector(s.talkTitle);
    if (!code || !heading || !titleEl) return undefined;
    const known = data.sessions?.get(code);
    const when = readTalkWhen(fold(heading.querySelector(s.talkWhen)?.textContent), doc.querySelector(s.keywords)?.getAttribute('content'), data.timeZone);
    const speakers = [...doc.querySelectorAll(s.talkSpeaker)].map((a): Speaker => {
      const url = parseUrl(a.getAttribute('href'), page);
      return { name: clip(fold(a.textContent), 500), ...(url ? { url: url.href } : {}) };
    });
    const entry: ScheduleEntry = known
      ? { ...known, speakers: speakers.length ? speakers : known.speakers }
      : {
          key: sessionKey(conf.id, code),
          conference: conf.id,
          aliases: [],
          title: clip(textWithout(titleEl, `${s.talkButtons}, ${s.ours}`) || `Talk ${code}`, 2000),
          url: `${conf.url}talk/${code}/`,
          ...when,
          speakers,
          abstract: optionalText(doc.querySelector(s.talkAbstract), 100_000),
        };
    // Beside the page's own buttons (`.ical`), on the title's line.
    return { entry, element: heading, anchor: titleEl.querySelector(s.talkButtons) ?? titleEl };
  }

  function parse(root: ParentNode, page: URL): PageEntry[] {
    const doc = rootDocument(root);
    const url = at(page);
    const base = pretalxBase(url);
    if (!doc || !base) return [];
    const conf = conference(doc, url);
    const dayOf = createDayLookup();
    const found: PageEntry[] = [];
    const seen = new Set<Element>();
    if ((root as Node).nodeType === 9 && !eventPage) {
      const main = talkPage(doc, url, conf);
      if (main) found.push(main);
    }
    const links = [...root.querySelectorAll(s.talkLink)];
    if ((root as Node).nodeType === 1 && (root as Element).matches(s.talkLink)) links.unshift(root as Element);
    for (const link of links) {
      try {
        if (link.closest(s.ours)) continue;
        const target = parseUrl(link.getAttribute('href'), url);
        const code = target && target.host === url.host && pretalxConferenceIdOf(target.hostname, pretalxBase(target) ?? []) === conf.id ? pretalxTalkCode(target) : undefined;
        if (!code) continue;
        const entry = fromLink(link, code, conf, dayOf);
        if (seen.has(entry.element)) continue;
        seen.add(entry.element);
        found.push(entry);
      } catch {
        // One entry's odd markup must not cost the others their controls.
      }
    }
    return found;
  }

  return {
    platform: 'pretalx',
    matches: (url) => pretalxBase(url) !== undefined,
    detect: (doc, url) => pretalxBase(url) !== undefined && !!doc.querySelector(`${s.generator}, ${s.widget}`),
    conferenceId,
    conferenceUrl,
    conference,
    parse,
  };
}

/** pretalx from its pages alone; the content script builds one with the event's JSON when it can read it. */
export const pretalx = createPretalx();
