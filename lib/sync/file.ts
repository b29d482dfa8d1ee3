import { backupJson } from '../backup/write';
import { checkBackup, problemText } from '../backup/read';
import type { BackupData } from '../model/backup';
import { SYNC_FORMAT, SYNC_VERSION, SyncClocks, SyncHeader, type SyncClocksInput } from '../model/sync';
import type { DeviceFile } from '../merge/sync-state';
import { canonical } from '../util/same-data';
import { ColleagueLayer, layerId } from '../model/colleague';
import { errorMessage } from '../util/errors';

/** A device file larger than this is refused before it is parsed: 10,000 annotated talks make about 5 MB. */
export const MAX_DEVICE_FILE_BYTES = 32 * 1024 * 1024;

/**
 * One device's file: the sync header, its clocks, and its records as a backup (the same canonical writer, so a
 * device file is also readable by eye and diffable). Colleague layers are no backup records: they follow it, one a line.
 */
export function deviceFileJson(clocks: SyncClocksInput, data: BackupData, layers: readonly ColleagueLayer[] = []): string {
  const layerLines = layers.map((l) => JSON.stringify(canonical(l))).join(',\n');
  return `{"format":"${SYNC_FORMAT}","version":${SYNC_VERSION},"clocks":${JSON.stringify(canonical(clocks))},\n"backup":${backupJson(data)},\n"layers":[${layerLines}]}\n`;
}

/** The file's colleague layers (none in files from before they travelled), each named by its conference and sharer. */
function readLayers(value: unknown): { ok: true; layers: ColleagueLayer[] } | { ok: false; error: string } {
  const parsed = ColleagueLayer.array().max(10_000).safeParse(value ?? []);
  if (!parsed.success) return { ok: false, error: `has a bad colleague layer (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const wrong = parsed.data.find((l) => l.id !== layerId(l.conference, l.sharer));
  if (wrong) return { ok: false, error: `has a colleague layer named ${wrong.id.slice(0, 100)}, not by its conference and sharer` };
  return { ok: true, layers: parsed.data.filter((l) => !l.team) };
}

export type DeviceFileResult = { ok: true; file: DeviceFile } | { ok: false; error: string };

/**
 * Reads another device's file completely before anything is merged: too big, not JSON, not ours, newer than this
 * build, or any record failing its schema, and the whole file is refused with the reason in words. Never throws.
 */
export function readDeviceFile(text: string): DeviceFileResult {
  if (text.length > MAX_DEVICE_FILE_BYTES) {
    return { ok: false, error: `is ${(text.length / 1048576).toFixed(1)} MB; device files over ${MAX_DEVICE_FILE_BYTES / 1048576} MB are refused` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `is not JSON (${errorMessage(error).slice(0, 200)})` };
  }
  const header = SyncHeader.safeParse(value);
  if (!header.success) return { ok: false, error: `is not a Talkmarks device file (expected "format": "${SYNC_FORMAT}")` };
  if (header.data.version > SYNC_VERSION) {
    return { ok: false, error: `was written by a newer Talkmarks (format ${header.data.version}; this one reads up to ${SYNC_VERSION}): update Talkmarks` };
  }
  const record = value as { clocks?: unknown; backup?: unknown; layers?: unknown };
  const clocks = SyncClocks.safeParse(record.clocks);
  if (!clocks.success) return { ok: false, error: `has unreadable clocks (${clocks.error.issues[0]?.message ?? 'invalid'})` };
  const backup = checkBackup(record.backup);
  if (!backup.ok) return { ok: false, error: `has ${backup.total} bad record(s), first: ${problemText(backup.problems[0]!)}` };
  const layers = readLayers(record.layers);
  if (!layers.ok) return layers;
  const { annotations, ownItems, conferences, sessions, journals = [], templates = [], noteNames = [] } = backup.backup;
  return { ok: true, file: { clocks: clocks.data, annotations, ownItems, conferences, sessions, journals, templates, noteNames, layers: layers.layers } };
}
