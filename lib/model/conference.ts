import { Platform, type Conference } from './schema';

/** A conference as recorded, or named by its id when annotations outlived that record (e.g. a partial import). */
export function conferenceOrId(id: string, stored: Conference | undefined): Conference {
  if (stored) return stored;
  const [platform, event = id] = id.split(':');
  return { id, platform: Platform.catch('sched').parse(platform), event, name: event };
}
