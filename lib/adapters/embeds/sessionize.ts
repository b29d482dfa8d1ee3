import type { Conference, ScheduleEntry } from '../../model/schema';
import { eventOf, sessionKey } from '../../model/keys';
import { clip, fold } from '../../util/text';
import type { Adapter, PageEntry } from '../types';

/**
 * Sessionize's rendered embed (GridSmart, Grid, Sessions): inference, not evidence. No saved page of it exists; these
 * are the selectors public scrapers of the embed use (see the research notes on other platforms and the README's
 * platform table). The panel beside the embed does not depend on them.
 */
export const sessionizeSelectors = {
  /** Grid cells (`div[data-sessionid]`) and list items (`li.sz-session[data-sessionid]`). */
  session: '[data-sessionid]',
  title: '.sz-session__title',
  /** Breaks and other service sessions are not talks (the JSON's `isServiceSession`). */
  service: '.sz-session--service',
  ours: '[class^="tm-"], tm-controls, tm-panel',
} as const;

const s = sessionizeSelectors;

/** Sessionize's session ids are numbers (`"612345"`); anything else is not one of its sessions. */
const sessionId = /^\d{1,12}$/;

/**
 * The sessions a Sessionize embed renders into the page, keyed as `/view/All` keys them (`sessionize:<event>:<id>`),
 * so a star given here is the star of the imported file. `sessions`: the event's own JSON, when it has arrived.
 */
export function createSessionizeEmbed(conference: Conference, sessions?: ReadonlyMap<string, ScheduleEntry>): Adapter {
  function parse(root: ParentNode): PageEntry[] {
    const found: PageEntry[] = [];
    const cards = [...root.querySelectorAll(s.session)];
    if ((root as Node).nodeType === 1 && (root as Element).matches(s.session)) cards.unshift(root as Element);
    for (const card of cards) {
      const id = card.getAttribute('data-sessionid') ?? '';
      if (!sessionId.test(id) || card.matches(s.service) || card.closest(s.ours)) continue;
      const title = card.querySelector(s.title);
      const text = clip(fold(title?.textContent), 2000);
      const entry: ScheduleEntry = sessions?.get(id) ?? { key: sessionKey(conference.id, id), conference: conference.id, aliases: [], title: text || `Session ${id}`, speakers: [] };
      found.push({ entry, element: card, anchor: title ?? card });
    }
    return found;
  }
  return {
    platform: 'sessionize',
    matches: () => false,
    detect: () => false,
    conferenceId: () => conference.id,
    conferenceUrl: () => conference.url ?? '',
    conference: () => ({ ...conference, event: eventOf(conference.id) }),
    parse,
  };
}
