import { z } from 'zod';
import { Annotation, Conference, OwnItem, ScheduleEntry } from './schema';
import { JournalEntry, journalId } from './journal';
import { conferenceOf } from './keys';
import { NoteNameRecord, TemplateRecord } from './notes-export';

/** What a backup file says it is; any other `format` is not ours. */
export const BACKUP_FORMAT = 'talkmarks-backup';
/**
 * The backup format this build writes and the newest it reads. Bump it only with a reader for the old one.
 * 1: conferences, sessions, annotations. 2: + ownItems (the user's own meetings, booth duty, hallway slots).
 * 3: + journals (the user's note per day and per conference). 4: + templates and noteNames (the notes export's
 * own templates and the file name each talk got, so a restored vault export replaces the same files).
 */
export const BACKUP_VERSION = 4;

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

/** Stored as the dashboard's form and `own/put` check it; that its conference is in the file is checked by the reader. */
export const OwnItemRecord = OwnItem;

/** A journal entry's id is its conference and day: a file cannot file a day's note under another conference. */
export const JournalRecord = JournalEntry.superRefine((entry, ctx) => {
  if (entry.id !== journalId(entry.conference, entry.day)) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: `must be ${journalId(entry.conference, entry.day)}, its conference and day` });
  }
});

/** The first fields of a backup, checked before anything else so a newer file is told apart from a broken one. */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
});

/** Every conference, session snapshot, annotation and own item of a profile. */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  conferences: z.array(ConferenceRecord),
  sessions: z.array(SessionRecord),
  annotations: z.array(AnnotationRecord),
  ownItems: z.array(OwnItemRecord),
  /** Absent in what older versions wrote (and in data built before journals): none. */
  journals: z.array(JournalRecord).optional(),
  /** Absent before version 4: none. */
  templates: z.array(TemplateRecord).optional(),
  noteNames: z.array(NoteNameRecord).optional(),
});
export type Backup = z.infer<typeof Backup>;
export type BackupData = Pick<Backup, 'conferences' | 'sessions' | 'annotations' | 'ownItems' | 'journals' | 'templates' | 'noteNames'>;

/**
 * The record lists of a backup, in the order a file holds them: name, schema, id field, and the first version that
 * has the list (an older file without it holds none).
 */
export const backupLists = [
  ['conferences', ConferenceRecord, 'id', 1],
  ['sessions', SessionRecord, 'key', 1],
  ['annotations', AnnotationRecord, 'key', 1],
  ['ownItems', OwnItemRecord, 'id', 2],
  ['journals', JournalRecord, 'id', 3],
  ['templates', TemplateRecord, 'id', 4],
  ['noteNames', NoteNameRecord, 'key', 4],
] as const;
