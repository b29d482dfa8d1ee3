/**
 * Events that could change something of the user's when they reach one of our controls. Focus and blur are left
 * out: the browser fires them itself (trusted) even for a script's `focus()`, and nothing saves on them alone.
 */
const ACTING_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit', 'paste', 'cut', 'drop',
] as const;

/**
 * Stops every untrusted event (`isTrusted === false`: made by a script with `dispatchEvent` or `.click()`) before it
 * reaches anything inside `root`: only the user's own clicks and keys act on our controls. Capture listeners on the
 * root run before the listeners of the elements in it (Preact's included).
 */
export function onlyTrustedEvents(root: ShadowRoot | Element, signal?: AbortSignal): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, stop, { capture: true, signal });
}
