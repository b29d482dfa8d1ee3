import type { TalkmarksDb } from './database';
import { jsonBytes } from '../util/bytes';

/** Each stored session of a conference → the UTF-8 bytes of its record: what the conference weighs. */
export async function sessionSizes(db: TalkmarksDb, conference: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  await db.sessions.where('conference').equals(conference).each((s) => void sizes.set(s.key, jsonBytes(s)));
  return sizes;
}

/** The bytes of these sessions' records as stored now; keys with no record are left out. */
export async function sizesOf(db: TalkmarksDb, keys: readonly string[]): Promise<Map<string, number>> {
  const records = await db.sessions.bulkGet([...keys]);
  return new Map(records.flatMap((s) => (s ? [[s.key, jsonBytes(s)] as const] : [])));
}
