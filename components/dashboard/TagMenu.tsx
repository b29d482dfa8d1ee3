import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export type TagAction = 'rename' | 'merge';

interface Props {
  tag: string;
  /** Merging needs another tag to merge into. */
  canMerge: boolean;
  onPick: (action: TagAction) => void;
}

/**
 * The ⋯ button of a tag and its menu (Rename…, Merge into…): a menu button as the ARIA practices describe it.
 * Opening focuses the first item; ↑/↓ move, Escape closes and returns focus, a click outside closes.
 */
export function TagMenu({ tag, canMerge, onPick }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];

  // Before the next key press arrives: ↓ right after Enter goes to the menu.
  useLayoutEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const stop = new AbortController();
    document.addEventListener('pointerdown', (e) => !menu.current?.parentElement?.contains(e.target as Node) && setOpen(false), { signal: stop.signal });
    return () => stop.abort();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (action: TagAction) => {
    setOpen(false);
    onPick(action);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      close();
    } else if (to !== undefined) {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    }
  };
  return (
    <div class="tm-tag-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Rename or merge ${tag}`}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label={`Tag ${tag}`} onKeyDown={onKeyDown}>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => pick('rename')}>
            Rename…
          </button>
          {canMerge && (
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => pick('merge')}>
              Merge into…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
