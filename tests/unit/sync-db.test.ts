import { describe, expect, it } from 'vitest';
import { patchAnnotation } from '../../lib/db/annotations';
import { syncClocks } from '../../lib/db/sync';
import { entry, freshDb } from '../support/db';
import { syncFolder } from '../support/sync-folder';
import { deleteOwnItem, ownItemsOf, putOwnItem } from '../../lib/db/own-items';
import type { OwnItem } from '../../lib/model/schema';
import { journalsOf, saveJournal } from '../../lib/db/journal';
import { colleagueLayers, removeLayer, setLayerHidden, storeLayer } from '../../lib/db/colleagues';
import { noteNames, notesSettings, rememberNoteNames, saveNotesSettings } from '../../lib/db/notes-export';
import type { ColleagueLayer } from '../../lib/model/colleague';

const conference = 'sched:demo2026';
const layer = (sharer: string, sharedAt: number, receivedAt: number, team?: true): ColleagueLayer => ({
  id: `${conference}/${sharer}`, conference, sharer, name: sharer, sharedAt, receivedAt, hidden: false,
  include: { stars: true, ratings: true, tags: true, notes: true },
  picks: [{ key: `${conference}:a1`, starred: true, rating: 4, tags: [], note: 'Go to this one.' }],
  ...(team ? { team } : {}),
});
const template = (text: string) => ({ flavour: 'obsidian' as const, onlyNew: false, templates: { obsidian: { talk: text }, logseq: {}, plain: {} } });

describe('sync through the database', () => {
  it('a note edited on two profiles while apart keeps both texts on both, whoever syncs first', async () => {
    for (const first of [0, 1]) {
      const [a, b] = [freshDb(), freshDb()];
      const { sync } = syncFolder();
      const key = 'sched:demo2026:a1';
      await patchAnnotation(a, key, 'sched:demo2026', { starred: true, note: 'Great demo.' }, entry('a1'), 1000);
      await sync(a, 1100);
      await sync(b, 1200);
      await patchAnnotation(a, key, 'sched:demo2026', { note: 'A: broke twice.', tags: [] }, undefined, 2000);
      await patchAnnotation(b, key, 'sched:demo2026', { note: 'B: slides online.' }, undefined, 2100);
      const order = first ? [b, a, b, a] : [a, b, a, b];
      for (const [i, db] of order.entries()) await sync(db, 3000 + i * 100);
      const [na, nb] = [(await a.annotations.get(key))!.note, (await b.annotations.get(key))!.note];
      expect(na).toBe(nb);
      expect(na).toContain('A: broke twice.');
      expect(na).toContain('B: slides online.');
    }
  });

  it('a starred session alone is a change to upload', async () => {
    const a = freshDb();
    const { sync } = syncFolder();
    await sync(a, 100);
    await patchAnnotation(a, 'sched:demo2026:a1', 'sched:demo2026', { starred: true }, entry('a1'), 200);
    expect((await sync(a, 300)).unchanged).toBe(false);
    expect((await sync(a, 400)).unchanged).toBe(true);
  });

  it('journals, notes-export templates and file names, and colleague layers travel; a removed layer stays removed', async () => {
    const [a, b] = [freshDb(), freshDb()];
    const { sync, files } = syncFolder();
    await saveJournal(a, conference, '2026-03-24', 'A: the keynote was thin.', '', 100);
    await saveNotesSettings(a, template('# {{title}} from A'));
    await saveNotesSettings(b, template('# {{title}} from B'));
    await rememberNoteNames(a, new Map([[`${conference}:a1`, 'Keynote (A)']]));
    await storeLayer(a, layer('colleagueA1', 50, 60));
    await storeLayer(a, layer('teammateB2', 50, 60, true));
    await sync(a, 1000);
    expect(files.get((await syncClocks(a)).device)).not.toContain('teammateB2');
    await saveJournal(b, conference, '2026-03-24', 'B: hallway track on eBPF.', '', 1100);
    await sync(b, 1200);
    await sync(a, 1300);
    for (const db of [a, b]) {
      const [day] = await journalsOf(db, conference);
      expect(day!.note).toContain('A: the keynote was thin.');
      expect(day!.note).toContain('B: hallway track on eBPF.');
    }
    // A template B wrote itself stays B's; the file name fills in.
    expect((await notesSettings(b)).templates.obsidian.talk).toBe('# {{title}} from B');
    expect((await noteNames(b)).get(`${conference}:a1`)).toBe('Keynote (A)');
    expect((await colleagueLayers(b)).map((l) => l.id)).toEqual([`${conference}/colleagueA1`]);
    await setLayerHidden(b, `${conference}/colleagueA1`, true, 1400);
    await sync(b, 1500);
    await sync(a, 1600);
    expect((await colleagueLayers(a)).find((l) => l.sharer === 'colleagueA1')?.hidden).toBe(true);
    await removeLayer(a, `${conference}/colleagueA1`);
    await sync(a, 1700);
    await sync(b, 1800);
    // B's own older copy is in its file, read by A again: it does not come back.
    await sync(a, 1900);
    expect((await colleagueLayers(b)).map((l) => l.id)).toEqual([]);
    expect((await colleagueLayers(a)).map((l) => l.sharer)).toEqual(['teammateB2']);
  });

  it('a changed template alone is a change to upload', async () => {
    const a = freshDb();
    const { sync } = syncFolder();
    await sync(a, 100);
    await saveNotesSettings(a, template('# {{title}}'));
    expect((await sync(a, 200)).unchanged).toBe(false);
    expect((await sync(a, 300)).unchanged).toBe(true);
  });

  it('an own item deleted again after an edit on another profile brought it back stays deleted, and the deletion counts as sent', async () => {
    const [a, b] = [freshDb(), freshDb()];
    const { sync } = syncFolder();
    const item: OwnItem = { id: 'own1', conference, title: 'Dinner', start: '2026-03-24T18:00:00.000Z', end: '2026-03-24T20:00:00.000Z', timeZone: 'UTC', place: '', note: '', alternative: false, updatedAt: 0 };
    await putOwnItem(a, item, 1000);
    await sync(a, 1100);
    await sync(b, 1200);
    await deleteOwnItem(a, 'own1');
    await sync(a, 1300);
    await putOwnItem(b, { ...item, title: 'Dinner at 8' }, 1350);
    await sync(b, 1400);
    await sync(a, 1500);
    expect((await ownItemsOf(a)).map((o) => o.title)).toEqual(['Dinner at 8']);
    await deleteOwnItem(a, 'own1');
    expect((await sync(a, 1600)).sent).toBe(1);
    await sync(b, 1700);
    await sync(a, 1800);
    expect([await ownItemsOf(a), await ownItemsOf(b)]).toEqual([[], []]);
  });
});

