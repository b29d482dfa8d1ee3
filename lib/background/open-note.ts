import { browser } from 'wxt/browser';

/**
 * Opens the popup of a tab on one session's note. The toolbar popup is used where the browser lets an
 * extension open it (Chrome 127+); elsewhere, or when it refuses (no focused window), a popup window.
 */
export async function openNoteInPopup(tab: { id: number; windowId?: number }, key: string): Promise<void> {
  const path = `/popup.html?tabId=${tab.id}&note=${encodeURIComponent(key)}`;
  try {
    await browser.action.setPopup({ tabId: tab.id, popup: path });
    await browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  } catch {
    await browser.windows.create({ url: browser.runtime.getURL(path), type: 'popup', width: 440, height: 600 });
  } finally {
    // Back to the plain popup, which reads the active tab itself.
    await browser.action.setPopup({ tabId: tab.id, popup: '/popup.html' }).catch(() => undefined);
  }
}
