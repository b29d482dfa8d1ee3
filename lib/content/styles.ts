/**
 * Styles of the in-page controls, inside each control's open shadow root: the page's CSS cannot reach in,
 * ours cannot leak out. Host rules are !important because page rules on the host element would win otherwise.
 */
export const controlsCss = `
:host {
  all: initial !important;
  display: inline-flex !important;
  align-items: center !important;
  gap: 2px !important;
  margin: 0 4px 0 0 !important;
  vertical-align: middle !important;
  font: 13px/1 system-ui, sans-serif !important;
  color: #1f2328;
}
button {
  all: unset;
  box-sizing: border-box;
  cursor: pointer;
  width: 22px;
  height: 22px;
  border-radius: 4px;
  text-align: center;
  font-size: 17px;
  line-height: 22px;
  /* Contrast at least 4.5:1 on white (WCAG AA), the usual schedule background. */
  color: #59636e;
}
button:hover { background: rgba(127, 127, 127, 0.18); }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button[aria-pressed="true"] { color: #9a6700; }
.badge {
  padding: 1px 4px;
  border-radius: 8px;
  background: #ddf4ff;
  color: #0a3069;
  font-size: 11px;
  line-height: 14px;
  white-space: nowrap;
}
.badge[hidden] { display: none; }
.error { outline: 2px solid #cf222e; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6edf3; }
  .badge { background: #0c2d6b; color: #cae8ff; }
}
`;
