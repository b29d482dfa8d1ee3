import type { Conference, ScheduleEntry } from '../../model/schema';
import { sessionKey } from '../../model/keys';
import { browserZone } from '../../util/zones';
import { createEntryFinder } from './entry';
import { abstractOf, linksOf, optionalText, speakersOf, titleOf } from './fields';
import { createGridReader } from './grid';
import type { SessionRef } from './ids';
import { longId, schedSelectors as s } from './selectors';
import { createWhenContext } from './time';
import { viewFacts } from './views';

/** Everything one parse shares: the page's facts and the memoised lookups of its markers. */
export function createReadContext(root: ParentNode, conf: Conference, page: URL) {
  const facts = viewFacts(page);
  const grid = createGridReader();
  return {
    conf,
    page,
    host: page.hostname.toLowerCase(),
    facts,
    grid,
    whenOf: createWhenContext(conf.timeZone ?? browserZone(), facts.day, grid),
    entryOf: createEntryFinder(root, page),
  };
}
export type ReadContext = ReturnType<typeof createReadContext>;

export function aliasesOf(conf: Conference, id: string, ...candidates: (string | null | undefined)[]): string[] {
  const aliases = new Set<string>();
  for (const c of candidates) if (c && longId.test(c) && c.toLowerCase() !== id) aliases.add(sessionKey(conf.id, c.toLowerCase()));
  return [...aliases];
}

/** A read that may meet odd markup yields nothing rather than throw: a field whose markup is odd is left out, the entry keeps the others. */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** One entry's fields, from the link that names it and the element that stands for it. */
export function readEntry(ctx: ReadContext, ref: SessionRef, link: Element, element: Element, title?: string): ScheduleEntry {
  const { conf, page, facts } = ctx;
  const whole = element !== link;
  const grid = whole ? safely(() => ctx.grid(element)) : undefined;
  const venue = safely(() => link.querySelector(s.venue) ?? (whole ? element.querySelector(s.venue) : null));
  return {
    key: sessionKey(conf.id, ref.id),
    conference: conf.id,
    aliases: aliasesOf(conf, ref.id, link.getAttribute('id')),
    title: title ?? titleOf(link, ref.id),
    url: `https://${ctx.host}/event/${ref.id}${ref.slug ? `/${ref.slug}` : ''}`,
    ...safely(() => ctx.whenOf(element)),
    room: optionalText(venue, 500) ?? grid?.room ?? facts.room,
    speakers: (whole && safely(() => speakersOf(element, page))) || [],
    track: (whole ? safely(() => optionalText(element.querySelector(s.type), 500)) : undefined) ?? facts.track,
    abstract: whole ? safely(() => abstractOf(element)) : undefined,
    links: whole ? safely(() => linksOf(element, page)) : undefined,
    ...(element.matches(s.entry) ? {} : { partial: true as const }),
  };
}
