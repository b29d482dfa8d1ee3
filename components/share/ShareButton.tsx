import { useRef, useState } from 'preact/hooks';
import type { Conference } from '../../lib/model/schema';
import { ShareDialog } from './ShareDialog';

interface Props {
  conferences: readonly Conference[];
  /** Chosen when the dialog opens, and named by the button. */
  conference?: Conference;
}

/** "Share my picks…": opens the share dialog, and gives focus back to itself on close. */
export function ShareButton({ conferences, conference }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const first = conference ?? conferences[0];
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-label={conference ? `Share my picks for ${conference.name}…` : undefined}
        disabled={!first}
        onClick={() => setOpen(true)}
      >
        Share my picks…
      </button>
      {open && first && (
        <ShareDialog
          conferences={conferences.length ? conferences : [first]}
          initial={first.id}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
