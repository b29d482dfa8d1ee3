import { conferenceIdFor } from '../../lib/adapters';
import { conferencesById } from '../../lib/db/conferences';
import type { TalkmarksDb } from '../../lib/db/database';
import { conferenceEntries } from '../../lib/db/sessions';
import type { TabEntries } from '../../lib/protocol/tab-messages';

/**
 * The tab's conference as Talkmarks stored it, for a tab whose page gave no answer the popup can believe (its
 * script not running yet, or an answer about another conference): which conference it is comes from the tab's URL
 * alone, so a page can hide its sessions from the popup but never show it another conference's.
 */
export async function storedPage(db: TalkmarksDb, tabUrl: string | undefined): Promise<TabEntries | undefined> {
  const id = tabUrl && URL.canParse(tabUrl) ? conferenceIdFor(new URL(tabUrl)) : undefined;
  const stored = id ? (await conferencesById(db)).get(id) : undefined;
  if (!id || !stored) return undefined;
  const { seenAt: _seenAt, ...conference } = stored;
  return { conference, entries: await conferenceEntries(db, id) };
}
