import { useRef, useState } from 'preact/hooks';
import type { Conference } from '../../lib/model/schema';
import { lazyView } from '../ui/lazy-view';

// Fetched when first opened, as the export dialog is: the notes export (templates, zip) is not first-screen code.
const NotesExportDialog = lazyView(() => import('./NotesExportDialog').then((m) => m.NotesExportDialog), 'the notes export dialog');

interface Props {
  conferences: readonly Conference[];
  /** Chosen when the dialog opens. */
  initial: readonly string[];
  /** The button's accessible name, e.g. "Export for notes app: KubeCon EU 2026" (the visible text first, as speech input expects). */
  label: string;
}

/** "Export for notes app…": opens the notes export dialog, and gives focus back to itself on close. */
export function NotesButton({ conferences, initial, label }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" aria-label={label} onClick={() => setOpen(true)}>
        Export for notes app…
      </button>
      {open && (
        <NotesExportDialog
          conferences={conferences}
          initial={initial}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
