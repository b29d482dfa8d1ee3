import { shortcutDone, shortcutOf, type Shortcut } from '../keys';
import { send } from '../messaging';
import { HOST_TAG, type Controls } from './controls';
import type { ControlRegistry } from './registry';

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
      host.attachShadow({ mode: 'open' }).append(region);
      document.body.append(host);
      signal.addEventListener('abort', () => host.remove());
    }
    region.textContent = text;
  };
}

/** The controls of the session that has focus: our star button, or anything inside the session's entry. */
function focusedControls(registry: ControlRegistry): Controls | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body) return undefined;
  // Focus inside our shadow root shows as the host, which sits beside the entry's link, not always inside the entry.
  if (active.localName === HOST_TAG) return [...registry.controlsOf(active.dataset.tmKey ?? '')].find((c) => c.host === active);
  return registry.controlsNear(active);
}

async function run(shortcut: Shortcut, controls: Controls, registry: ControlRegistry, announce: (text: string) => void) {
  const { key, entry } = controls;
  const before = registry.annotations.get(key);
  try {
    if (shortcut.kind === 'note') {
      await send({ type: 'page/open-note', key });
      return;
    }
    const patch = shortcut.kind === 'star' ? { starred: !(before?.starred ?? false) } : { rating: shortcut.rating };
    const after = await send({ type: 'annotation/patch', key, patch, entry });
    registry.apply([after]);
    registry.controlsOf(key).forEach((c) => c.setError(undefined));
    announce(shortcutDone(shortcut, entry.title, after.starred));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    registry.controlsOf(key).forEach((c) => c.setError(message));
    announce(`Talkmarks could not save: ${message}`);
  }
}

/**
 * Keys on a schedule page: with focus on a session (its star, or its title link), `s` stars it, `1`–`5`
 * rate it, `0` clears the rating and `n` opens its note in the popup. Keys typed into fields never count.
 */
export function listenForShortcuts(registry: ControlRegistry, signal: AbortSignal): void {
  const announce = createAnnouncer(signal);
  const onKey = (event: KeyboardEvent) => {
    const shortcut = shortcutOf(event);
    const controls = shortcut && focusedControls(registry);
    if (!shortcut || !controls) return;
    // The page's own key handlers must not act on a key we used.
    event.preventDefault();
    event.stopPropagation();
    void run(shortcut, controls, registry, announce);
  };
  document.addEventListener('keydown', onKey, { capture: true, signal });
}
