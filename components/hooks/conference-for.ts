import type { StoredConference } from '../../lib/db/database';
import type { Conference } from '../../lib/model/schema';
import { conferenceOrId } from '../../lib/model/conference';

export function conferenceFor(id: string, known: ReadonlyMap<string, StoredConference>): Conference {
  return conferenceOrId(id, known.get(id));
}
