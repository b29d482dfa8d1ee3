import { siteEvent } from '../../util/ids';
import { webUrl } from '../../util/web-url';
import { conferenceIdOf } from '../../model/keys';

/** pretalx's own path sections; what comes before the first of them is the event's path (`/democon`, `/congress/2024/fahrplan`). */
const sections = new Set(['schedule', 'talk', 'speaker', 'featured', 'sneak']);
/** Talk codes: `3J9C7D`. */
export const talkCode = /^[A-Za-z0-9]{4,16}$/;

/** The event's path segments in a pretalx URL, or undefined when the URL is not inside a pretalx event. */
export function pretalxBase(url: URL): string[] | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  const i = segments.findIndex((s) => sections.has(s.toLowerCase()));
  return i >= 1 ? segments.slice(0, i) : undefined;
}

/** The code of the talk a URL points at (`…/talk/3J9C7D/`), if it does. */
export function pretalxTalkCode(url: URL): string | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  const i = segments.findIndex((s) => sections.has(s.toLowerCase()));
  const code = i >= 1 && segments[i]!.toLowerCase() === 'talk' ? segments[i + 1] : undefined;
  return code && talkCode.test(code) ? code : undefined;
}

export function pretalxConferenceIdOf(host: string, base: readonly string[]): string {
  return conferenceIdOf('pretalx', siteEvent(host, base));
}

/** `https://host/democon/` for a URL inside the event. */
export function pretalxEventUrl(url: URL, base: readonly string[]): string {
  return `${url.protocol}//${url.host}/${base.join('/')}/`;
}

/** Text from a page or a file, trimmed, as an http(s) URL (see webUrl), or undefined. */
export function parseUrl(text: string | null | undefined, base?: string | URL): URL | undefined {
  return text ? webUrl(text.trim(), base) : undefined;
}

/** One real export had a double slash after the host (`https://host//event/talk/X/`): read it as one. */
export function tidyUrl(url: URL): URL {
  const tidy = new URL(url.href);
  tidy.pathname = tidy.pathname.replace(/\/{2,}/g, '/');
  return tidy;
}
