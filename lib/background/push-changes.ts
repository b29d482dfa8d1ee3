import type { TalkmarksDb } from '../db/database';
import { changeMarks } from '../db/changes';
import type { TabRequestOf } from '../protocol/tab-messages';
import { sendToTab } from '../protocol/tab-client';
import { tabsShowing } from './tabs-showing';

/** Tells every tab showing this conference's schedule which sessions to mark as changed, read from the database. */
export async function pushChangesToTabs(db: TalkmarksDb, conference: string): Promise<void> {
  const message: TabRequestOf<'tab/changes'> = { type: 'tab/changes', conference, changes: await changeMarks(db, conference) };
  const tabs = await tabsShowing(conference);
  await Promise.all(tabs.map(({ id }) => sendToTab(id, message).catch(() => undefined)));
}
