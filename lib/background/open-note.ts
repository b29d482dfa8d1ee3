import { browser } from 'wxt/browser';
import { requestNote } from '../protocol/note-request';

/** The popup window a note was last opened in, kept in session storage, which outlives the service worker. */
const WINDOW_KEY = 'noteWindow';

interface NoteWindow {
  windowId: number;
  tabId: number;
}

async function openWindow(): Promise<NoteWindow | undefined> {
  const { [WINDOW_KEY]: stored } = (await browser.storage.session.get(WINDOW_KEY)) as { [WINDOW_KEY]?: NoteWindow };
  if (!stored) return undefined;
  try {
    const tab = await browser.tabs.get(stored.tabId);
    return tab.windowId === stored.windowId ? stored : undefined;
  } catch {
    return undefined;
  }
}

async function open(tab: { id: number; windowId?: number }, key: string): Promise<void> {
  await requestNote(tab.id, key);
  const url = browser.runtime.getURL(`/popup.html?tabId=${tab.id}&note=${encodeURIComponent(key)}`);
  const existing = await openWindow();
  if (existing) {
    await browser.tabs.update(existing.tabId, { url });
    await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  // The toolbar popup closes as soon as the page has focus again, so one still open here already shows Talkmarks
  // (a key repeated faster than it closed): it stays the one note window. `getContexts`: Chrome 116+.
  const popups = await browser.runtime.getContexts?.({ contextTypes: ['POPUP'] }).catch(() => []);
  if (popups?.length) return;
  try {
    await browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  } catch {
    const made = await browser.windows.create({ url, type: 'popup', width: 440, height: 600 });
    const tabId = made.tabs?.[0]?.id;
    if (made.id !== undefined && tabId !== undefined) await browser.storage.session.set({ [WINDOW_KEY]: { windowId: made.id, tabId } satisfies NoteWindow });
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Opens the popup of a tab on one session's note. The toolbar popup is used where the browser lets an
 * extension open it (Chrome 127+); elsewhere, or when it refuses (no focused window), a popup window. One note
 * window at most: requests run one after another, and a window still open from an earlier one is shown the new
 * note and focused, however many requests come (a held-down `n`).
 */
export function openNoteInPopup(tab: { id: number; windowId?: number }, key: string): Promise<void> {
  const run = queue.then(() => open(tab, key));
  queue = run.catch(() => undefined);
  return run;
}
