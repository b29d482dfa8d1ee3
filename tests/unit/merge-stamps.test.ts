import { describe, expect, it } from 'vitest';
import { isVisible, mergeAnnotation, mergeNotes, mergeOwnItem } from '../../lib/merge/annotation';
import { type Annotation, type OwnItem } from '../../lib/model/schema';
import { emptyFields } from '../../lib/model/fields';

// Which side wins a field when its stamps are missing, equal or older than the record's: what decides whether a
// rating, star or note the user set on one device survives an import or a sync from another.
const key = 'sched:demo2026:a1';
const annotation = (fields: Partial<Annotation>): Annotation => ({
  key,
  conference: 'sched:demo2026',
  ...emptyFields,
  updatedAt: 0,
  fieldUpdatedAt: {},
  ...fields,
});
const source = 'laptop.json';

describe('which side’s field wins', () => {
  it('takes a field from a record without per-field stamps when that record changed later', () => {
    // An older backup carries only `updatedAt`: its rating counts as set then.
    const local = annotation({ rating: 2, updatedAt: 100, fieldUpdatedAt: { rating: 100 } });
    const other = annotation({ rating: 4, updatedAt: 200 });
    expect(mergeAnnotation(local, other, source).annotation.rating).toBe(4);
  });

  it('judges a field by its own stamp, not by a later change to another field', () => {
    // Rated on the laptop after the phone's rating, though the phone starred something later still.
    const local = annotation({ rating: 2, starred: true, updatedAt: 300, fieldUpdatedAt: { rating: 100, starred: 300 } });
    const other = annotation({ rating: 5, updatedAt: 200, fieldUpdatedAt: { rating: 200 } });
    const merged = mergeAnnotation(local, other, source).annotation;
    expect(merged).toMatchObject({ rating: 5, starred: true, fieldUpdatedAt: { rating: 200, starred: 300 } });
  });

  it('takes a star set elsewhere for a session never starred here, though this side changed it later', () => {
    // Rated here at 300, never starred; starred on the phone at 200: a field never set has no time to win with.
    const local = annotation({ rating: 4, updatedAt: 300, fieldUpdatedAt: { rating: 300 } });
    const other = annotation({ starred: true, updatedAt: 200, fieldUpdatedAt: { starred: 200 } });
    expect(mergeAnnotation(local, other, source).annotation).toMatchObject({ starred: true, rating: 4 });
  });

  it('keeps this profile’s value on a tie, so importing the same moment never flips what is shown', () => {
    const local = annotation({ rating: 3, updatedAt: 100, fieldUpdatedAt: { rating: 100 } });
    const other = annotation({ rating: 4, updatedAt: 100, fieldUpdatedAt: { rating: 100 } });
    expect(mergeAnnotation(local, other, source)).toMatchObject({ outcome: 'unchanged', annotation: { rating: 3 } });
  });

  it('dates united tags and notes by the later side, so a later sync does not see them as older', () => {
    // Tags last changed over there, the note here.
    const local = annotation({ tags: ['ebpf'], note: 'Mine.', updatedAt: 900, fieldUpdatedAt: { tags: 100, note: 900 } });
    const other = annotation({ tags: ['security'], note: 'Theirs.', updatedAt: 800, fieldUpdatedAt: { tags: 800, note: 100 } });
    const merged = mergeAnnotation(local, other, source).annotation;
    expect(merged.fieldUpdatedAt).toMatchObject({ tags: 800, note: 900 });
    expect(merged.updatedAt).toBe(900);
    const laterNote = annotation({ note: 'Theirs.', updatedAt: 1000, fieldUpdatedAt: { note: 1000 } });
    expect(mergeAnnotation(local, laterNote, source).annotation.fieldUpdatedAt.note).toBe(1000);
  });
});

describe('notes that are only white space', () => {
  it('are no text to keep: no marker and no conflict', () => {
    expect(mergeNotes('Great demo.', '  \n', 'm')).toEqual({ note: 'Great demo.', conflict: false });
    expect(mergeNotes(' \n', 'Great demo.', 'm')).toEqual({ note: 'Great demo.', conflict: false });
  });

  it('introduce a note from a side that never stamped it without a date', () => {
    const local = annotation({ note: 'Mine.', updatedAt: 5, fieldUpdatedAt: { note: 5 } });
    const other = annotation({ note: 'Theirs.', updatedAt: 9 });
    expect(mergeAnnotation(local, other, source).annotation.note).toBe('Mine.\n\n──── Also kept: the note from laptop.json ────\n\nTheirs.');
  });
});

describe('what the import report counts', () => {
  // The dashboard lists starred, rated, tagged or noted sessions; the report counts what it lists before or after.
  it('counts a session the import unstars, though the dashboard no longer lists it', () => {
    const local = annotation({ starred: true, updatedAt: 100, fieldUpdatedAt: { starred: 100 } });
    const merged = mergeAnnotation(local, annotation({ updatedAt: 200, fieldUpdatedAt: { starred: 200 } }), source);
    expect(merged.annotation.starred).toBe(false);
    expect(isVisible(local, merged)).toBe(true);
  });

  it('does not count a record of nothing for a session this profile lacks', () => {
    const nothing = annotation({ updatedAt: 200, fieldUpdatedAt: { starred: 200 } });
    expect(isVisible(undefined, mergeAnnotation(undefined, nothing, source))).toBe(false);
    const starred = annotation({ starred: true, updatedAt: 200 });
    expect(isVisible(undefined, mergeAnnotation(undefined, starred, source))).toBe(true);
  });
});

describe('own items changed at the same moment', () => {
  const item = (title: string): OwnItem => ({
    id: 'own-1',
    conference: 'sched:demo2026',
    title,
    start: '2026-03-24T12:00:00.000Z',
    end: '2026-03-24T13:00:00.000Z',
    timeZone: 'Europe/Amsterdam',
    place: '',
    note: '',
    alternative: false,
    updatedAt: 100,
  });

  it('keep this profile’s version', () => {
    expect(mergeOwnItem(item('Lunch with Ann'), item('Lunch'), source)).toMatchObject({ outcome: 'unchanged', item: { title: 'Lunch with Ann' } });
  });
});
