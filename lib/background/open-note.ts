import { browser } from 'wxt/browser';
import { requestNote } from '../protocol/note-request';

/**
 * Opens the popup of a tab on one session's note. The toolbar popup is used where the browser lets an
 * extension open it (Chrome 127+); elsewhere, or when it refuses (no focused window), a popup window.
 */
export async function openNoteInPopup(tab: { id: number; windowId?: number }, key: string): Promise<void> {
  await requestNote(tab.id, key);
  try {
    await browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  } catch {
    const url = browser.runtime.getURL(`/popup.html?tabId=${tab.id}&note=${encodeURIComponent(key)}`);
    await browser.windows.create({ url, type: 'popup', width: 440, height: 600 });
  }
}
