import { useRef, useState } from 'preact/hooks';
import type { Conference } from '../../lib/model/schema';
import { lazyView } from '../ui/lazy-view';

// Fetched when first opened: the dashboard's first screen has an Export button per conference, not the dialog's code.
const ExportDialog = lazyView(() => import('./ExportDialog').then((m) => m.ExportDialog), 'the export dialog');

interface Props {
  conferences: readonly Conference[];
  /** The conference the button belongs to: chosen when the dialog opens, and part of the button's name. */
  conference: Conference;
}

/** "Export…": opens the export dialog for a conference, and gives focus back to itself on close. */
export function ExportButton({ conferences, conference }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-label={`Export ${conference.name}…`}
        onClick={() => setOpen(true)}
      >
        Export…
      </button>
      {open && (
        <ExportDialog
          conferences={conferences}
          initial={[conference.id]}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
