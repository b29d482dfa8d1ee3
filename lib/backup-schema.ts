import { z } from 'zod';
import { Annotation, Conference, ScheduleEntry, conferenceOf } from './model';

/** What a backup file says it is; any other `format` is not ours. */
export const BACKUP_FORMAT = 'talkmarks-backup';
/** The backup format this build writes and the newest it reads. Bump it only with a reader for the old one. */
export const BACKUP_VERSION = 1;

const seenAt = z.number().int().nonnegative();

/** A key's `platform:event` prefix must be the record's conference: a file cannot file a note under another event. */
function sameConference(record: { key: string; conference: string }, ctx: z.RefinementCtx) {
  if (conferenceOf(record.key) !== record.conference) {
    ctx.addIssue({ code: 'custom', path: ['conference'], message: `must be ${conferenceOf(record.key)}, the event of its key` });
  }
}

export const ConferenceRecord = Conference.extend({ seenAt });
export type ConferenceRecord = z.infer<typeof ConferenceRecord>;

export const SessionRecord = ScheduleEntry.extend({ seenAt }).superRefine(sameConference);
export type SessionRecord = z.infer<typeof SessionRecord>;

export const AnnotationRecord = Annotation.superRefine(sameConference);

/** The first fields of a backup, checked before anything else so a newer file is told apart from a broken one. */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
});

/** Every conference, session snapshot and annotation of a profile. */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  conferences: z.array(ConferenceRecord),
  sessions: z.array(SessionRecord),
  annotations: z.array(AnnotationRecord),
});
export type Backup = z.infer<typeof Backup>;
export type BackupData = Pick<Backup, 'conferences' | 'sessions' | 'annotations'>;

/** The record lists of a backup, in the order a file holds them. */
export const backupLists = [
  ['conferences', ConferenceRecord, 'id'],
  ['sessions', SessionRecord, 'key'],
  ['annotations', AnnotationRecord, 'key'],
] as const;
