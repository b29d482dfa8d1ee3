import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** The dialog's classes (`tm-dialog tm-share`, `tm-export`…). */
  class: string;
  /** The id of the element that names the dialog (its accessible name). */
  titleId: string;
  /**
   * The heading, as an `<h2>` with `titleId`. Without it, the children hold the element with that id: a dialog
   * whose title changes with its step.
   */
  title?: ComponentChildren;
  /** Where Close goes: at the end of the footer (the default), or beside the title in a `<header>` of this class. */
  header?: string;
  /** Buttons of the footer, before Close. */
  actions?: ComponentChildren;
  /** Close's label: "Close" unless a step asks otherwise ("Not now"). */
  closeLabel?: string;
  /** While true (an import running), Escape and Close do nothing. */
  busy?: boolean;
  /** A polite live status line after the footer; rendered whenever given, empty or not, so it is there before it speaks. */
  status?: string;
  /** Focus Close when the dialog opens, not the first action: for a confirmation whose action destroys something. */
  focusClose?: boolean;
  /** Called once the dialog has closed: by Close, by Escape, or by the browser. */
  onClose: () => void;
  children?: ComponentChildren;
}

/**
 * A modal dialog of the dashboard and popup: opened with `showModal` when it mounts (focus moves in, the page
 * behind is inert, Escape closes), named by its title, with a footer of buttons ending in Close.
 */
export function Dialog({ class: className, titleId, title, header, actions, closeLabel = 'Close', busy = false, status, focusClose = false, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const close = (
    <button type="button" disabled={busy} autofocus={focusClose} onClick={() => dialog.current?.close()}>
      {closeLabel}
    </button>
  );
  const heading = title !== undefined && <h2 id={titleId}>{title}</h2>;
  return (
    <dialog ref={dialog} class={className} aria-labelledby={titleId} onCancel={(e) => busy && e.preventDefault()} onClose={onClose}>
      {header !== undefined ? (
        <header class={header}>
          {heading}
          {close}
        </header>
      ) : (
        heading
      )}
      {children}
      {header === undefined && (
        <div class="tm-actions">
          {actions}
          {close}
        </div>
      )}
      {status !== undefined && (
        <p class="tm-status" role="status" aria-live="polite">
          {status}
        </p>
      )}
    </dialog>
  );
}
