import { sessionRef } from './ids';
import { schedSelectors as s } from './selectors';

/** How far above a link an undocumented view's card may reach. */
const MAX_CLIMB = 3;
const boundary = 'body, html, main, #sched-content-inner';

/**
 * Finds the element that stands for a session: a known entry container (`span.event`, a detail block) when it
 * holds this session only; else, in views nobody documented, the largest ancestor a few levels up that holds
 * links to this session only (a grid card, a list item); else the link itself. Never above `root`.
 */
export function createEntryFinder(root: ParentNode, page: URL) {
  let owners: Map<Element, string | null> | undefined;
  const top = (root as Node).nodeType === 1 ? (root as Element) : undefined;

  // Built on first need, in one pass over the links: which single session each nearby ancestor holds.
  const ownersMap = () => {
    owners = new Map();
    for (const link of root.querySelectorAll(s.sessionLink)) {
      const id = sessionRef(link.getAttribute('href'), page)?.id;
      if (!id) continue;
      let el = link.parentElement;
      for (let depth = 0; el && depth < MAX_CLIMB && el !== top?.parentElement; depth++, el = el.parentElement) {
        const known = owners.get(el);
        owners.set(el, known === undefined || known === id ? id : null);
      }
    }
    return owners;
  };

  const holdsOnly = (container: Element, id: string) => {
    // The usual entry holds one link, the session's own: no need to read it again.
    if (container.getElementsByTagName('a').length === 1) return true;
    for (const other of container.querySelectorAll(s.sessionLink)) {
      const otherId = sessionRef(other.getAttribute('href'), page)?.id;
      if (otherId && otherId !== id) return false;
    }
    return true;
  };

  return function entryOf(link: Element, id: string): Element {
    const known = link.parentElement?.closest(s.entry);
    if (known && (!top || top.contains(known) || known.contains(top)) && !known.matches(boundary)) {
      return holdsOnly(known, id) ? known : link;
    }
    const map = owners ?? ownersMap();
    let best: Element = link;
    let el = link.parentElement;
    for (let depth = 0; el && depth < MAX_CLIMB && el !== top?.parentElement; depth++, el = el.parentElement) {
      if (el.matches(boundary) || map.get(el) !== id) break;
      best = el;
    }
    return best;
  };
}
