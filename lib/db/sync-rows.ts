import { z } from 'zod';
import { DeviceId, JournalAuthors, NoteAuthors, ReadAt, Removed, RemovedLayers, SyncSettings, SyncStatus, TagClock } from '../model/sync';

/** The server, user and app password: one row, read by the background and the dashboard only. */
export const SettingsRow = z.object({ key: z.literal('settings'), settings: SyncSettings });

/** This profile's clocks between syncs (see lib/merge/sync-state.ts). */
export const ClocksRow = z.object({
  key: z.literal('clocks'),
  device: DeviceId,
  tags: TagClock,
  notes: NoteAuthors,
  readAt: ReadAt,
  removedOwnItems: Removed,
  ownKnown: z.array(z.string()),
  /** Rows kept before journals and layers travelled have none of these: empty. */
  journalNotes: JournalAuthors.default({}),
  removedLayers: RemovedLayers.default({}),
  layersKnown: z.array(z.string()).default([]),
  /** A digest of the notes export's templates and file names as last written: a change there is an edit to send. */
  fillIns: z.string().max(40).optional(),
  syncedAt: z.number().int().nonnegative(),
});
export type ClocksRow = z.infer<typeof ClocksRow>;

/** What this profile knows of each device file on the server: its ETag (unchanged files are not downloaded again). */
export const Peer = z.object({ etag: z.string().max(500), writtenAt: z.number().int().nonnegative(), readAt: ReadAt });
export type Peer = z.infer<typeof Peer>;
export const PeersRow = z.object({
  key: z.literal('peers'),
  /** The server the peers are of: another server starts afresh. */
  server: z.string(),
  /** This device's own file's ETag, for `If-Match`. */
  own: z.string().max(500).optional(),
  peers: z.record(DeviceId, Peer),
});
export type PeersRow = z.infer<typeof PeersRow>;

export const StatusRow = z.object({ key: z.literal('status'), status: SyncStatus });

/** What this profile knows of the team folder: each colleague file's ETag, and what it last published there. */
export const TeamRow = z.object({
  key: z.literal('team'),
  /** The server and team folder these are of: another starts afresh. */
  place: z.string(),
  etags: z.record(z.string().max(300), z.string().max(500)),
  /** The published picks (without their time), to upload only when they changed. */
  published: z.string().max(200).optional(),
  /** Which colleague layer each member's file became: a file gone from the folder takes its layer with it. */
  layers: z.record(z.string().max(300), z.string().max(600)).optional(),
});
export type TeamRow = z.infer<typeof TeamRow>;

export const SyncRow = z.union([SettingsRow, ClocksRow, PeersRow, StatusRow, TeamRow]);
export type SyncRow = z.infer<typeof SyncRow>;
