import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../scripts/inline-page-css';

const page = (links: string) => `<!DOCTYPE html><html><head><script type="module" src="/chunks/popup.js"></script>${links}</head><body><p>Reading this page…</p></body></html>`;
const sheets: Record<string, string> = { 'assets/ui-1.css': ':root{--bg:#fff}\n', 'assets/plan-2.css': '.tm-sr{position:absolute}' };

describe('the pages carry their own style sheets', () => {
  it('puts each style sheet the page links into the page, in the same order', () => {
    const html = inlineStylesheets(page('<link rel="stylesheet" crossorigin href="/assets/ui-1.css"><link rel="stylesheet" crossorigin href="/assets/plan-2.css">'), (p) => sheets[p]);
    expect(html.indexOf(':root{--bg:#fff}')).toBeGreaterThan(0);
    expect(html.indexOf(':root{--bg:#fff}')).toBeLessThan(html.indexOf('.tm-sr{position:absolute}'));
    expect(html).not.toMatch(/<link rel="stylesheet"(?! href="[^"]+" disabled>)/);
    expect(html).toContain('<p>Reading this page…</p>');
  });

  it('leaves a disabled link of the same address, so a view loaded later does not link the sheet again', () => {
    const html = inlineStylesheets(page('<link rel="stylesheet" crossorigin href="/assets/ui-1.css">'), (p) => sheets[p]);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // What Vite's loader asks before it links a view's style sheet.
    const marker = doc.querySelector<HTMLLinkElement>('link[href="/assets/ui-1.css"][rel="stylesheet"]');
    expect(marker?.hasAttribute('disabled')).toBe(true);
    expect(doc.querySelector('style')?.textContent).toBe(':root{--bg:#fff}');
  });

  it('keeps a link it has no sheet for, and stops the build on a sheet that would end the style element early', () => {
    const unknown = '<link rel="stylesheet" crossorigin href="/assets/other.css">';
    expect(inlineStylesheets(page(unknown), (p) => sheets[p])).toBe(page(unknown));
    expect(() => inlineStylesheets(page('<link rel="stylesheet" href="/assets/x.css">'), () => 'a{}</STYLE><script>alert(1)</script>')).toThrow(/x\.css/);
  });
});
