import { clip, fold, textWithout } from '../../util/text';
import { sessionRef } from './ids';
import { jsonLdEvent } from './jsonld';
import { aliasesOf, readEntry, type ReadContext } from './read';
import { eventPath, firstOf, schedSelectors as s } from './selectors';
import type { PageEntry } from '../types';

function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  // `<title>` is "<Event name>: <page name>"; on a session page the page name is the session's title.
  const [, ...rest] = doc.title.split(/:\s/);
  return fold(og) || fold(rest.join(': ')) || fold(doc.title);
}

/**
 * The session a single session page (`/event/<id>/…`) is about, with its detail block as the entry and an
 * inline editor after its title. Built from the page itself, so it holds even when the title links nowhere.
 */
export function sessionPageEntry(doc: Document, ctx: ReadContext): PageEntry | undefined {
  const m = eventPath.exec(ctx.page.pathname);
  if (!m || !doc.body) return undefined;
  const id = sessionRef(`/event/${m[1]}`, ctx.page)?.id;
  if (!id) return undefined;
  const ref = { id, slug: m[2] || undefined };
  const element = firstOf(doc, s.details) ?? doc.body;
  const titleBlock = firstOf(element, s.detailsTitle);
  const self = [...element.querySelectorAll(s.sessionLink)].find((a) => sessionRef(a.getAttribute('href'), ctx.page)?.id === id);
  const ld = jsonLdEvent(doc, s.jsonLd);
  const heading = titleBlock && textWithout(titleBlock, `${s.venue}, ${s.zone}, ${s.ours}, script, style`);
  const title = clip(heading || ld?.name || pageTitle(doc), 2000) || undefined;
  const anchor = self ?? titleBlock?.firstElementChild ?? titleBlock ?? element.firstElementChild ?? element;
  const entry = readEntry(ctx, ref, self ?? anchor, element, title);
  delete entry.partial;
  entry.aliases = aliasesOf(ctx.conf, id, self?.id, element.id, element.querySelector('[data-event-id]')?.getAttribute('data-event-id'));
  if (ld) {
    entry.start ??= ld.start;
    if (entry.start === ld.start) entry.end ??= ld.end;
    entry.room ??= ld.room;
    if (!entry.speakers.length) entry.speakers = ld.performers.map((name) => ({ name: clip(name, 500) }));
  }
  return { entry, key: entry.key, title: entry.title, element, anchor, detail: titleBlock ?? anchor };
}
