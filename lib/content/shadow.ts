const sheets = new Map<string, CSSStyleSheet | null>();
const closedRoots = new WeakMap<Element, ShadowRoot>();

/**
 * A shadow root on `host` with `css` adopted: one constructed sheet per stylesheet text, shared by every element
 * using it; a `<style>` where constructed sheets are refused. `closed` for anything that shows the user's own data:
 * a closed root made in this isolated world is out of reach of the page's scripts (`host.shadowRoot` is null there,
 * and the page's patched `attachShadow` is not the one this world calls), so they can neither read it nor reach
 * its elements to dispatch events on them.
 */
export function shadowWith(host: HTMLElement, css: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = mode === 'closed' ? closedShadow(host) : host.attachShadow({ mode });
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: css }));
  return root;
}

/** A closed shadow root on `host`, kept where only this world can find it again (`closedRootOf`). */
export function closedShadow(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  closedRoots.set(host, root);
  return root;
}

/** The closed root this world made on `host`: only our own code (and tests importing it) can ask. */
export function closedRootOf(host: Element): ShadowRoot | undefined {
  return closedRoots.get(host);
}

/** An element with text only: page data and shared names never become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
