import { browser } from 'wxt/browser';

/** Chrome's side panel API: not in webextension-polyfill's types (Firefox has `sidebarAction` instead). */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/**
 * Opens the side panel in a window. Both browsers allow it only in answer to a user action (a click in the popup,
 * a keyboard shortcut, a menu item), so callers run it straight from that event, before anything else awaits.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) return sidePanel.open({ windowId });
  return browser.sidebarAction.open();
}
