/**
 * Saved pages are read with happy-dom outside the browser (`npm run parse`, the unit tests). happy-dom 21 stops
 * parsing at a `<style>` inside `<svg>` (pretalx puts one in every speaker avatar) and drops the rest of the page;
 * Chromium does not. Those styles mean nothing to Talkmarks, so they are taken out before parsing.
 */
export function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''));
}
