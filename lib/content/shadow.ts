const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * An open shadow root on `host` with `css` adopted: one constructed sheet per stylesheet text, shared by every
 * element using it; a `<style>` where constructed sheets are refused.
 */
export function shadowWith(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
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

/** An element with text only: page data and shared names never become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
