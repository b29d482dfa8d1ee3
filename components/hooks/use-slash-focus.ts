import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { isTypingTarget } from '../../lib/util/keyboard';

/** `/` puts the cursor in a search or filter box, as on GitHub and most sites with one. */
export function useSlashFocus(ref: RefObject<HTMLInputElement>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event) || !ref.current) return;
      event.preventDefault();
      ref.current.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ref]);
}
