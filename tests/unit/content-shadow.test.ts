import { afterEach, describe, expect, it, vi } from 'vitest';
import { closedRootOf, el, shadowWith } from '../../lib/content/shadow';

/** A stylesheet text no other test used: the module keeps one sheet per text for the page's life. */
let n = 0;
const freshCss = () => `tm-test-${++n} { color: red; }`;

afterEach(() => vi.unstubAllGlobals());

describe('shadow roots for our elements', () => {
  it('are closed to the page when asked, and found again only through this world', () => {
    const host = document.createElement('tm-badge');
    const root = shadowWith(host, freshCss(), 'closed');
    expect(host.shadowRoot).toBeNull();
    expect(closedRootOf(host)).toBe(root);
    expect(closedRootOf(document.createElement('tm-badge'))).toBeUndefined();
  });

  it('are open by default, for what shows nothing of the user’s', () => {
    const host = document.createElement('div');
    const root = shadowWith(host, freshCss());
    expect(host.shadowRoot).toBe(root);
    expect(closedRootOf(host)).toBeUndefined();
  });

  it('share one stylesheet per text, whatever the number of elements', () => {
    const css = freshCss();
    const [one, two] = [shadowWith(document.createElement('div'), css), shadowWith(document.createElement('div'), css)];
    expect(one.adoptedStyleSheets).toHaveLength(1);
    expect(one.adoptedStyleSheets[0]).toBe(two.adoptedStyleSheets[0]);
    expect(shadowWith(document.createElement('div'), freshCss()).adoptedStyleSheets[0]).not.toBe(one.adoptedStyleSheets[0]);
  });

  it('are still styled where the page refuses constructed stylesheets: a style element instead', () => {
    vi.stubGlobal('CSSStyleSheet', class {
      replaceSync(): void {
        throw new DOMException('refused by the page’s policy', 'NotAllowedError');
      }
    });
    const css = freshCss();
    const roots = [shadowWith(document.createElement('div'), css), shadowWith(document.createElement('div'), css)];
    for (const root of roots) {
      expect(root.adoptedStyleSheets).toEqual([]);
      expect(root.querySelector('style')!.textContent).toBe(css);
    }
  });
});

describe('elements made from page data', () => {
  it('take its text as text, never as markup', () => {
    const p = el('p', { className: 'note' }, el('bdi', { textContent: '<b>Ada</b>' }), ': <img src=x onerror=alert(1)>');
    expect(p.className).toBe('note');
    expect(p.textContent).toBe('<b>Ada</b>: <img src=x onerror=alert(1)>');
    expect(p.querySelector('b, img')).toBeNull();
    expect(el('span').outerHTML).toBe('<span></span>');
  });
});
