/**
 * Shadow root per entry or light DOM? The same 2,000-entry page, three ways of adding a star per entry, in the
 * page's own world (no extension): the floor's plain button, Talkmarks' light-DOM `tm-controls` (what it ships),
 * and the walking skeleton's shadow root per entry with an adopted stylesheet and a hidden badge.
 */
export const controlStyles: Record<string, string> = {
  'plain button (floor)': `for (const a of links) { const b = document.createElement('button'); b.textContent = '\\u2606'; a.before(b); }`,
  'light DOM tm-controls (shipped)': `const style = document.createElement('style');
    style.textContent = 'tm-controls{all:initial!important;display:inline-flex!important} tm-controls>button{all:initial!important;width:22px!important;height:22px!important;font:17px/22px system-ui!important} tm-controls>button::before{content:"\\\\2606"!important}';
    document.head.append(style);
    const t = document.createElement('tm-controls'); const tb = document.createElement('button'); tb.type = 'button'; tb.setAttribute('aria-pressed', 'false'); t.append(tb);
    for (const a of links) { const h = t.cloneNode(true); h.setAttribute('data-tm-key', a.getAttribute('href')); h.firstChild.setAttribute('aria-label', 'Star: ' + a.firstChild.nodeValue); a.before(h); }`,
  'shadow root per entry': `const sheet = new CSSStyleSheet(); sheet.replaceSync(':host{all:initial!important;display:inline-flex!important} button{all:unset;width:22px;height:22px;font-size:17px} .badge[hidden]{display:none}');
    for (const a of links) { const h = document.createElement('tm-controls'); h.dataset.tmKey = a.getAttribute('href'); const r = h.attachShadow({ mode: 'open' }); r.adoptedStyleSheets = [sheet];
      const b = document.createElement('button'); b.type = 'button'; b.setAttribute('aria-pressed', 'false'); b.setAttribute('aria-label', 'Star: ' + a.firstChild.nodeValue);
      const g = document.createElement('span'); g.setAttribute('aria-hidden', 'true'); g.textContent = '\\u2606'; b.append(g);
      const badge = document.createElement('span'); badge.className = 'badge'; badge.hidden = true; r.append(b, badge); a.before(h); }`,
};

/** The page with one way of adding controls, run where a content script would (after parsing), marked for the probe. */
export function stylePage(page: string, code: string): string {
  return page.replace(
    '</body>',
    `<script>performance.mark('style:start'); const links = document.querySelectorAll('a[href*="event/"]'); ${code}
performance.mark('style:ready');</script></body>`,
  );
}
