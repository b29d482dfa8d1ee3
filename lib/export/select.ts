import { byText, byTime, dayHeading, dayOf, groupBy, ratingStars } from '../model/display';
import { type AnnotationFields } from '../model/schema';
import type { GroupBy, MarkdownOptions, Selection, SortBy } from './options';
import type { AnnotatedSession } from '../model/annotated';
import { isAnnotated } from '../model/fields';

export interface Group {
  /** Plain text (escaped by the renderer), e.g. "Tuesday, 24 March 2026" or "Cool tech". */
  heading: string;
  sessions: AnnotatedSession[];
  /** What the group is of: a `YYYY-MM-DD` day, a tag, a track; undefined for the "none of these" group. */
  key?: string;
  /** A day of the schedule with nothing selected, kept because the user asked for empty days. */
  empty?: boolean;
}

export function hasNote(a: AnnotationFields): boolean {
  return a.note.trim() !== '';
}

export function matches(a: AnnotationFields, select: Selection): boolean {
  if (!isAnnotated(a)) return false;
  const { starred, minRating, tags, noted } = select;
  if (!starred && minRating === null && tags.length === 0 && !noted) return true;
  return (
    (starred && a.starred) ||
    (minRating !== null && a.rating !== null && a.rating >= minRating) ||
    tags.some((t) => a.tags.includes(t)) ||
    (noted && hasNote(a))
  );
}

/** Best first, unrated last; equal ratings in schedule order. */
function byRating(a: AnnotatedSession, b: AnnotatedSession): number {
  return (b.annotation.rating ?? 0) - (a.annotation.rating ?? 0) || byTime(a.entry, b.entry);
}

/** Keys are ASCII ids: code-unit order is a stable last tie-break. */
export const byKey = (a: AnnotatedSession, b: AnnotatedSession) => (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0);

const sorters: Record<SortBy, (a: AnnotatedSession, b: AnnotatedSession) => number> = {
  time: (a, b) => byTime(a.entry, b.entry) || byKey(a, b),
  rating: (a, b) => byRating(a, b) || byKey(a, b),
};

/** The sessions these options export, in their order: the same input always gives the same output. */
export function selectSessions(sessions: readonly AnnotatedSession[], options: MarkdownOptions): AnnotatedSession[] {
  return sessions.filter((s) => matches(s.annotation, options.select)).sort(sorters[options.sortBy]);
}

/** "cool-tech" → "Cool tech": a tag read as a section title. */
export function tagHeading(tag: string): string {
  const words = tag.replace(/[-_]+/g, ' ').trim() || tag;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Named groups in order, with the one for "none of these" last. */
function ordered(groups: Map<string | undefined, AnnotatedSession[]>, heading: (key: string) => string, none: string): Group[] {
  const keys = [...groups.keys()].filter((k): k is string => k !== undefined).sort(byText);
  const out: Group[] = keys.map((k) => ({ key: k, heading: heading(k), sessions: groups.get(k)! }));
  const rest = groups.get(undefined);
  return rest ? [...out, { heading: none, sessions: rest }] : out;
}

function byDay(sessions: AnnotatedSession[], days: readonly string[]): Group[] {
  const groups = groupBy(sessions, (s) => dayOf(s.entry));
  for (const day of days) if (!groups.has(day)) groups.set(day, []);
  // ISO days sort as text; "no time given" goes last.
  return ordered(groups, dayHeading, dayHeading(undefined)).map((g) => (g.sessions.length ? g : { ...g, empty: true }));
}

function byTag(sessions: AnnotatedSession[]): Group[] {
  const groups = new Map<string | undefined, AnnotatedSession[]>();
  for (const s of sessions) {
    for (const tag of s.annotation.tags.length ? s.annotation.tags : [undefined]) {
      const list = groups.get(tag);
      if (list) list.push(s);
      else groups.set(tag, [s]);
    }
  }
  return ordered(groups, tagHeading, 'Untagged');
}

function byRatingGroup(sessions: AnnotatedSession[]): Group[] {
  const groups = groupBy(sessions, (s) => s.annotation.rating);
  const rated = [5, 4, 3, 2, 1].filter((r) => groups.has(r));
  const out = rated.map((r) => ({ heading: `${ratingStars(r)} ${r}/5`, sessions: groups.get(r)! }));
  const unrated = groups.get(null);
  return unrated ? [...out, { heading: 'Not rated', sessions: unrated }] : out;
}

/**
 * Sessions (already in export order, which each group keeps) split into headed groups.
 * `days` are the days the schedule has, for empty days; a session with several tags appears under each.
 */
export function groupSessions(sessions: AnnotatedSession[], by: GroupBy, days: readonly string[] = []): Group[] {
  switch (by) {
    case 'day':
      return byDay(sessions, days);
    case 'tag':
      return byTag(sessions);
    case 'track':
      return ordered(groupBy(sessions, (s) => s.entry.track?.trim() || undefined), (t) => t, 'No track');
    case 'rating':
      return byRatingGroup(sessions);
  }
}
