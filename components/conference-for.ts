import type { StoredConference } from '../lib/db';
import { Platform, type Conference } from '../lib/model';

export function conferenceFor(id: string, known: ReadonlyMap<string, StoredConference>): Conference {
  const stored = known.get(id);
  if (stored) return stored;
  // Annotations can outlive what was recorded of their conference (e.g. a partial import): name it by its id.
  const [platform, event = id] = id.split(':');
  return { id, platform: Platform.catch('sched').parse(platform), event, name: event };
}
