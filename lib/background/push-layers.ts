import { browser } from 'wxt/browser';
import { conferenceIdFor } from '../adapters';
import type { TalkmarksDb } from '../db/database';
import type { TabRequestOf } from '../protocol/tab-messages';
import { sendToTab } from '../protocol/tab-client';
import { colleagueLayers } from '../db/colleagues';

/** The shown colleague layers of a conference, as a tab gets them. */
export async function shownLayers(db: TalkmarksDb, conference: string) {
  return (await colleagueLayers(db, conference)).filter((l) => !l.hidden);
}

/** Tells every tab showing this conference's schedule which colleague layers to mark, read from the database. */
export async function pushLayersToTabs(db: TalkmarksDb, conference: string): Promise<void> {
  const message: TabRequestOf<'tab/colleagues'> = { type: 'tab/colleagues', conference, layers: await shownLayers(db, conference) };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || !URL.canParse(tab.url)) return;
      if (conferenceIdFor(new URL(tab.url)) !== conference) return;
      await sendToTab(tab.id, message).catch(() => undefined);
    }),
  );
}
