import { describe, expect, it } from 'vitest';
import { mergeJournal } from '../../lib/merge/journal';
import type { JournalEntry } from '../../lib/model/journal';

const conference = 'sched:demo2026';
const t = (minute: number) => Date.UTC(2026, 2, 24, 9, minute);
const entry = (note: string, updatedAt: number, noteAt?: number): JournalEntry => ({
  id: `${conference}|2026-03-24`, conference, day: '2026-03-24', note, updatedAt, fieldUpdatedAt: noteAt === undefined ? {} : { note: noteAt },
});

describe('a journal day from a backup merged into this profile’s (mergeJournal)', () => {
  it('a text this day already holds changes nothing, however new', () => {
    const mine = entry('Keynote. Hallway track.', t(10), t(10));
    expect(mergeJournal(mine, entry('Hallway track.', t(50), t(50)), 'b.json')).toEqual({ entry: mine, outcome: 'unchanged', conflict: false });
  });

  it('a fuller text replaces this one, with the later stamps of the two', () => {
    const merged = mergeJournal(entry('Keynote.', t(30), t(20)), entry('Keynote. Hallway track.', t(10), t(10)), 'b.json');
    expect(merged).toEqual({ entry: entry('Keynote. Hallway track.', t(30), t(20)), outcome: 'updated', conflict: false });
  });

  it('two different texts: both kept, the file’s after a marker with its name and its note’s time', () => {
    const merged = mergeJournal(entry('Mine.', t(10), t(10)), entry('Theirs.', t(40), t(30)), 'b.json');
    expect(merged.conflict).toBe(true);
    expect(merged.outcome).toBe('updated');
    expect(merged.entry.note).toBe('Mine.\n\n──── Also kept: the note from b.json, written 2026-03-24 09:30 UTC ────\n\nTheirs.');
    expect([merged.entry.updatedAt, merged.entry.fieldUpdatedAt.note]).toEqual([t(40), t(30)]);
  });

  it('a day written before notes had their own stamp dates from its last change', () => {
    const merged = mergeJournal(entry('Mine.', t(10)), entry('Theirs.', t(40)), 'b.json');
    expect(merged.entry.note).toContain('written 2026-03-24 09:40 UTC');
    expect(merged.entry.fieldUpdatedAt.note).toBe(t(40));
    expect(mergeJournal(entry('Mine.', t(45)), entry('Theirs.', t(40)), 'b.json').entry.fieldUpdatedAt.note).toBe(t(45));
  });
});
