import { sameData } from '../util/same-data';
import { type Annotation, type FieldName, type OwnItem } from '../model/schema';
import { emptyFields, isAnnotated } from '../model/fields';

/** How a note kept from the other side is introduced: says where it came from and when it was written. */
export function keptMarker(source: string, at: number | undefined): string {
  const when = at === undefined ? '' : `, written ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `──── Also kept: the note from ${source}${when} ────`;
}

/**
 * Two versions of a note, nothing lost: the same, or one holding the other (an empty note is held by any), gives
 * the fuller one; otherwise both are kept, the other side's after a marker line.
 */
export function mergeNotes(local: string, other: string, marker: string): { note: string; conflict: boolean } {
  if (!other.trim() || local.includes(other)) return { note: local, conflict: false };
  if (!local.trim() || other.includes(local)) return { note: other, conflict: false };
  return { note: `${local}\n\n${marker}\n\n${other}`, conflict: true };
}

/** Tags of both sides, this side's order first. */
export function unionTags(local: readonly string[], other: readonly string[]): string[] {
  return [...new Set([...local, ...other])];
}

/** When a field was set: its own stamp; a field never set holds its default and loses to any set one. */
export function stampOf(a: Annotation, field: FieldName): number {
  const own = a.fieldUpdatedAt[field];
  if (own !== undefined) return own;
  return sameData(a[field], emptyFields[field]) ? -1 : a.updatedAt;
}

export type Outcome = 'added' | 'updated' | 'unchanged';

export interface MergedAnnotation {
  annotation: Annotation;
  outcome: Outcome;
  /** Both sides had a different note, so both were kept. */
  conflict: boolean;
}

/**
 * One session's annotation from another profile merged into this one's: star, rating and the planning flags take the
 * side set later,
 * tags are united, notes never lose text (see mergeNotes). Pure; merging the same thing again changes nothing.
 */
export function mergeAnnotation(local: Annotation | undefined, other: Annotation, source: string): MergedAnnotation {
  if (!local) return { annotation: other, outcome: 'added', conflict: false };
  const next: Annotation = { ...local, fieldUpdatedAt: { ...local.fieldUpdatedAt } };
  const changed = new Set<FieldName>();
  const take = <F extends FieldName>(field: F, value: Annotation[F], at: number) => {
    if (sameData(value, local[field])) return;
    next[field] = value;
    next.fieldUpdatedAt[field] = Math.max(at, stampOf(local, field));
    changed.add(field);
  };
  for (const field of ['starred', 'rating', 'priority', 'alternative', 'watchLater'] as const) {
    if (stampOf(other, field) > stampOf(local, field)) take(field, other[field], stampOf(other, field));
  }
  take('tags', unionTags(local.tags, other.tags), stampOf(other, 'tags'));
  const notes = mergeNotes(local.note, other.note, keptMarker(source, other.fieldUpdatedAt.note));
  take('note', notes.note, stampOf(other, 'note'));
  if (!changed.size) return { annotation: local, outcome: 'unchanged', conflict: false };
  next.updatedAt = Math.max(local.updatedAt, other.updatedAt);
  return { annotation: next, outcome: 'updated', conflict: notes.conflict };
}

/** Whether a merge shows on the dashboard: it lists starred, rated, tagged or noted sessions only. */
export function isVisible(local: Annotation | undefined, merged: MergedAnnotation): boolean {
  return isAnnotated(merged.annotation) || (!!local && isAnnotated(local));
}

/** A snapshot (session or conference as last seen) from elsewhere: the one seen later wins whole. */
export function newerSnapshot<T extends { seenAt: number }>(local: T | undefined, other: T): Outcome {
  if (!local) return 'added';
  return other.seenAt > local.seenAt && !sameData(other, local) ? 'updated' : 'unchanged';
}

export interface MergedOwnItem {
  item: OwnItem;
  outcome: Outcome;
  /** Both sides had a different note, so both were kept. */
  conflict: boolean;
}

/**
 * One of the user's own items from another profile merged into this one's: it has no per-field stamps, so the side
 * changed later wins whole (a tie keeps this side's), except the note, which never loses text (see mergeNotes).
 * Pure; merging the same thing again changes nothing.
 */
export function mergeOwnItem(local: OwnItem | undefined, other: OwnItem, source: string): MergedOwnItem {
  if (!local) return { item: other, outcome: 'added', conflict: false };
  const newer = other.updatedAt > local.updatedAt ? other : local;
  const notes = mergeNotes(local.note, other.note, keptMarker(source, other.updatedAt));
  const item: OwnItem = { ...newer, note: notes.note };
  if (sameData(item, local)) return { item: local, outcome: 'unchanged', conflict: false };
  return { item, outcome: 'updated', conflict: notes.conflict };
}
