import type { Plugin } from 'vite';

/**
 * The extension's pages (popup, dashboard, side panel) with their style sheets in the page itself. A linked style
 * sheet holds the first paint until it is read, and holds every script of the page too; the popup's first line then
 * waited for two reads from the extension's files before it could paint. Extension pages' default CSP limits
 * scripts, not styles, so an inline `<style>` is allowed in Chrome and Firefox. The files stay in the build: style
 * sheets of code loaded later (a view opened on demand) are still linked by the loader.
 */
export function inlineStylesheets(html: string, readCss: (path: string) => string | undefined): string {
  return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="(\/?([^"]+\.css))">/g, (link, href: string, path: string) => {
    const css = readCss(path);
    if (css === undefined) return link;
    // Our own CSS never closes the element early; if it ever did, the page would break, so the build stops instead.
    if (/<\/style/i.test(css)) throw new Error(`${path} contains "</style": it cannot be inlined`);
    // The disabled link is never fetched (HTML's fetch setup steps for a style sheet stop at `disabled`), but Vite's
    // loader finds it: a view loaded later that needs this sheet does not link it again, after the page's other
    // sheets, where it would win over rules meant to override it.
    return `<style data-from="${path}">${css.trim()}</style><link rel="stylesheet" href="${href}" disabled>`;
  });
}

export function inlinePageCss(): Plugin {
  return {
    name: 'talkmarks:inline-page-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return inlineStylesheets(html, (path) => {
          const asset = bundle[path];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
