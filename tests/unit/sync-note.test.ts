import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceLabel, mergeSyncNote, type AuthoredNote } from '../../lib/merge/sync-note';
import type { ReadAt } from '../../lib/model/sync';

const note = (text: string, by: string, at: number): AuthoredNote => ({ text, by, at });
const nobodyRead = () => undefined;
const read = (of: Record<string, ReadAt>) => (device: string) => of[device];
// 2026-03-24 09:00 UTC and 09:30 UTC.
const t0 = Date.UTC(2026, 2, 24, 9, 0);
const t1 = Date.UTC(2026, 2, 24, 9, 30);

describe('a session note edited on two devices (mergeSyncNote)', () => {
  it('names a device by the first six characters of its id, the same on every device', () => {
    expect(deviceLabel('abcdef123456')).toBe('device abcdef');
  });

  it('the later note wins when its author had read the other one', () => {
    const mine = note('Slides online.', 'aaaaaaaa', t0);
    const theirs = note('Slides online, recording soon.', 'bbbbbbbb', t1);
    const readAt = read({ bbbbbbbb: { aaaaaaaa: t0 } });
    expect(mergeSyncNote(mine, theirs, readAt, 'aaaaaaaa', t1 + 5)).toEqual(theirs);
    expect(mergeSyncNote(theirs, mine, readAt, 'bbbbbbbb', t1 + 5)).toEqual(theirs);
  });

  it('a note read exactly at its own stamp counts as seen: it is replaced, not kept', () => {
    const older = note('Draft.', 'aaaaaaaa', t0);
    const newer = note('Rewritten.', 'bbbbbbbb', t1);
    expect(mergeSyncNote(older, newer, read({ bbbbbbbb: { aaaaaaaa: t0 } }), 'aaaaaaaa', t1 + 5).text).toBe('Rewritten.');
    expect(mergeSyncNote(older, newer, read({ bbbbbbbb: { aaaaaaaa: t0 - 1 } }), 'aaaaaaaa', t1 + 5).text).toContain('Draft.');
  });

  it('keeps both texts when the winner’s author had not read the other, after a marker naming the other device and time', () => {
    const mine = note('A: broke twice.', 'aaaaaaaa', t0);
    const theirs = note('B: slides online.', 'bbbbbbbb', t1);
    const merged = mergeSyncNote(mine, theirs, nobodyRead, 'aaaaaaaa', t1 + 60_000);
    expect(merged).toEqual({
      text: 'B: slides online.\n\n──── Also kept: the note from device aaaaaa, written 2026-03-24 09:00 UTC ────\n\nA: broke twice.',
      by: 'aaaaaaaa',
      at: t1 + 60_000,
    });
    // The other device, merging the same two notes, writes the same text.
    expect(mergeSyncNote(theirs, mine, nobodyRead, 'bbbbbbbb', t1 + 60_000).text).toBe(merged.text);
  });

  it('a kept note is stamped after the winner even when this device’s clock is behind', () => {
    const merged = mergeSyncNote(note('A.', 'aaaaaaaa', t0), note('B.', 'bbbbbbbb', t1), nobodyRead, 'aaaaaaaa', t0 - 1000);
    expect(merged.at).toBe(t1 + 1);
  });

  it('two edits by the same device: the later replaces the earlier', () => {
    const merged = mergeSyncNote(note('First.', 'aaaaaaaa', t0), note('Second.', 'aaaaaaaa', t1), nobodyRead, 'bbbbbbbb', t1 + 5);
    expect(merged).toEqual(note('Second.', 'aaaaaaaa', t1));
  });

  it('an empty or blank losing note, or one the winner already holds, adds nothing', () => {
    const winner = note('Keynote: good. Demo failed.', 'bbbbbbbb', t1);
    for (const text of ['', '  \n', 'Demo failed.']) {
      expect(mergeSyncNote(note(text, 'aaaaaaaa', t0), winner, nobodyRead, 'aaaaaaaa', t1 + 5)).toEqual(winner);
    }
  });

  it('a later note emptied on a device that had not seen the other leaves the other’s text, by this device', () => {
    const merged = mergeSyncNote(note('Worth it.', 'aaaaaaaa', t0), note(' ', 'bbbbbbbb', t1), nobodyRead, 'cccccccc', t1 + 5);
    expect(merged).toEqual({ text: 'Worth it.', by: 'cccccccc', at: t1 + 5 });
  });

  it('equal texts: the later stamp and its author, whichever side is local', () => {
    const [x, y] = [note('Same.', 'aaaaaaaa', t0), note('Same.', 'bbbbbbbb', t1)];
    expect(mergeSyncNote(x, y, nobodyRead, 'aaaaaaaa', t1 + 5)).toEqual(y);
    expect(mergeSyncNote(y, x, nobodyRead, 'bbbbbbbb', t1 + 5)).toEqual(y);
  });

  it('equal stamps: the same winner on both devices whatever the order (the larger device id)', () => {
    const [x, y] = [note('From A.', 'aaaaaaaa', t0), note('From B.', 'bbbbbbbb', t0)];
    const readAll = read({ aaaaaaaa: { bbbbbbbb: t0 }, bbbbbbbb: { aaaaaaaa: t0 } });
    expect(mergeSyncNote(x, y, readAll, 'aaaaaaaa', t1)).toEqual(y);
    expect(mergeSyncNote(y, x, readAll, 'bbbbbbbb', t1)).toEqual(y);
    const same = [note('Same.', 'aaaaaaaa', t0), note('Same.', 'bbbbbbbb', t0)] as const;
    expect(mergeSyncNote(same[0], same[1], nobodyRead, 'aaaaaaaa', t1)).toEqual(same[1]);
    expect(mergeSyncNote(same[1], same[0], nobodyRead, 'bbbbbbbb', t1)).toEqual(same[1]);
  });

  it('order-free: both devices get the same text from the same two notes', () => {
    const device = fc.constantFrom('aaaaaaaa', 'bbbbbbbb', 'cccccccc');
    const authored = fc.record({ text: fc.constantFrom('', 'x', 'y', 'x y', ' '), by: device, at: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      // One device writes one text at one time: two notes share no author and stamp.
      fc.property(authored, authored, fc.integer({ min: -1, max: 3 }), (l, r, seen) => {
        fc.pre(l.by !== r.by || l.at !== r.at);
        const readAt = (d: string): ReadAt | undefined => (seen < 0 ? undefined : Object.fromEntries(['aaaaaaaa', 'bbbbbbbb', 'cccccccc'].filter((x) => x !== d).map((x) => [x, seen])));
        expect(mergeSyncNote(l, r, readAt, 'cccccccc', 10).text).toBe(mergeSyncNote(r, l, readAt, 'cccccccc', 10).text);
      }),
    );
  });
});
