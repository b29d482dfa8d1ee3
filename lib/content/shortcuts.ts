import { isTypingElement, shortcutDone, shortcutOf, type Shortcut } from '../util/keyboard';
import { send } from '../protocol/send';
import { HOST_TAG, type Controls } from './controls';
import { patchFromPage } from './patch';
import type { ControlRegistry } from './registry';
import { errorMessage } from '../util/errors';
import { closedRootOf, closedShadow } from './shadow';

const ANNOUNCER_TAG = 'tm-announcer';

/** A visually hidden live region of our own, so screen readers hear what a shortcut did. */
function createAnnouncer(signal: AbortSignal): (text: string) => void {
  let region: HTMLElement | undefined;
  return (text) => {
    if (!region) {
      const host = document.createElement(ANNOUNCER_TAG);
      host.style.cssText = 'position:fixed!important;width:1px!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important;';
      region = document.createElement('div');
      region.setAttribute('role', 'status');
      // Closed: what it says ("Rated 4 of 5: …") is the user's, not the page's to read.
      closedShadow(host).append(region);
      document.body.append(host);
      signal.addEventListener('abort', () => host.remove());
    }
    region.textContent = text;
  };
}

/**
 * Whether the key goes to a field in one of our closed shadow roots (the session page's note and tags): the event's
 * path stops at the host there, so only the root itself can say what inside it has focus.
 */
function typingInClosedRoot(event: Event): boolean {
  let root = closedRootOf(event.composedPath()[0] as Element);
  let inner = root?.activeElement ?? null;
  // Nested roots (Preact's inputs are plain elements, but any of ours could hold another host).
  while (inner && (root = closedRootOf(inner))) inner = root.activeElement;
  return isTypingElement(inner);
}

/** The controls of the session that has focus: our star button, or anything inside the session's entry. */
function focusedControls(registry: ControlRegistry): Controls | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body) return undefined;
  // Focus on our star is inside our host, which sits beside the entry's link, not always inside the entry.
  const host = active.closest(HOST_TAG);
  if (host) return registry.controlsAt(host);
  return registry.controlsNear(active);
}

async function run(shortcut: Shortcut, controls: Controls, registry: ControlRegistry, announce: (text: string) => void) {
  const { key } = controls;
  const title = registry.entry(key)?.title ?? '';
  try {
    if (shortcut.kind === 'note') {
      await send({ type: 'page/open-note', key });
      return;
    }
    const before = registry.annotations.get(key);
    const patch = shortcut.kind === 'star' ? { starred: !(before?.starred ?? false) } : { rating: shortcut.rating };
    // Shown at once, saved through the background, put back with the reason on the controls if it fails.
    const after = await patchFromPage(registry, key, patch);
    announce(shortcutDone(shortcut, title, after.starred));
  } catch (error) {
    announce(`Talkmarks could not save: ${errorMessage(error)}`);
  }
}

/**
 * Keys on a schedule page: with focus on a session (its star, or its title link), `s` stars it, `1`–`5`
 * rate it, `0` clears the rating and `n` opens its note in the popup. Keys typed into fields never count, nor keys
 * a script made.
 */
export function listenForShortcuts(registry: ControlRegistry, signal: AbortSignal): void {
  const announce = createAnnouncer(signal);
  const onKey = (event: KeyboardEvent) => {
    // A key the page's script made (`dispatchEvent`) is not the user's: it stars, rates and opens nothing.
    if (!event.isTrusted) return;
    const shortcut = typingInClosedRoot(event) ? undefined : shortcutOf(event);
    const controls = shortcut && focusedControls(registry);
    if (!shortcut || !controls) return;
    // The page's own key handlers must not act on a key we used.
    event.preventDefault();
    event.stopPropagation();
    void run(shortcut, controls, registry, announce);
  };
  document.addEventListener('keydown', onKey, { capture: true, signal });
}
