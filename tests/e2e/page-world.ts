import type { Page } from 'playwright-core';
import type { Harness } from './harness';

const STORES = ['conferences', 'sessions', 'annotations', 'ownItems', 'meta', 'colleagues'] as const;

/** Every store of the extension's database as one JSON text, read in one transaction: equal texts, byte-identical data. */
export async function allStores(h: Harness): Promise<string> {
  return h.worker.evaluate(
    (names) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('talkmarks');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const present = names.filter((n) => db.objectStoreNames.contains(n));
          const tx = db.transaction(present);
          // Keys in a fixed order, so the same data always gives the same text.
          const out: Record<string, unknown> = Object.fromEntries(present.map((n) => [n, null]));
          for (const name of present) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => (db.close(), resolve(JSON.stringify(out)));
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    [...STORES],
  );
}

/** Long enough for anything an event set off to be stored: a note saves 400 ms after the last input. */
export const settle = (page: Page) => page.waitForTimeout(1_000);

/**
 * An init script for the page's main world: hooks `attachShadow` to make every root open and keep it in
 * `window.__roots`, as a hostile page would to get at closed ones. Serialised by Playwright: self-contained.
 */
export function hookShadowRoots(): void {
  const roots: ShadowRoot[] = [];
  (window as { __roots?: ShadowRoot[] }).__roots = roots;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, { ...init, mode: 'open' });
    roots.push(root);
    return root;
  };
}

/**
 * Everything the page's main world can read of the document: text, every attribute, generated content (`::before`,
 * `::after`), through open shadow roots and the roots its hook caught; and which of our hosts the hook caught.
 * Serialised by Playwright: self-contained.
 */
export function pageCanSee(): { text: string; hookedRoots: string[] } {
  const parts: string[] = [];
  const hooked = (window as { __roots?: ShadowRoot[] }).__roots ?? [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) parts.push(attr.value);
      for (const pseudo of ['::before', '::after']) parts.push(getComputedStyle(el, pseudo).content);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
    parts.push(root instanceof Document ? root.documentElement.textContent ?? '' : (root as ShadowRoot).textContent ?? '');
  };
  visit(document);
  for (const root of hooked) visit(root);
  const hookedRoots = hooked.map((r) => r.host.localName).filter((name) => name.startsWith('tm-'));
  return { text: parts.join('\n'), hookedRoots };
}
