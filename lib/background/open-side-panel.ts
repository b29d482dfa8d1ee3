import { browser } from 'wxt/browser';
import { openSidePanel } from '../protocol/side-panel';

const MENU_ITEM = 'tm-open-side-panel';

/** The shortcut and the toolbar button's menu item that open the side panel (Firefox has its own shortcut). */
export function offerSidePanel(signal: AbortSignal): void {
  const onCommand = (command: string, tab?: { windowId?: number }) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.windowId).catch(() => undefined);
  };
  const onMenu = (info: { menuItemId: string | number }, tab?: { windowId?: number }) => {
    if (info.menuItemId === MENU_ITEM) void openSidePanel(tab?.windowId).catch(() => undefined);
  };
  browser.commands.onCommand.addListener(onCommand);
  browser.contextMenus.onClicked.addListener(onMenu);
  signal.addEventListener('abort', () => {
    browser.commands.onCommand.removeListener(onCommand);
    browser.contextMenus.onClicked.removeListener(onMenu);
  });
  // Made again at every start: creating an item that exists fails, and Firefox forgets them with its event page.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ITEM, title: 'Open the Talkmarks side panel', contexts: ['action'] }))
    .catch(() => undefined);
}
