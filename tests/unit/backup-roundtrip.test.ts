import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupData, importBackup, withOwnItemConferences } from '../../lib/db/backup';
import { backupFilename, backupJson } from '../../lib/backup/write';
import { readBackup } from '../../lib/backup/read';
import { profile } from '../support/arbitraries';
import { freshDb } from '../support/db';
import { realisticOwnItems, realisticProfile } from '../support/profile';
import { emptyFields } from '../../lib/model/fields';

describe('backup and restore', () => {
  it('restores a real-looking profile into an empty one byte for byte', async () => {
    const source = freshDb();
    const counts = await realisticProfile(source);
    const own = await realisticOwnItems(source);
    const file = backupJson(await backupData(source));
    expect(file).toContain('"title":"Booth duty"');

    const read = readBackup(file);
    expect(read.ok).toBe(true);
    const target = freshDb();
    const result = await importBackup(target, read.ok ? read.backup : (undefined as never), 'the imported file');
    expect(result).toMatchObject({ added: counts.annotated, updated: 0, unchanged: 0, conflicts: [], total: counts.annotated });
    expect(result).toMatchObject({ ownItems: { added: own.length, updated: 0, unchanged: 0, conflicts: [] }, ownItemsTotal: own.length });
    expect(backupJson(await backupData(target))).toBe(file);
    expect(await target.sessions.count()).toBe(counts.sessions);
    expect(await target.annotations.count()).toBe(counts.annotations);
    expect(await target.ownItems.toArray()).toEqual(await source.ownItems.toArray());
  });

  it('changes nothing when the same file is imported twice', async () => {
    const db = freshDb();
    await realisticProfile(db);
    const own = await realisticOwnItems(db);
    const file = backupJson(await backupData(db));
    const read = readBackup(file);
    if (!read.ok) throw new Error('unreadable');
    const again = await importBackup(db, read.backup, 'the imported file');
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: [], sessions: { added: 0, updated: 0 } });
    expect(again.ownItems).toEqual({ added: 0, updated: 0, unchanged: own.length, conflicts: [] });
    expect(backupJson(await backupData(db))).toBe(file);
  });

  it('writes every record on a line of its own, sorted, whatever order they were stored in', () => {
    const a = { key: 'sched:demo2026:b', conference: 'sched:demo2026', ...emptyFields, starred: true, updatedAt: 1, fieldUpdatedAt: {} };
    const b = { ...a, key: 'sched:demo2026:a', fieldUpdatedAt: { starred: 1 } };
    const one = backupJson({ conferences: [], sessions: [], annotations: [a, b], ownItems: [] });
    const two = backupJson({ conferences: [], sessions: [], annotations: [{ ...b, tags: [] }, a], ownItems: [] });
    expect(one).toBe(two);
    expect(one.split('\n').slice(0, 6)).toEqual([
      '{',
      '  "format": "talkmarks-backup",',
      '  "version": 4,',
      '  "conferences": [],',
      '  "sessions": [],',
      '  "annotations": [',
    ]);
    expect(one.endsWith('  ],\n  "ownItems": [],\n  "journals": [],\n  "templates": [],\n  "noteNames": []\n}\n')).toBe(true);
    expect(one).toContain('\n    {"alternative":false,"conference":"sched:demo2026","fieldUpdatedAt":{"starred":1},"key":"sched:demo2026:a",');
  });

  it('names the file by the local date', () => {
    expect(backupFilename(new Date(2026, 2, 8, 23, 59))).toBe('talkmarks-backup-2026-03-08.json');
  });

  it('export → import is the identity, for any profile (fast-check)', () => {
    fc.assert(
      fc.property(profile, (data) => {
        const file = backupJson(withOwnItemConferences(data));
        const read = readBackup(file);
        if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
        expect(backupJson(read.backup)).toBe(file);
      }),
      { numRuns: 300 },
    );
  });

  it('restores any profile through IndexedDB byte for byte (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(profile, async (data) => {
        const db = freshDb();
        const file = backupJson(withOwnItemConferences(data));
        const read = readBackup(file);
        if (!read.ok) throw new Error('unreadable');
        await importBackup(db, read.backup, 'the imported file');
        expect(backupJson(await backupData(db))).toBe(file);
        await db.delete();
      }),
      { numRuns: 40 },
    );
  });

  it('a backup of any stored profile holds every record, own items included, and restores them exactly (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(profile, async (data) => {
        const source = freshDb();
        await source.conferences.bulkPut(data.conferences);
        await source.sessions.bulkPut(data.sessions);
        await source.annotations.bulkPut(data.annotations);
        await source.ownItems.bulkPut(data.ownItems);
        const file = backupJson(await backupData(source));
        const read = readBackup(file);
        if (!read.ok) throw new Error(read.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));

        const target = freshDb();
        const result = await importBackup(target, read.backup, 'the imported file');
        expect(result.ownItems).toEqual({ added: data.ownItems.length, updated: 0, unchanged: 0, conflicts: [] });
        expect(result.ownItemsTotal).toBe(data.ownItems.length);
        const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(byId(await target.ownItems.toArray())).toEqual(byId(data.ownItems));
        expect(await target.annotations.count()).toBe(data.annotations.length);
        expect(backupJson(await backupData(target))).toBe(file);
        await Promise.all([source.delete(), target.delete()]);
      }),
      { numRuns: 40 },
    );
  });
});
