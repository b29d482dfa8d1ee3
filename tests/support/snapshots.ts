import { parseSchedule, type ParsedSchedule } from '../../lib/schedules';
import type { ScheduleEntry } from '../../lib/model/schema';
import { readReal } from './fixtures';

/** sched's own all.ics of KubeCon EU 2026 as a user imports it (times in Europe/Amsterdam). */
export function kubeconSnapshot(): ParsedSchedule {
  return parseSchedule(readReal('sched/kccnceu2026-all.ics'), { fileName: 'kccnceu2026-all.ics', timeZone: 'Europe/Amsterdam' });
}

export interface Edits {
  /** Minutes each session moves by (start and end alike). */
  move?: Record<string, number>;
  /** Minutes each session's end moves by, its start kept. */
  stretch?: Record<string, number>;
  rename?: Record<string, string>;
  room?: Record<string, string>;
  drop?: readonly string[];
  add?: readonly ScheduleEntry[];
}

const later = (instant: string | undefined, minutes: number) => instant && new Date(Date.parse(instant) + minutes * 60_000).toISOString();

/** A later snapshot of a schedule, made by moving, stretching, renaming, re-rooming, dropping and adding sessions. */
export function laterSnapshot(parsed: ParsedSchedule, edits: Edits): ParsedSchedule {
  const entries = parsed.entries
    .filter((e) => !edits.drop?.includes(e.key))
    .map((e) => {
      const move = edits.move?.[e.key] ?? 0;
      const stretch = edits.stretch?.[e.key] ?? 0;
      return {
        ...e,
        start: later(e.start, move),
        end: later(e.end, move + stretch),
        title: edits.rename?.[e.key] ?? e.title,
        room: edits.room?.[e.key] ?? e.room,
      };
    });
  return { ...parsed, entries: [...entries, ...(edits.add ?? [])] };
}
