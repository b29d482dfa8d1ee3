import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupData, importBackup, withOwnItemConferences } from '../../lib/db/backup';
import { backupJson } from '../../lib/backup/write';
import { readBackup } from '../../lib/backup/read';
import { mergeAnnotation, mergeNotes, mergeOwnItem, newerSnapshot } from '../../lib/merge/annotation';
import { type Annotation, type OwnItem } from '../../lib/model/schema';
import { annotationFor, ownItemPair, profile, sessionKey } from '../support/arbitraries';
import { freshDb } from '../support/db';
import { realisticProfile } from '../support/profile';
import { emptyFields } from '../../lib/model/fields';

const key = 'sched:demo2026:a1';
const base: Annotation = { key, conference: 'sched:demo2026', ...emptyFields, updatedAt: 0, fieldUpdatedAt: {} };
const at = (fields: Partial<Annotation>, stamps: Annotation['fieldUpdatedAt']): Annotation => ({
  ...base,
  ...fields,
  fieldUpdatedAt: stamps,
  updatedAt: Math.max(0, ...Object.values(stamps)),
});
const source = 'alice-backup.json';

describe('merging one session', () => {
  it('takes star and rating from the side that set them later, field by field', () => {
    const local = at({ starred: true, rating: 2 }, { starred: 300, rating: 100 });
    const other = at({ starred: false, rating: 5 }, { starred: 200, rating: 400 });
    const merged = mergeAnnotation(local, other, source);
    expect(merged).toMatchObject({ outcome: 'updated', conflict: false, annotation: { starred: true, rating: 5, fieldUpdatedAt: { starred: 300, rating: 400 }, updatedAt: 400 } });
  });

  it('unites tags, this profile’s order first', () => {
    const merged = mergeAnnotation(at({ tags: ['security', 'day-1'] }, { tags: 900 }), at({ tags: ['ebpf', 'security'] }, { tags: 100 }), source);
    expect(merged.annotation.tags).toEqual(['security', 'day-1', 'ebpf']);
  });

  it('keeps both notes, clearly marked, when both sides wrote different ones', () => {
    const local = at({ note: 'Great demo.' }, { note: Date.UTC(2026, 2, 24, 10) });
    const other = at({ note: 'Slides: https://example.org' }, { note: Date.UTC(2026, 2, 24, 11, 5) });
    const merged = mergeAnnotation(local, other, source);
    expect(merged.conflict).toBe(true);
    expect(merged.annotation.note).toBe(
      'Great demo.\n\n──── Also kept: the note from alice-backup.json, written 2026-03-24 11:05 UTC ────\n\nSlides: https://example.org',
    );
  });

  it('takes the fuller note when one holds the other, whichever is newer', () => {
    expect(mergeNotes('Great demo.', 'Great demo. Follow up with Ann.', 'm')).toEqual({ note: 'Great demo. Follow up with Ann.', conflict: false });
    expect(mergeNotes('Great demo. Follow up with Ann.', 'Great demo.', 'm')).toEqual({ note: 'Great demo. Follow up with Ann.', conflict: false });
    expect(mergeNotes('', 'x', 'm')).toEqual({ note: 'x', conflict: false });
  });

  it('adds a session this profile does not have, as it is', () => {
    const other = at({ starred: true }, { starred: 5 });
    expect(mergeAnnotation(undefined, other, source)).toEqual({ annotation: other, outcome: 'added', conflict: false });
  });

  const pair = sessionKey.chain((k) => fc.tuple(annotationFor(k), annotationFor(k)));

  it('loses nothing: every note text, every tag, and the later star and rating (fast-check)', () => {
    fc.assert(
      fc.property(pair, ([local, other]) => {
        const { annotation: m } = mergeAnnotation(local, other, source);
        // A note of white space only is no text to keep.
        if (local.note.trim()) expect(m.note).toContain(local.note);
        if (other.note.trim()) expect(m.note).toContain(other.note);
        expect(m.tags).toEqual(expect.arrayContaining([...local.tags, ...other.tags]));
        expect(new Set(m.tags).size).toBe(m.tags.length);
        for (const f of ['starred', 'rating'] as const) {
          if (m[f] !== local[f]) expect(m[f]).toBe(other[f]);
        }
        expect(m.key).toBe(local.key);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: merging the same side again changes nothing, and a side with itself is unchanged (fast-check)', () => {
    fc.assert(
      fc.property(pair, ([local, other]) => {
        expect(mergeAnnotation(local, local, source).outcome).toBe('unchanged');
        const once = mergeAnnotation(local, other, source).annotation;
        expect(mergeAnnotation(once, other, source)).toEqual({ annotation: once, outcome: 'unchanged', conflict: false });
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every note text of these sides is in the merged item's note (a note of white space only is no text to keep). */
const notesKept = (merged: OwnItem, ...sides: OwnItem[]) => {
  for (const side of sides) if (side.note.trim()) expect(merged.note).toContain(side.note);
};

describe('merging one own item', () => {
  it('takes the item changed later whole, keeps every note text, and never invents an item (fast-check)', () => {
    fc.assert(
      fc.property(ownItemPair, ([local, other]) => {
        const { item, outcome } = mergeOwnItem(local, other, source);
        const newer = other.updatedAt > local.updatedAt ? other : local;
        const { note: _n, ...rest } = item;
        const { note: _m, ...fromNewer } = newer;
        expect(rest).toEqual(fromNewer);
        notesKept(item, local, other);
        expect(outcome).toBe(item === local ? 'unchanged' : 'updated');
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: merging the same item again changes nothing, and an item with itself is unchanged (fast-check)', () => {
    fc.assert(
      fc.property(ownItemPair, ([local, other]) => {
        expect(mergeOwnItem(local, local, source).outcome).toBe('unchanged');
        const once = mergeOwnItem(local, other, source).item;
        expect(mergeOwnItem(once, other, source)).toEqual({ item: once, outcome: 'unchanged', conflict: false });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('merging two whole profiles', () => {
  it('loses no record and no note text, counts every own item of the file, and a second import changes nothing (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(profile, profile, async (mineData, theirsData) => {
        const asFile = (data: typeof mineData) => {
          const read = readBackup(backupJson(withOwnItemConferences(data)));
          if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
          return read.backup;
        };
        const db = freshDb();
        const [mine, theirs] = [asFile(mineData), asFile(theirsData)];
        await importBackup(db, mine, 'mine.json');
        const result = await importBackup(db, theirs, 'theirs.json');

        const own = new Map((await db.ownItems.toArray()).map((o) => [o.id, o]));
        expect(new Set(own.keys())).toEqual(new Set([...mine.ownItems, ...theirs.ownItems].map((o) => o.id)));
        for (const item of [...mine.ownItems, ...theirs.ownItems]) notesKept(own.get(item.id)!, item);
        const { added, updated, unchanged } = result.ownItems;
        expect(added + updated + unchanged).toBe(theirs.ownItems.length);
        expect(added).toBe(theirs.ownItems.filter((o) => !mine.ownItems.some((m) => m.id === o.id)).length);
        expect(result.ownItemsTotal).toBe(own.size);

        const notes = new Map((await db.annotations.toArray()).map((a) => [a.key, a.note]));
        for (const a of [...mine.annotations, ...theirs.annotations]) {
          expect(notes.has(a.key)).toBe(true);
          if (a.note.trim()) expect(notes.get(a.key)).toContain(a.note);
        }
        // Every own item shows in the plan of a conference the profile now holds.
        const conferences = new Set((await db.conferences.toArray()).map((c) => c.id));
        for (const item of own.values()) expect(conferences.has(item.conference)).toBe(true);

        const again = await importBackup(db, theirs, 'theirs.json');
        expect(again).toMatchObject({ added: 0, updated: 0, ownItems: { added: 0, updated: 0, unchanged: theirs.ownItems.length } });
        await db.delete();
      }),
      { numRuns: 40 },
    );
  });
});

describe('importing into a profile with data', () => {
  it('reports counts that match what the dashboard then lists, and keeps both sides', async () => {
    const alice = freshDb();
    await realisticProfile(alice, 20);
    const file = readBackup(backupJson(await backupData(alice)));
    if (!file.ok) throw new Error('unreadable');

    const mine = freshDb();
    await realisticProfile(mine, 10);
    // Edits of my own, later than Alice's file: a different note, a new tag, an unstar.
    const first = await mine.annotations.orderBy('key').filter((a) => a.note !== '').first();
    const second = await mine.annotations.orderBy('key').filter((a) => a.tags.length > 0 && a.key !== first!.key).first();
    await mine.annotations.update(first!.key, { note: 'My own take.', fieldUpdatedAt: { ...first!.fieldUpdatedAt, note: Date.UTC(2026, 3, 1) } });
    await mine.annotations.update(second!.key, { tags: ['mine'], fieldUpdatedAt: { ...second!.fieldUpdatedAt, tags: Date.UTC(2026, 3, 1) } });
    const before = (await mine.annotations.toArray()).filter((a) => a.starred || a.rating !== null || a.tags.length || a.note.trim()).length;

    const result = await importBackup(mine, file.backup, 'alice.json');
    const listed = (await mine.annotations.toArray()).filter((a) => a.starred || a.rating !== null || a.tags.length || a.note.trim()).length;
    expect(result.total).toBe(listed);
    expect(listed).toBe(before + result.added);
    expect(result.conflicts.map((c) => c.key)).toEqual([first!.key]);
    expect((await mine.annotations.get(first!.key))!.note).toMatch(/^My own take\.\n\n──── Also kept: the note from alice\.json, written .* UTC ────\n\nNotes on \*\*/);
    expect((await mine.annotations.get(second!.key))!.tags).toEqual(['mine', ...second!.tags]);
    expect(result.added + result.updated + result.unchanged).toBe(
      file.backup.annotations.filter((a) => a.starred || a.rating !== null || a.tags.length || a.note.trim()).length,
    );
  });
});

describe('naming conflicts', () => {
  it('uses the title this profile knows when the file carries no session snapshot', async () => {
    const db = freshDb();
    await realisticProfile(db, 1);
    const mine = (await db.annotations.toArray()).find((a) => a.note)!;
    const file = { format: 'talkmarks-backup' as const, version: 4 as const, conferences: [], sessions: [], annotations: [{ ...mine, note: 'Theirs.' }], ownItems: [] };
    const result = await importBackup(db, file, 'theirs.json');
    expect(result.conflicts).toEqual([{ key: mine.key, title: (await db.sessions.get(mine.key))!.title }]);
  });
});

describe('a session or conference as last seen, from another profile', () => {
  const seen = (seenAt: number, title = 'Keynote') => ({ key: 'sched:demo:1', title, seenAt });

  it('is added when this profile never saw it', () => {
    expect(newerSnapshot(undefined, seen(5))).toBe('added');
  });

  it('replaces this one whole when seen later and different, else leaves it', () => {
    expect(newerSnapshot(seen(5), seen(9, 'Keynote (moved)'))).toBe('updated');
    expect(newerSnapshot(seen(9), seen(5, 'Keynote (old title)'))).toBe('unchanged');
    expect(newerSnapshot(seen(5), seen(5, 'Keynote (same time)'))).toBe('unchanged');
    expect(newerSnapshot(seen(5), seen(5))).toBe('unchanged');
  });
});
