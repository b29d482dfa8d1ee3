import { keptMarker } from './annotation';
import type { ReadAt } from '../model/sync';

/** A note as one device wrote it: its text, the device and when. */
export interface AuthoredNote {
  text: string;
  by: string;
  at: number;
}

/** How a device is named in a kept-note marker: the same on every device, so two rescues give the same text. */
export function deviceLabel(device: string): string {
  return `device ${device.slice(0, 6)}`;
}

/** The later note wins; equal stamps are ordered by device id so every device picks the same one. */
function later(a: AuthoredNote, b: AuthoredNote): boolean {
  return a.at !== b.at ? a.at > b.at : a.by > b.by;
}

/**
 * Two devices' notes on one session. The later one wins, as for every field; but when its author had not seen the
 * other (the other device's file it last read was older than that note), both texts were edited apart and the
 * other is kept after a marker, as a new note by `me`. A note its author replaced after seeing it is not brought back.
 * `readAtOf(device)` is what that device had read of the others, as its file says (`undefined`: not known, so kept).
 */
export function mergeSyncNote(
  local: AuthoredNote,
  remote: AuthoredNote,
  readAtOf: (device: string) => ReadAt | undefined,
  me: string,
  now: number,
): AuthoredNote {
  if (local.text === remote.text) return later(remote, local) ? remote : local;
  const [winner, loser] = later(remote, local) ? [remote, local] : [local, remote];
  const seen = loser.by === winner.by || (readAtOf(winner.by)?.[loser.by] ?? -1) >= loser.at;
  if (seen || !loser.text.trim() || winner.text.includes(loser.text)) return winner;
  const text = winner.text.trim()
    ? `${winner.text}\n\n${keptMarker(deviceLabel(loser.by), loser.at)}\n\n${loser.text}`
    : loser.text;
  return { text, by: me, at: Math.max(now, winner.at + 1) };
}
