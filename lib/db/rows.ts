import { z } from 'zod';
import { SharerId } from '../model/shared-picks';
import { NotesSettings } from '../export/kb/settings';
import { SessionKey } from '../model/schema';
import { EmbedBinding } from '../model/embed';

/** When the user last downloaded a backup, and how many annotations it held. */
export const LastBackupRow = z.object({ key: z.literal('lastBackup'), at: z.number(), annotations: z.number() });
export type LastBackup = z.infer<typeof LastBackupRow>;

/** What the last schema upgrade did: rows repaired, and rows it could not read and left as they were. */
export const UpgradeRow = z.object({
  key: z.literal('upgrade'),
  to: z.number(),
  at: z.number(),
  repaired: z.number(),
  unreadable: z.number(),
});
export type UpgradeLog = z.infer<typeof UpgradeRow>;

/** A row as it was before an upgrade repaired it: nothing a user wrote is thrown away. */
const OriginalRow = z.object({ key: z.string().regex(/^original:/), table: z.string(), row: z.unknown() });

/**
 * Who this profile is when it shares: a random id (so a newer link replaces an older one at recipients) and the
 * last name used. Kept here, in the extension's own origin, because content scripts can read all of storage.local.
 */
export const ShareProfileRow = z.object({ key: z.literal('shareProfile'), sharer: SharerId, name: z.string().max(60).catch('') });
export type ShareProfile = Omit<z.infer<typeof ShareProfileRow>, 'key'>;

/** The export dialog's last options (which tags and conferences the user exports by): read leniently, see stored-options. */
const ExportOptionsRow = z.object({ key: z.literal('exportOptions'), options: z.unknown() });

/** The notes export's flavour, templates and choices. */
export const NotesSettingsRow = NotesSettings.extend({ key: z.literal('notesSettings') });

/** The file name each talk got in a notes export: the next export gives it the same, whatever its title became. */
export const NoteNamesRow = z.object({ key: z.literal('noteNames'), names: z.record(SessionKey, z.string().max(300)) });

/** Sites confirmed as showing an event's embedded schedule, one binding per site. */
export const EmbedBindingsRow = z.object({ key: z.literal('embedBindings'), bindings: z.array(EmbedBinding).max(1000) });

/** Small facts about the profile itself, one row each. */
export const MetaRecord = z.union([LastBackupRow, UpgradeRow, OriginalRow, ShareProfileRow, ExportOptionsRow, NotesSettingsRow, NoteNamesRow, EmbedBindingsRow]);
export type MetaRecord = z.infer<typeof MetaRecord>;
