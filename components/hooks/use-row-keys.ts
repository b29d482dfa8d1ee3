import { useEffect, useRef, useState } from 'preact/hooks';
import { shortcutOf } from '../../lib/util/keyboard';
import type { AnnotationPatch } from '../../lib/model/schema';

interface Options {
  starred: boolean;
  patch: (patch: AnnotationPatch) => Promise<unknown>;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Open on the note with the cursor in it (the popup opened by `n` on a schedule page). */
  focusNote?: boolean;
}

/**
 * Shortcuts on a session row, while focus is on one of its buttons or links: `s` star, `1`–`5` rate,
 * `0` clear the rating, `n` open the row on its note. Keys typed into its fields are left alone.
 */
export function useRowKeys({ starred, patch, open, setOpen, focusNote = false }: Options) {
  const ref = useRef<HTMLLIElement>(null);
  const [noteWanted, setNoteWanted] = useState(focusNote);

  useEffect(() => {
    if (!noteWanted || !open) return;
    ref.current?.querySelector('textarea')?.focus();
    setNoteWanted(false);
  }, [noteWanted, open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut.kind === 'star') void patch({ starred: !starred }).catch(() => undefined);
    else if (shortcut.kind === 'rate') void patch({ rating: shortcut.rating }).catch(() => undefined);
    else {
      setOpen(true);
      setNoteWanted(true);
    }
  };
  return { ref, onKeyDown };
}
