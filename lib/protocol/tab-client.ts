import { browser } from 'wxt/browser';
import { answerOfTab } from './tab-answer';
import type { EmbedBinding } from '../model/embed';
import { TabEmbeds, TabEntries, type TabRequestOf, type TabResponses, type TabType } from './tab-messages';

/**
 * Sends a message to a tab's content script; rejects when the tab has none. The answer is typed by the message, as
 * the content script gives it (see `lib/content/tab-listener.ts`).
 */
export async function sendToTab<T extends TabType>(tabId: number, request: TabRequestOf<T>): Promise<TabResponses[T]> {
  return (await browser.tabs.sendMessage(tabId, request)) as TabResponses[T];
}

/**
 * Asks a tab's content script for what it shows; undefined when the tab has no schedule, or the answer is about
 * another conference than the tab's URL (`tabUrl`, as the browser reports it) shows.
 */
export async function entriesOfTab(
  tabId: number,
  tabUrl: string | undefined,
  binding?: EmbedBinding | Promise<EmbedBinding | undefined>,
): Promise<TabEntries | undefined> {
  try {
    // Checked all the same: it comes from the process of a web page, and the popup shows it.
    const parsed = TabEntries.safeParse(await sendToTab(tabId, { type: 'tab/entries' }));
    // The binding may still be read while the tab answers (the popup asks both at once).
    return parsed.success ? answerOfTab(parsed.data, tabUrl, await binding) : undefined;
  } catch {
    return undefined;
  }
}

/** The schedules a tab's page embeds, as its markup claims; undefined when it has no Talkmarks script or embeds none. */
export async function embedsOfTab(tabId: number): Promise<TabEmbeds | undefined> {
  try {
    const parsed = TabEmbeds.safeParse(await sendToTab(tabId, { type: 'tab/embeds' }));
    return parsed.success && parsed.data.embeds.length ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
