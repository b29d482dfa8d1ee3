import type { StoredConference } from '../../lib/db/database';
import { conferenceOrId } from '../../lib/db/export-sources';
import type { Conference } from '../../lib/model/schema';

export function conferenceFor(id: string, known: ReadonlyMap<string, StoredConference>): Conference {
  return conferenceOrId(id, known.get(id));
}
