/**
 * Single-key shortcuts shared by the in-page controls, the popup and the dashboard. Imports nothing: the
 * content script carries it onto every schedule page.
 */
export type Shortcut = { kind: 'star' } | { kind: 'rate'; rating: number | null } | { kind: 'note' };

const textInputs = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);
const textRoles = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** Whether a key press goes to something the user types into: a page's own field, ours, or an editor. */
export function isTypingTarget(event: Event): boolean {
  return isTypingElement((event.composedPath()[0] ?? event.target) as Element | null);
}

/** Whether `target` is something the user types into (see `isTypingTarget`). */
export function isTypingElement(target: Element | null): boolean {
  if (!target || target.nodeType !== 1) return false;
  if ((target as HTMLElement).isContentEditable) return true;
  const name = target.localName;
  if (name === 'textarea' || name === 'select') return true;
  if (name === 'input') return textInputs.has(((target as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
  return textRoles.has(target.getAttribute('role') ?? '');
}

/** `s` star, `1`–`5` rate, `0` clear the rating, `n` note; never while typing or with a modifier. */
export function shortcutOf(event: KeyboardEvent): Shortcut | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  if (!/^[sn0-5]$/.test(event.key) || isTypingTarget(event)) return undefined;
  if (event.key === 's') return { kind: 'star' };
  if (event.key === 'n') return { kind: 'note' };
  const digit = Number(event.key);
  return { kind: 'rate', rating: digit === 0 ? null : digit };
}

/** What a screen reader hears after a shortcut worked. */
export function shortcutDone(shortcut: Shortcut, title: string, starred: boolean): string {
  if (shortcut.kind === 'star') return `${starred ? 'Starred' : 'Unstarred'}: ${title}`;
  if (shortcut.kind === 'rate') return shortcut.rating === null ? `Rating cleared: ${title}` : `Rated ${shortcut.rating} of 5: ${title}`;
  return `Notes on ${title}`;
}
