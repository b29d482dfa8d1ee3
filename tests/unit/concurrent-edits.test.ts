import { describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/db/annotations';
import { freshDb } from '../support/db';

const key = 'sched:demo2026:a1';
const conf = 'sched:demo2026';

describe('edits made at once in two places', () => {
  it('applies tags added and removed in one place to the tags another place added meanwhile', async () => {
    const db = freshDb();
    await patchAnnotation(db, key, conf, { tags: ['keep', 'drop'] }, undefined, 1);
    // Both editors saw ['keep', 'drop']: the popup adds one, the dashboard removes one and adds another.
    await patchAnnotation(db, key, conf, { tags: ['keep', 'drop', 'popup'] }, undefined, 2, { tags: ['keep', 'drop'] });
    const after = await patchAnnotation(db, key, conf, { tags: ['keep', 'dashboard'] }, undefined, 3, { tags: ['keep', 'drop'] });
    expect(after.tags).toEqual(['keep', 'popup', 'dashboard']);
  });

  it('keeps both notes when the note changed elsewhere since this editor loaded it', async () => {
    const db = freshDb();
    await patchAnnotation(db, key, conf, { note: 'From the popup.' }, undefined, Date.UTC(2026, 2, 24, 9), { note: '' });
    const after = await patchAnnotation(db, key, conf, { note: 'From the dashboard.' }, undefined, Date.UTC(2026, 2, 24, 9, 1), { note: '' });
    expect(after.note).toBe('From the popup.\n\n──── Also kept: the note from another window, written 2026-03-24 09:01 UTC ────\n\nFrom the dashboard.');
  });

  it('takes an edit made from the stored note as it is: deleting text is not a conflict', async () => {
    const db = freshDb();
    await patchAnnotation(db, key, conf, { note: 'Hello world' }, undefined, 1, { note: '' });
    const after = await patchAnnotation(db, key, conf, { note: 'Hello' }, undefined, 2, { note: 'Hello world' });
    expect(after.note).toBe('Hello');
  });

  it('loses nothing when many patches of different fields and tags race (one transaction each)', async () => {
    const db = freshDb();
    await Promise.all([
      patchAnnotation(db, key, conf, { starred: true }),
      patchAnnotation(db, key, conf, { rating: 4 }),
      ...['a', 'b', 'c', 'd'].map((t) => patchAnnotation(db, key, conf, { tags: [t] }, undefined, Date.now(), { tags: [] })),
      patchAnnotation(db, key, conf, { note: 'one' }, undefined, Date.now(), { note: '' }),
      patchAnnotation(db, key, conf, { note: 'two' }, undefined, Date.now(), { note: '' }),
    ]);
    const a = (await db.annotations.get(key))!;
    expect(a).toMatchObject({ starred: true, rating: 4 });
    expect([...a.tags].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(a.note).toMatch(/^one\n\n──── Also kept: the note from another window, .* ────\n\ntwo$/);
  });
});
