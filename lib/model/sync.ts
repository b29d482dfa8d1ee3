import { z } from 'zod';
import { ConferenceId, HttpUrl, OwnItemId, SessionKey } from './schema';
import { DisplayName, ShareInclude } from './shared-picks';

/** What a device file says it is; any other `format` is not ours. */
export const SYNC_FORMAT = 'talkmarks-sync';
/** The device-file format this build writes and the newest it reads. */
export const SYNC_VERSION = 1;

/** A device id: random, made once per profile, the name of the one file only this profile writes. */
export const DeviceId = z.string().regex(/^[a-z0-9]{8,40}$/, 'must be a device id');

const stamp = z.number().int().nonnegative();

/** Per session, per tag: when it was last added and last removed (0 = never). Present while added > removed. */
export const TagClock = z.record(SessionKey, z.record(z.string().max(100), z.tuple([stamp, stamp])));
export type TagClock = z.infer<typeof TagClock>;

/** Per session: the device that wrote its note as it stands, and when. */
export const NoteAuthors = z.record(SessionKey, z.tuple([DeviceId, stamp]));
export type NoteAuthors = z.infer<typeof NoteAuthors>;

/** Per device: the `writtenAt` of the newest file of it merged here. Tells a writer which notes a reader had seen. */
export const ReadAt = z.record(DeviceId, stamp);
export type ReadAt = z.infer<typeof ReadAt>;

/** Own items deleted, with when: an older copy of one in another device's file does not bring it back. */
export const Removed = z.record(OwnItemId, stamp);
export type Removed = z.infer<typeof Removed>;

/** Per journal entry (`<conference>|<day>`): the device that wrote its note as it stands, and when. */
export const JournalAuthors = z.record(z.string().max(200), z.tuple([DeviceId, stamp]));
export type JournalAuthors = z.infer<typeof JournalAuthors>;

/** Colleague layers removed (`<conference>/<sharer>`), with when: a layer received before then does not come back. */
export const RemovedLayers = z.record(z.string().max(200), stamp);
export type RemovedLayers = z.infer<typeof RemovedLayers>;

/** Everything of a device file but its records, which are a backup (format 2) read by the backup reader. */
export const SyncHeader = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.number().int().positive(),
});
export const SyncClocks = z.object({
  device: DeviceId,
  writtenAt: stamp,
  tags: TagClock,
  notes: NoteAuthors,
  readAt: ReadAt,
  removedOwnItems: Removed,
  /** Absent in files written before journals and layers travelled: none. */
  journalNotes: JournalAuthors.default({}),
  removedLayers: RemovedLayers.default({}),
});
export type SyncClocks = z.infer<typeof SyncClocks>;
/** Clocks as written by a build from before journals and layers travelled: they read back with none. */
export type SyncClocksInput = z.input<typeof SyncClocks>;

const Folder = z.string().trim().max(500).regex(/^[^?#\\]*$/, 'must be a folder path');
/** A passphrase for end-to-end encryption (see lib/sync/crypto.ts); empty or absent = off. */
const Passphrase = z
  .string()
  .max(1000)
  .refine((p) => p === '' || p.length >= 8, 'an encryption passphrase needs at least 8 characters (or none)')
  .optional();

/**
 * A team folder on the same server: each member publishes their picks of one conference there as
 * `<name>.talkmarks.json` (the shared-picks format, only what they include), and reads the others' as colleague layers.
 */
export const TeamSettings = z.object({
  folder: Folder.min(1, 'needs a folder'),
  name: DisplayName,
  conference: ConferenceId,
  include: ShareInclude,
  passphrase: Passphrase,
});
export type TeamSettings = z.infer<typeof TeamSettings>;

/** The user's server: kept in the extension's IndexedDB only, never in `storage.local`, backups or exports. */
export const SyncSettings = z.object({
  url: HttpUrl,
  /** A folder under the address, e.g. `talkmarks`; `/` separates levels. */
  folder: Folder,
  user: z.string().max(500),
  password: z.string().max(2000),
  /** End-to-end encryption of the device files when set. */
  passphrase: Passphrase,
  team: TeamSettings.optional(),
});
export type SyncSettings = z.infer<typeof SyncSettings>;

/** What the last sync did, for the dashboard. */
export const SyncStatus = z.object({
  at: stamp,
  ok: z.boolean(),
  /** Records that came in (changed here) and went out (in this device's file). */
  received: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  devices: z.number().int().nonnegative(),
  /** Colleagues' files in the team folder, when one is set. */
  colleagues: z.number().int().nonnegative().optional(),
  error: z.string().max(2000).optional(),
  /** The last time a sync succeeded, kept through failures. */
  lastSuccess: stamp.optional(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Reported on the dashboard: each other device's file and when it last changed. */
export const DeviceSeen = z.object({ device: DeviceId, writtenAt: stamp });
export type DeviceSeen = z.infer<typeof DeviceSeen>;

/** What "Test connection" found, in words; `missingFolder` offers to create it. */
export interface ConnectionTest {
  ok: boolean;
  message: string;
  missingFolder?: boolean;
}
