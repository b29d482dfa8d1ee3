/** Styles of the inline editor on a session page, inside its open shadow root (one per page: cost is no concern). */
export const editorCss = `
:host { all: initial; display: block; }
.tm-panel {
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --star: #bf8700;
  --chip: #ddf4ff; --chip-fg: #0a3069; --danger: #cf222e; --bg: #ffffff;
  display: grid; gap: 6px; max-width: 40rem; padding: 8px 10px; box-sizing: border-box;
  border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
}
@media (prefers-color-scheme: dark) {
  .tm-panel {
    --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #4493f8; --star: #e3b341;
    --chip: #0c2d6b; --chip-fg: #cae8ff; --danger: #f85149; --bg: #0d1117;
  }
}
h2 { font-size: 0.85rem; font-weight: 600; margin: 0; color: var(--muted); }
button, input, textarea { font: inherit; color: inherit; }
button { background: transparent; border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
button:disabled { opacity: 0.5; cursor: default; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
input, textarea { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; box-sizing: border-box; }
.tm-rating { display: flex; gap: 2px; align-items: center; }
.tm-rating button { border: none; font-size: 1.1rem; padding: 0 2px; }
.tm-rating button.on { color: var(--star); }
.tm-rating .tm-clear { font-size: 0.8rem; border: 1px solid var(--line); margin-left: 8px; }
.tm-tags ul { display: inline-flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; margin: 0 4px 0 0; }
.tm-tags li { background: var(--chip); color: var(--chip-fg); border-radius: 10px; padding: 0 2px 0 8px; }
.tm-tags li button { border: none; padding: 0 4px; }
.tm-note textarea { width: 100%; resize: vertical; }
.tm-status { font-size: 0.8rem; color: var(--muted); }
.tm-status.error, .tm-error { color: var(--danger); margin: 0; }
`;
