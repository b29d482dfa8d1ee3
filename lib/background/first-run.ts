import { browser } from 'wxt/browser';

/** The first-run page: the dashboard's Getting started view, which the popup's "Getting started" line also opens. */
export const WELCOME_PATH = '/dashboard.html#view=welcome';

/**
 * Opens the first-run page when Talkmarks is installed, and only then: an update, a browser update or a reload in
 * developer mode (reason `update`, `chrome_update`, `shared_module_update`) must not take the user away from their tab.
 */
export function openWelcomeOnInstall(signal: AbortSignal): void {
  const onInstalled = ({ reason }: { reason: string }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  signal.addEventListener('abort', () => browser.runtime.onInstalled.removeListener(onInstalled));
}
