/** The share prompt, in its own shadow root: fixed at the top of the page, above the schedule's own bars. */
export const promptCss = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; top: 12px !important;
  left: 50% !important; transform: translateX(-50%) !important; width: min(560px, calc(100vw - 24px)) !important; }
section { box-sizing: border-box; padding: 14px 16px; border-radius: 8px; border: 1px solid #d1d9e0;
  background: #fff; color: #1f2328; font: 14px/1.45 system-ui, sans-serif; box-shadow: 0 8px 24px rgba(31,35,40,.2); }
.title { font-weight: 600; margin: 0 0 6px; }
p { margin: 0 0 8px; }
bdi { unicode-bidi: isolate; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #d1d9e0; background: #f6f8fa; color: #1f2328; cursor: pointer; }
button.primary { background: #1f883d; border-color: #1a7f37; color: #fff; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.error { border-color: #cf222e; }
@media (prefers-color-scheme: dark) {
  section { background: #161b22; color: #e6edf3; border-color: #3d444d; }
  button { background: #21262d; color: #e6edf3; border-color: #3d444d; }
  button.primary { background: #238636; border-color: #2ea043; }
}
`;

/** Colleague markers beside an entry: small initials; their pick shows on hover, on focus, or pinned by a click. */
export const markersCss = `
:host { all: initial !important; display: inline-flex !important; gap: 2px !important; margin: 0 2px 0 0 !important;
  vertical-align: middle !important; position: relative !important; font: 11px/1 system-ui, sans-serif !important; }
.mark { position: relative; display: inline-block; }
.mark > button { all: unset; box-sizing: border-box; cursor: pointer; min-width: 22px; height: 18px; padding: 0 4px;
  border-radius: 9px; background: #fbefff; color: #6e40c9; font: 600 11px/18px system-ui, sans-serif; text-align: center; }
.mark > button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.panel { display: none; position: absolute; z-index: 2147483646; top: 22px; left: 0; width: max-content; max-width: 320px;
  padding: 8px 10px; border-radius: 6px; border: 1px solid #d1d9e0; background: #fff; color: #1f2328;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 12px rgba(31,35,40,.2); white-space: normal; }
.mark:hover .panel, .mark:focus-within .panel, .mark.pinned .panel { display: block; }
.panel p { margin: 0 0 4px; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 12em; overflow: auto; }
bdi { unicode-bidi: isolate; }
.panel button { font: inherit; margin-top: 4px; padding: 2px 8px; border-radius: 6px; border: 1px solid #d1d9e0; background: #f6f8fa; color: inherit; cursor: pointer; }
.panel button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .mark > button { background: #3c1e70; color: #e2c5ff; }
  .panel { background: #161b22; color: #e6edf3; border-color: #3d444d; }
  .panel button { background: #21262d; border-color: #3d444d; }
}
`;
