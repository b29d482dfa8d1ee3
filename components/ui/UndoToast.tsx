import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../lib/util/errors';
import './undo-toast.css';

/** Long enough to read the message and reach the button; the timer waits while the pointer or focus is on it. */
export const UNDO_SHOWN_MS = 8_000;

interface Offer {
  /** What was done, in words: "Chose “Keynote”; 3 set aside." */
  message: string;
  /** The background's id of the change, for `undo/apply`. */
  undo: string;
  seq: number;
}

let current: Offer | undefined;
let seq = 0;
const listeners = new Set<() => void>();

/** Shows what a change did with an Undo button; a newer change replaces the offer (its own undo still works). */
export function offerUndo(message: string, undo: string): void {
  current = { message, undo, seq: ++seq };
  for (const listener of listeners) listener();
}

/**
 * The one Undo message of a page: mounted once, fed by `offerUndo` from any view. A live region, so a screen
 * reader hears what happened; the focus stays where the user was.
 */
export function UndoToast() {
  const [offer, setOffer] = useState<Offer | undefined>(current);
  const [result, setResult] = useState('');
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const listener = () => (setOffer(current), setResult(''));
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);

  useEffect(() => {
    if ((!offer && !result) || (offer && held)) return;
    const timer = setTimeout(() => (setOffer(undefined), setResult('')), UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offer, result, held]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const controller = new AbortController();
    const on = { pointer: false, focus: false };
    const track = (what: keyof typeof on, value: boolean) => () => ((on[what] = value), setHeld(on.pointer || on.focus));
    const { signal } = controller;
    el.addEventListener('pointerenter', track('pointer', true), { signal });
    el.addEventListener('pointerleave', track('pointer', false), { signal });
    el.addEventListener('focusin', track('focus', true), { signal });
    el.addEventListener('focusout', track('focus', false), { signal });
    return () => controller.abort();
  }, []);

  const undo = async (taken: Offer) => {
    setOffer(undefined);
    try {
      await send({ type: 'undo/apply', id: taken.undo });
      setResult(`Undone: ${taken.message}`);
    } catch (e) {
      setResult(errorMessage(e));
    }
  };

  return (
    <div ref={box} class="tm-undo-toast" role="status" aria-live="polite" hidden={!offer && !result}>
      {offer && (
        <>
          <span>{offer.message}</span>
          <button type="button" onClick={() => void undo(offer)}>
            Undo
          </button>
        </>
      )}
      {!offer && result && <span>{result}</span>}
    </div>
  );
}
