import { useEffect, useState } from 'preact/hooks';
import { isTypingTarget } from '../../lib/util/keyboard';
import { Dialog } from '../ui/Dialog';

/** Every shortcut of the sessions view, as the help dialog lists them. */
export const shortcuts: readonly (readonly [keys: readonly string[], what: string])[] = [
  [['/'], 'Search: put the cursor in the search box'],
  [['↓'], 'From the search box to the first result'],
  [['↓', 'j'], 'Next result'],
  [['↑', 'k'], 'Previous result'],
  [['Home', 'End'], 'First or last result'],
  [['Enter'], 'Open or close the result’s notes (on a button or link: press it)'],
  [['s'], 'Star or unstar'],
  [['1', '2', '3', '4', '5'], 'Rate'],
  [['0'], 'Clear the rating'],
  [['n'], 'Write a note'],
  [['Tab'], 'The row’s buttons, one by one'],
  [['?'], 'This list'],
  [['Esc'], 'Close this list'],
];

/** `?` (outside a field) or the ? button opens the list of every shortcut; Escape or Close shuts it. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const stop = new AbortController();
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event)) return;
        event.preventDefault();
        setOpen(true);
      },
      { signal: stop.signal },
    );
    return () => stop.abort();
  }, []);
  return (
    <>
      <button type="button" class="tm-help" aria-label="Keyboard shortcuts" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        ?
      </button>
      {open && (
        <Dialog class="tm-dialog tm-shortcuts" titleId="tm-shortcuts-title" title="Keyboard shortcuts" onClose={() => setOpen(false)}>
          <dl>
            {shortcuts.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </Dialog>
      )}
    </>
  );
}
