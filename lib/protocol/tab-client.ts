import { browser } from 'wxt/browser';
import { TabEntries, type TabRequest } from './messages';

/** Asks a tab's content script for what it shows; undefined when the tab has no schedule. */
export async function entriesOfTab(tabId: number): Promise<TabEntries | undefined> {
  const request: TabRequest = { type: 'tab/entries' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    const parsed = TabEntries.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
