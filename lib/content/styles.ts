import { darkColours as dark, fontFamily, lightColours as light, spacePx, textPx } from '../util/ui-tokens';

/** The smallest target (WCAG 2.2, 2.5.8), a spacing step too. */
const target = `${spacePx[6]}px`;
const gap = `${spacePx[1]}px`;

/**
 * Styles of the in-page controls, from the tokens of the extension's own pages (`lib/util/ui-tokens.ts`) taken as
 * values: a page could set custom properties on our elements, and its `rem` is not ours. They live in the page's
 * light DOM (a shadow root per entry cost 2–3× more per entry in `npm run bench`), so isolation comes from the `tm-`
 * element names, `all: initial` and `!important`: page rules cannot reach in, ours never leave our elements. The
 * star's glyph is generated content, so the page's own scripts reading an entry's `textContent` see nothing of ours;
 * the badge, which shows the user's rating and tags, is a closed shadow root of its own (`badgeCss`), made only for
 * annotated sessions.
 */
export const controlsCss = `
tm-controls {
  all: initial !important;
  display: inline-flex !important;
  align-items: center !important;
  gap: 2px !important;
  margin: 0 ${gap} 0 0 !important;
  vertical-align: middle !important;
}
tm-controls > button {
  all: initial !important;
  box-sizing: border-box !important;
  display: inline-block !important;
  cursor: pointer !important;
  width: ${target} !important;
  height: ${target} !important;
  border-radius: ${gap} !important;
  text-align: center !important;
  font: 17px/${target} ${fontFamily} !important;
  /* Contrast at least 4.5:1 on white (WCAG AA), the usual schedule background. */
  color: ${light.muted} !important;
}
tm-controls > button::before { content: '\\2606' !important; }
tm-controls > button[aria-pressed='true'] { color: ${light.star} !important; }
tm-controls > button[aria-pressed='true']::before { content: '\\2605' !important; }
tm-controls > button:hover { background: rgba(127, 127, 127, 0.18) !important; }
tm-controls > button:focus-visible { outline: 2px solid ${light.accent} !important; outline-offset: 1px !important; }
tm-controls > button.tm-error { outline: 2px solid ${light.danger} !important; }
tm-controls > tm-badge { all: initial !important; display: inline-block !important; }
tm-controls > tm-badge[hidden] { display: none !important; }
tm-controls > tm-change { all: initial !important; display: inline-block !important; }
tm-controls > tm-change[hidden] { display: none !important; }
tm-editor { all: initial !important; display: block !important; margin: ${spacePx[2]}px 0 !important; }
`;

/** Inside each badge's closed shadow root: the page's rules cannot reach in, so no `!important` is needed. */
export const badgeCss = `
span {
  padding: 1px ${gap};
  border-radius: 8px;
  background: ${light.chip};
  color: ${light['chip-fg']};
  font: ${textPx('xs')}/14px ${fontFamily};
  white-space: nowrap;
}
/* Set from the page's own background (scheme.ts), not the system's dark mode. */
span.dark { background: ${dark.chip}; color: ${dark['chip-fg']}; }
`;

/** Inside each change mark's closed shadow root: amber, so it reads as a warning beside the blue badge. */
export const changeMarkCss = `
span {
  padding: 1px ${gap};
  border-radius: 8px;
  background: ${light['warn-bg']};
  color: ${light['warn-fg']};
  font: ${textPx('xs')}/14px ${fontFamily};
  white-space: nowrap;
}
/* As the badge: the page's own background decides (scheme.ts), not the system's dark mode. */
span.dark { background: ${dark['warn-bg']}; color: ${dark['warn-fg']}; }
`;

/** Adds our one stylesheet to a document, once. A `<style>` element: constructed sheets fail from content scripts in Firefox. */
export function ensureStyles(doc: Document): void {
  if (doc.getElementById('tm-styles')) return;
  const style = doc.createElement('style');
  style.id = 'tm-styles';
  style.textContent = controlsCss;
  (doc.head ?? doc.documentElement).append(style);
}
