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
