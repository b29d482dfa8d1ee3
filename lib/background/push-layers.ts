import type { TalkmarksDb } from '../db/database';
import type { TabRequestOf } from '../protocol/tab-messages';
import { sendToTab } from '../protocol/tab-client';
import { colleagueLayers } from '../db/colleagues';
import { tabsShowing } from './tabs-showing';

/**
 * The shown colleague layers of a conference, as a schedule tab gets them: without the colleague's journal, which
 * the page's markers never show and so never needs to enter a content script.
 */
export async function shownLayers(db: TalkmarksDb, conference: string) {
  return (await colleagueLayers(db, conference)).filter((l) => !l.hidden).map(({ journal: _journal, ...layer }) => layer);
}

/** Tells every tab showing this conference's schedule which colleague layers to mark, read from the database. */
export async function pushLayersToTabs(db: TalkmarksDb, conference: string): Promise<void> {
  const message: TabRequestOf<'tab/colleagues'> = { type: 'tab/colleagues', conference, layers: await shownLayers(db, conference) };
  const tabs = await tabsShowing(conference);
  await Promise.all(tabs.map(({ id }) => sendToTab(id, message).catch(() => undefined)));
}
