import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillInDigest, mergeExtras, mergeLayer, observeExtras, travellingLayers, type ExtrasFile, type ExtrasWork } from '../../lib/merge/sync-extras';
import type { ColleagueLayer } from '../../lib/model/colleague';
import type { JournalEntry } from '../../lib/model/journal';
import type { NoteNameRecord, TemplateRecord } from '../../lib/model/notes-export';

const me = 'aaaaaaaa';
const them = 'bbbbbbbb';
const conference = 'sched:demo2026';
const day = `${conference}|2026-03-24`;
const lid = `${conference}/colleagueA1`;

const journal = (note: string, at: number, stamped = true): JournalEntry => ({
  id: day, conference, day: '2026-03-24', note, updatedAt: at, fieldUpdatedAt: stamped ? { note: at } : {},
});
const layer = (over: Partial<ColleagueLayer> = {}): ColleagueLayer => ({
  id: lid, conference, sharer: 'colleagueA1', name: 'Ann', sharedAt: 10, receivedAt: 100, hidden: false,
  include: { stars: true, ratings: true, tags: true, notes: true },
  picks: [{ key: `${conference}:a1`, starred: true, rating: null, tags: [], note: '' }], ...over,
});
const template = (id: string, text: string): TemplateRecord => ({ id, text });
const noteName = (key: string, name: string): NoteNameRecord => ({ key, name });

function work(records: { journals?: JournalEntry[]; layers?: ColleagueLayer[]; templates?: TemplateRecord[]; noteNames?: NoteNameRecord[] } = {}, clocks: Partial<ExtrasWork['clocks']> = {}, now = 1000): ExtrasWork {
  return {
    me, now,
    journals: new Map((records.journals ?? []).map((j) => [j.id, j])),
    templates: new Map((records.templates ?? []).map((t) => [t.id, t])),
    noteNames: new Map((records.noteNames ?? []).map((n) => [n.key, n])),
    layers: new Map((records.layers ?? []).map((l) => [l.id, l])),
    clocks: { journalNotes: {}, removedLayers: {}, layersKnown: [], readAt: {}, ...clocks },
    changed: { journals: new Set(), templates: new Set(), noteNames: new Set(), layers: new Set(), deletedLayers: new Set() },
    readAtOf: new Map(),
  };
}
const file = (over: Partial<ExtrasFile> = {}): ExtrasFile => ({ device: them, journalNotes: {}, removedLayers: {}, journals: [], templates: [], noteNames: [], layers: [], ...over });
const nothingChanged = () => work().changed;

describe('local edits seen before a merge (observeExtras)', () => {
  it('a journal written here is this device’s, stamped by its note (or, unstamped, by its last change)', () => {
    const w = work({ journals: [journal('Mine.', 150)] });
    observeExtras(w);
    expect(w.clocks.journalNotes).toEqual({ [day]: [me, 150] });
    const old = work({ journals: [journal('Old.', 120, false)] });
    observeExtras(old);
    expect(old.clocks.journalNotes).toEqual({ [day]: [me, 120] });
    const merged = work({ journals: [journal('Theirs.', 150)] }, { journalNotes: { [day]: [them, 150] } });
    observeExtras(merged);
    expect(merged.clocks.journalNotes).toEqual({ [day]: [them, 150] });
  });

  it('a layer gone since the last sync was removed here: tombstoned now, raised over an older tombstone, never lowered', () => {
    const w = work({}, { layersKnown: [lid], removedLayers: { [lid]: 50 } }, 700);
    observeExtras(w);
    expect(w.clocks.removedLayers).toEqual({ [lid]: 700 });
    const ahead = work({}, { layersKnown: [lid], removedLayers: { [lid]: 900 } }, 700);
    observeExtras(ahead);
    expect(ahead.clocks.removedLayers).toEqual({ [lid]: 900 });
    const kept = work({ layers: [layer()] }, { layersKnown: [lid] }, 700);
    observeExtras(kept);
    expect(kept.clocks.removedLayers).toEqual({});
  });

  it('a removal undone here (the layer back, no newer than its tombstone) counts as received again now', () => {
    for (const tombstone of [100, 150]) {
      const w = work({ layers: [layer({ receivedAt: 100 })] }, { removedLayers: { [lid]: tombstone } }, 700);
      observeExtras(w);
      expect(w.layers.get(lid)!.receivedAt).toBe(700);
      expect([...w.changed.layers]).toEqual([lid]);
    }
  });

  it('a layer received after its tombstone, or known at the last sync, is left as it is', () => {
    for (const w of [work({ layers: [layer({ receivedAt: 100 })] }, { removedLayers: { [lid]: 99 } }), work({ layers: [layer({ receivedAt: 100 })] }, { layersKnown: [lid], removedLayers: { [lid]: 150 } })]) {
      observeExtras(w);
      expect(w.layers.get(lid)!.receivedAt).toBe(100);
      expect(w.changed).toEqual(nothingChanged());
    }
  });

  it('remembers what templates and file names it holds, whatever their order, and sees any change', () => {
    const a = work({ templates: [template('obsidian/talk', 'A'), template('plain/day', 'B')], noteNames: [noteName(`${conference}:a1`, 'One'), noteName(`${conference}:b2`, 'Two')] });
    const b = work({ templates: [template('plain/day', 'B'), template('obsidian/talk', 'A')], noteNames: [noteName(`${conference}:b2`, 'Two'), noteName(`${conference}:a1`, 'One')] });
    observeExtras(a);
    expect(a.clocks.fillIns).toBe(fillInDigest(b));
    expect(fillInDigest(work({ templates: [template('obsidian/talk', 'B')] }))).not.toBe(fillInDigest(work({ templates: [template('obsidian/talk', 'A')] })));
    expect(fillInDigest(work({ noteNames: [noteName(`${conference}:a1`, 'Tne')] }))).not.toBe(fillInDigest(work({ noteNames: [noteName(`${conference}:a1`, 'One')] })));
  });
});

describe('journals from another device', () => {
  it('a day written only there arrives as it is, with its author', () => {
    const w = work();
    mergeExtras(w, file({ journals: [journal('Theirs.', 150)], journalNotes: { [day]: ['cccccccc', 150] } }));
    expect(w.journals.get(day)).toEqual(journal('Theirs.', 150));
    expect(w.clocks.journalNotes[day]).toEqual(['cccccccc', 150]);
    expect([...w.changed.journals]).toEqual([day]);
    const unnamed = work();
    mergeExtras(unnamed, file({ journals: [journal('Theirs.', 150)] }));
    expect(unnamed.clocks.journalNotes[day]).toEqual([them, 150]);
  });

  it('the same day on both sides changes nothing', () => {
    const w = work({ journals: [journal('Same.', 150)] }, { journalNotes: { [day]: [me, 150] } });
    mergeExtras(w, file({ journals: [journal('Same.', 150)] }));
    expect(w.changed).toEqual(nothingChanged());
    expect(w.clocks.journalNotes[day]).toEqual([me, 150]);
  });

  it('rewritten there after reading this one: the rewrite alone; otherwise both texts, as a new note by this device', () => {
    const seen = work({ journals: [journal('Draft.', 100)] }, { journalNotes: { [day]: [me, 100] } });
    seen.readAtOf.set(them, { [me]: 100 });
    mergeExtras(seen, file({ journals: [journal('Final.', 300)], journalNotes: { [day]: [them, 300] } }));
    expect(seen.journals.get(day)).toMatchObject({ note: 'Final.', updatedAt: 300, fieldUpdatedAt: { note: 300 } });
    expect(seen.clocks.journalNotes[day]).toEqual([them, 300]);
    const apart = work({ journals: [journal('Draft.', 100)] }, { journalNotes: { [day]: [me, 100] } });
    mergeExtras(apart, file({ journals: [journal('Final.', 300)], journalNotes: { [day]: [them, 300] } }));
    expect(apart.journals.get(day)!.note).toMatch(/^Final\.\n\n.*device aaaaaa.*\n\nDraft\.$/);
    expect(apart.journals.get(day)).toMatchObject({ updatedAt: 1000, fieldUpdatedAt: { note: 1000 } });
    expect(apart.clocks.journalNotes[day]).toEqual([me, 1000]);
  });

  it('this device’s later day stays alone when it had read the other one', () => {
    const w = work({ journals: [journal('Mine, later.', 300)] }, { journalNotes: { [day]: [me, 300] }, readAt: { [them]: 200 } });
    mergeExtras(w, file({ journals: [journal('Theirs.', 200)], journalNotes: { [day]: [them, 200] } }));
    expect(w.journals.get(day)!.note).toBe('Mine, later.');
    expect(w.changed.journals.size).toBe(0);
    const unread = work({ journals: [journal('Mine, later.', 300)] }, { journalNotes: { [day]: [me, 300] }, readAt: { [them]: 199 } });
    mergeExtras(unread, file({ journals: [journal('Theirs.', 200)], journalNotes: { [day]: [them, 200] } }));
    expect(unread.journals.get(day)!.note).toContain('Theirs.');
  });
});

describe('templates and note file names from another device', () => {
  it('fill in what this device lacks and never replace its own', () => {
    const key = `${conference}:a1`;
    const w = work({ templates: [template('obsidian/talk', 'Mine')], noteNames: [noteName(key, 'Mine')] });
    mergeExtras(w, file({ templates: [template('obsidian/talk', 'Theirs'), template('plain/day', 'Theirs')], noteNames: [noteName(key, 'Theirs'), noteName(`${conference}:b2`, 'Theirs')] }));
    expect([...w.templates.values()]).toEqual([template('obsidian/talk', 'Mine'), template('plain/day', 'Theirs')]);
    expect([...w.noteNames.values()]).toEqual([noteName(key, 'Mine'), noteName(`${conference}:b2`, 'Theirs')]);
    expect([...w.changed.templates, ...w.changed.noteNames]).toEqual(['plain/day', `${conference}:b2`]);
  });
});

describe('two copies of a colleague’s layer (mergeLayer)', () => {
  it('the newer link wins, however late the older one was received', () => {
    const older = layer({ sharedAt: 10, receivedAt: 500, name: 'Old' });
    const newer = layer({ sharedAt: 20, receivedAt: 200, name: 'New' });
    expect(mergeLayer(older, newer).name).toBe('New');
    expect(mergeLayer(newer, older).name).toBe('New');
  });

  it('the same link: the copy received later wins', () => {
    const first = layer({ receivedAt: 100, name: 'First' });
    const again = layer({ receivedAt: 200, name: 'Again' });
    expect(mergeLayer(first, again)).toEqual(again);
    expect(mergeLayer(again, first)).toEqual(again);
  });

  it('hiding or showing takes the later choice, stamped; unstamped it dates from when the layer was received', () => {
    const hidden = layer({ receivedAt: 100, hidden: true, hiddenAt: 300 });
    const newerLink = layer({ sharedAt: 20, receivedAt: 200, name: 'New' });
    expect(mergeLayer(hidden, newerLink)).toEqual({ ...newerLink, hidden: true, hiddenAt: 300 });
    expect(mergeLayer(newerLink, hidden)).toEqual({ ...newerLink, hidden: true, hiddenAt: 300 });
    const hiddenEarly = layer({ receivedAt: 100, hidden: true, hiddenAt: 150 });
    expect(mergeLayer(hiddenEarly, newerLink)).toEqual(newerLink);
    expect(mergeLayer(newerLink, hiddenEarly)).toEqual(newerLink);
  });

  it('a hide and a show at the same time: hidden, on both devices', () => {
    const hidden = layer({ hidden: true, hiddenAt: 300 });
    const shown = layer({ hidden: false, hiddenAt: 300 });
    expect(mergeLayer(hidden, shown).hidden).toBe(true);
    expect(mergeLayer(shown, hidden).hidden).toBe(true);
  });

  it('commutative and idempotent, so every device ends with the same layer', () => {
    const copy = fc.record({
      sharedAt: fc.integer({ min: 1, max: 3 }), receivedAt: fc.integer({ min: 1, max: 3 }), hidden: fc.boolean(),
      hiddenAt: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), name: fc.constantFrom('Ann', 'Bob'),
    }).map(({ hiddenAt, ...rest }) => layer({ ...rest, ...(hiddenAt === undefined ? {} : { hiddenAt }) }));
    fc.assert(
      fc.property(copy, copy, (x, y) => {
        const m = mergeLayer(x, y);
        expect(mergeLayer(y, x)).toEqual(m);
        expect(mergeLayer(m, x)).toEqual(m);
        expect(mergeLayer(m, y)).toEqual(m);
      }),
    );
  });
});

describe('colleague layers from another device (mergeExtras)', () => {
  it('a layer only there arrives; a team-folder layer does not', () => {
    const w = work();
    const team = layer({ id: `${conference}/teammate`, sharer: 'teammate', team: true });
    mergeExtras(w, file({ layers: [layer(), team] }));
    expect([...w.layers.keys()]).toEqual([lid]);
    expect([...w.changed.layers]).toEqual([lid]);
  });

  it('the same layer on both sides changes nothing; a newer copy replaces it', () => {
    const same = work({ layers: [layer()] });
    mergeExtras(same, file({ layers: [layer()] }));
    expect(same.changed).toEqual(nothingChanged());
    const newer = work({ layers: [layer()] });
    mergeExtras(newer, file({ layers: [layer({ sharedAt: 20, receivedAt: 200 })] }));
    expect(newer.layers.get(lid)!.sharedAt).toBe(20);
    expect([...newer.changed.layers]).toEqual([lid]);
  });

  it('a tombstone there removes this device’s copy received up to that time, not one received after', () => {
    for (const receivedAt of [100, 120]) {
      const w = work({ layers: [layer({ receivedAt })] });
      mergeExtras(w, file({ removedLayers: { [lid]: 120 } }));
      expect(w.layers.size).toBe(0);
      expect([...w.changed.deletedLayers]).toEqual([lid]);
      expect(w.clocks.removedLayers).toEqual({ [lid]: 120 });
    }
    const later = work({ layers: [layer({ receivedAt: 121 })] });
    mergeExtras(later, file({ removedLayers: { [lid]: 120 } }));
    expect(later.layers.size).toBe(1);
    expect(later.changed).toEqual(nothingChanged());
  });

  it('a tombstone here keeps out their copy received up to that time; the newer of two tombstones stays', () => {
    for (const receivedAt of [100, 150]) {
      const w = work({}, { removedLayers: { [lid]: 150 } });
      mergeExtras(w, file({ layers: [layer({ receivedAt })], removedLayers: { [lid]: 90 } }));
      expect(w.layers.size).toBe(0);
      // Nothing came in: the status counts no layer received or removed.
      expect(w.changed).toEqual(nothingChanged());
      expect(w.clocks.removedLayers).toEqual({ [lid]: 150 });
    }
    const accepted = work({}, { removedLayers: { [lid]: 150 } });
    mergeExtras(accepted, file({ layers: [layer({ receivedAt: 151 })] }));
    expect([...accepted.layers.keys()]).toEqual([lid]);
  });

  it('device files carry every layer but the team folder’s', () => {
    const team = layer({ id: `${conference}/teammate`, team: true });
    expect(travellingLayers([layer(), team])).toEqual([layer()]);
  });
});
