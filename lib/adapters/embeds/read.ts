import { conferenceIdOf } from '../../model/keys';
import { parseUrl, pretalxConferenceIdOf, pretalxEventUrl } from '../pretalx/url';

/**
 * Schedules embedded in a conference's own site (WordPress, Squarespace, static pages), read from the page's markup
 * alone: what the page claims to show. Nothing here is trusted; the background binds a site to an event only when
 * the user confirms it in the popup (see lib/background/embed-bindings.ts).
 */
export const embedSelectors = {
  /** `<pretalx-schedule event-url="https://cfp.example.org/2025/">`, the component of pretalx's widget script. */
  pretalx: 'pretalx-schedule[event-url]',
  /**
   * Sessionize's embeds: the script (`document.write`s the view), the lazy loader div and the iframe, each with
   * `https://sessionize.com/api/v2/<id>/view/<View>`.
   */
  sessionize: [
    'script[src*="sessionize.com/api/v2/" i]',
    '.sessionize-loader[data-sessionize-load-url]',
    'iframe[src*="sessionize.com/api/v2/" i]',
  ].join(', '),
} as const;

export type EmbedPlatform = 'pretalx' | 'sessionize';

export interface EmbedClaim {
  platform: EmbedPlatform;
  /** The conference id, as the platform's own pages and imported files name it. */
  conference: string;
  /** pretalx: the event's address (`https://cfp.example.org/2025/`); Sessionize: the event's `view/All` JSON. */
  eventUrl: string;
  /** Where the event lives, for people to read: `cfp.example.org/2025`, `sessionize.com (jl4ktls0)`. */
  label: string;
  /** Sessionize's view (`GridSmart`, `Sessions`, `Speakers`…), as the embed names it. */
  view?: string;
}

/** pretalx's own path sections: an `event-url` pointing into the event (`…/2025/schedule/`) still names the event. */
const pretalxSections = new Set(['schedule', 'talk', 'speaker', 'featured', 'sneak', 'widget']);

/** The event an `event-url` attribute names: `https://cfp.example.org/2025` with or without the slash, or a path into it. */
export function pretalxEmbed(eventUrl: string | null | undefined, page: URL): EmbedClaim | undefined {
  const url = parseUrl(eventUrl, page);
  if (!url) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const cut = segments.findIndex((s) => pretalxSections.has(s.toLowerCase()));
  const base = cut === -1 ? segments : segments.slice(0, cut);
  if (!base.length) return undefined;
  const conference = pretalxConferenceIdOf(url.hostname, base);
  return { platform: 'pretalx', conference, eventUrl: pretalxEventUrl(url, base), label: `${url.host}/${base.join('/')}` };
}

/** Sessionize event ids: lowercase letters and digits, in every API and embed address. */
export function sessionizeId(address: string | null | undefined): string | undefined {
  const url = parseUrl(address);
  if (!url || !/(^|\.)sessionize\.com$/i.test(url.hostname)) return undefined;
  return /\/api\/v2\/([a-z0-9]{4,16})(?:\/|$)/i.exec(url.pathname)?.[1]?.toLowerCase();
}

/** `https://sessionize.com/api/v2/jl4ktls0/view/GridSmart?under=True` → the event and its view. */
export function sessionizeEmbed(address: string | null | undefined): EmbedClaim | undefined {
  const id = sessionizeId(address);
  if (!id) return undefined;
  const view = /\/view\/([A-Za-z]+)/.exec(new URL(address!).pathname)?.[1];
  return {
    platform: 'sessionize',
    conference: conferenceIdOf('sessionize', id),
    eventUrl: `https://sessionize.com/api/v2/${id}/view/All`,
    label: `sessionize.com (${id})`,
    ...(view ? { view } : {}),
  };
}

/** The address a Sessionize embed element names. */
function sessionizeAddress(el: Element): string | null {
  return el.getAttribute('data-sessionize-load-url') ?? el.getAttribute('src');
}

/** Every schedule `doc` embeds, one per event, in page order (pretalx first). */
export function readEmbeds(doc: ParentNode, page: URL): EmbedClaim[] {
  const found = [
    ...[...doc.querySelectorAll(embedSelectors.pretalx)].map((el) => pretalxEmbed(el.getAttribute('event-url'), page)),
    ...[...doc.querySelectorAll(embedSelectors.sessionize)].map((el) => sessionizeEmbed(sessionizeAddress(el))),
  ];
  const byEvent = new Map<string, EmbedClaim>();
  for (const claim of found) if (claim && !byEvent.has(claim.conference) && new URL(claim.eventUrl).origin !== page.origin) byEvent.set(claim.conference, claim);
  return [...byEvent.values()];
}
