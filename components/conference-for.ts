import type { StoredConference } from '../lib/db';
import { conferenceOrId } from '../lib/export/load';
import type { Conference } from '../lib/model';

export function conferenceFor(id: string, known: ReadonlyMap<string, StoredConference>): Conference {
  return conferenceOrId(id, known.get(id));
}
