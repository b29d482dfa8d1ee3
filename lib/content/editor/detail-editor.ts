import type { EditorView, MountEditor, SaveFromEditor } from './handoff';
import { errorMessage } from '../../util/errors';
import { closedShadow } from '../shadow';
import { onlyTrustedEvents } from '../trusted';

export const EDITOR_TAG = 'tm-editor';

/** `dispose` unmounts the editor (saving a pending note): nothing of it outlives its element. */
export interface DetailEditor extends EditorView {
  readonly host: HTMLElement;
}

/**
 * The `<tm-editor>` of a session page, placed at once (the registry owns it like any control of ours) while the
 * editor itself (Preact) is loaded by `load`: only pages about one session pay for it. Until it arrives the
 * latest `update` waits; the editor renders from its arguments alone, so the earlier ones have nothing to add.
 */
export function createDetailEditor(save: SaveFromEditor, load: () => Promise<MountEditor>): DetailEditor {
  const created = performance.now();
  const host = document.createElement(EDITOR_TAG);
  // Closed and made in this world: the page's scripts cannot read the note or reach a control to fire events on
  // (README: "What a schedule page can and cannot see"). Untrusted events are stopped as well, in case one gets in.
  const root = closedShadow(host);
  onlyTrustedEvents(root);
  // Typing or clicking in the editor must not trigger the page's own shortcuts and handlers.
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'click']) host.addEventListener(type, (e) => e.stopPropagation());
  let view: EditorView | undefined;
  let waiting: Parameters<EditorView['update']> | undefined;
  let disposed = false;
  load().then(
    (mount) => {
      if (disposed) return;
      view = mount(root, save);
      if (waiting) {
        view.update(...waiting);
        performance.measure('talkmarks:editor', { start: created });
      }
      waiting = undefined;
    },
    (error: unknown) => {
      if (disposed) return;
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.style.cssText = 'margin: 4px 0; color: #cf222e; font: 14px/1.4 system-ui, sans-serif;';
      message.textContent = `Talkmarks could not load its editor: ${errorMessage(error)}`;
      root.append(message);
    },
  );
  return {
    host,
    update(entry, annotation) {
      if (view) view.update(entry, annotation);
      else if (!disposed) waiting = [entry, annotation];
    },
    dispose() {
      disposed = true;
      waiting = undefined;
      view?.dispose();
      view = undefined;
    },
  };
}
