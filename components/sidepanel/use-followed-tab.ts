import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabEntries } from '../../lib/protocol/tab-messages';
import { entriesOfTab } from '../../lib/protocol/tab-client';

export type FollowedTab = { status: 'loading' } | { status: 'ready'; tabId?: number; page?: TabEntries };

/** `?tabId=N` pins the panel to tab N (tests, as the popup's); otherwise it follows the window's active tab. */
function pinnedTab(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * The tab the side panel is about and what its schedule page shows, read again when the user switches tabs or the
 * tab finishes loading another page. The panel stays open across both, unlike the popup.
 */
export function useFollowedTab(): FollowedTab {
  const [state, setState] = useState<FollowedTab>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    const pinned = pinnedTab();
    let current: number | undefined;
    const read = async () => {
      const [active] = pinned === undefined ? await browser.tabs.query({ active: true, currentWindow: true }) : [];
      const tabId = pinned ?? active?.id;
      current = tabId;
      // The tab's own address, as the browser reports it, decides which conference an answer may be about.
      const url = tabId === undefined ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.url;
      const page = tabId === undefined ? undefined : await entriesOfTab(tabId, url);
      // A slower answer about a tab left meanwhile must not overwrite the newer one.
      if (!abort.signal.aborted && current === tabId) setState({ status: 'ready', tabId, page });
    };
    const onActivated = () => void (pinned === undefined && read());
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === current && change.status === 'complete') void read();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    abort.signal.addEventListener('abort', () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    });
    void read();
    return () => abort.abort();
  }, []);
  return state;
}
