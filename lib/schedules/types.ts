import type { Conference, ScheduleEntry } from '../model/schema';

export const scheduleFormats = {
  'sched-ics': 'sched.com calendar (all.ics)',
  ics: 'iCalendar (.ics)',
  'frab-xml': 'frab schedule.xml',
  'frab-json': 'frab schedule.json',
  'pretalx-widget': 'pretalx widget/v2.json',
  sessionize: 'Sessionize /view/All JSON',
  indico: 'Indico export/event JSON',
} as const;
export type ScheduleFormat = keyof typeof scheduleFormats;

/** What the user tells the importer; every field is optional and each format says when it needs one. */
export interface ScheduleOptions {
  /** Address the file came from: names the event for formats that do not (Sessionize, pretalx widget). */
  address?: string;
  /** File name, for the conference name when nothing better is known. */
  fileName?: string;
  /** The event's zone, for files with local times and no zone (Sessionize, FOSDEM) or for display. */
  timeZone?: string;
}

/** How the zone the sessions are shown in was decided: the user must be able to see and change it. */
export interface ZoneDecision {
  timeZone: string;
  /** `file`: named by the file; `given`: the user chose it; `offsets`: picked to match the file's UTC offsets;
   *  `city`: the zone named after the city the venue's address names; `assumed`: the file has none, the browser's
   *  zone was taken. */
  source: 'file' | 'given' | 'offsets' | 'city' | 'assumed';
  /** Whether the instants themselves depend on it (local times without offset), not only their display. */
  affectsTimes: boolean;
  note: string;
}

export interface ParsedSchedule {
  format: ScheduleFormat;
  conference: Conference;
  entries: ScheduleEntry[];
  zone: ZoneDecision;
  /** Items of the file that are not sessions and were left out, e.g. `{ count: 1, what: 'break' }`. */
  skipped: { count: number; what: string }[];
  /** Things the user should know, e.g. a talk held twice. */
  notes: string[];
}

/** A file Talkmarks cannot import, with where the problem is. Nothing of such a file is stored. */
export class ScheduleError extends Error {
  constructor(
    readonly location: string,
    readonly problem: string,
  ) {
    super(location ? `${location}: ${problem}` : problem);
    this.name = 'ScheduleError';
  }
}
