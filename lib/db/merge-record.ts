import type { Annotation, ScheduleEntry } from '../model/schema';

/** Both records of a session as they were just before a merge. */
export interface MergeSide {
  session?: ScheduleEntry & { seenAt: number };
  annotation?: Annotation;
}

/**
 * One merge of two records that turned out to be one session (`merges` table): what joined what, when, on which
 * page, and both as they were, so the dashboard can undo it.
 */
export interface MergeRecord {
  id?: number;
  conference: string;
  at: number;
  /** The key whose records joined `into` and were deleted. */
  from: string;
  into: string;
  /** The page whose markup named both ids as one session. */
  pageUrl?: string;
  before: { from: MergeSide; into: MergeSide };
  undoneAt?: number;
}
