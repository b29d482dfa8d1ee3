import type { Conference, OwnItem } from '../model/schema';
import type { AnnotatedSession } from '../model/annotated';
import type { JournalEntry } from '../model/journal';
import type { CalendarHistory } from '../model/change';

/** One conference's part of an export. */
export interface ExportSource {
  conference: Conference;
  sessions: readonly AnnotatedSession[];
  /** Every event-local day the schedule has (`YYYY-MM-DD`), for empty days. */
  days?: readonly string[];
  /** The user's own meetings, hallway slots and booth duty: they join their day. */
  ownItems?: readonly OwnItem[];
  /** Per session key, the colleagues (shown layers) who went: for the "who went" option. */
  whoWent?: ReadonlyMap<string, readonly string[]>;
  /** The user's journal: the whole conference's (no day) and each day's. */
  journals?: readonly JournalEntry[];
  /** Per session the schedule changed: its calendar SEQUENCE and whether it left the schedule. */
  history?: ReadonlyMap<string, CalendarHistory>;
}
