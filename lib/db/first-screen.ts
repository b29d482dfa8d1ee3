import type { TalkmarksDb } from './database';
import { isAnnotated } from '../model/fields';

/**
 * The conference the dashboard's overview lists first: that of the first annotated session in key order, the
 * order the overview groups conferences in. Read by a cursor that stops there, so it costs a few records.
 */
export async function firstAnnotatedConference(db: TalkmarksDb): Promise<string | undefined> {
  // A row an upgrade could not repair (kept as it was) may have no conference: the overview cannot start there.
  return (await db.annotations.filter((a) => typeof a.conference === 'string' && isAnnotated(a)).first())?.conference;
}
