import type { Backup, ConferenceRecord, SessionRecord } from '../model/backup';
import type { Annotation, OwnItem } from '../model/schema';
import { isVisible, mergeAnnotation, mergeOwnItem, newerSnapshot } from './annotation';
import type { JournalEntry } from '../model/journal';
import { mergeJournal } from './journal';
import type { NoteNameRecord, TemplateRecord } from '../model/notes-export';
import { mergeNoteNames, mergeTemplates, type KeptReport } from './notes-export';

/** What a profile already holds for the records a backup names. */
export interface Existing {
  conference(id: string): ConferenceRecord | undefined;
  session(key: string): SessionRecord | undefined;
  annotation(key: string): Annotation | undefined;
  ownItem(id: string): OwnItem | undefined;
  journal?(id: string): JournalEntry | undefined;
  /** The notes export's own template `<flavour>/<kind>`, and a talk's file name, when this profile has one. */
  template?(id: string): TemplateRecord | undefined;
  noteName?(key: string): NoteNameRecord | undefined;
}

/** What an import did, counted as the dashboard counts: sessions that are starred, rated, tagged or noted. */
export interface BackupImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Sessions whose note differed on both sides: both texts are in the note now. */
  conflicts: { key: string; title: string }[];
  /** Session snapshots (what the schedule said) and conferences added or refreshed. */
  sessions: { added: number; updated: number };
  conferences: { added: number; updated: number };
  /** The file's own items (meetings, booth duty), as the plan lists them; conflicts: both of two different notes kept. */
  ownItems: { added: number; updated: number; unchanged: number; conflicts: { id: string; title: string }[] };
  /** Day and conference journals; conflicts: both of two different texts kept. */
  journals?: { added: number; updated: number; unchanged: number; conflicts: string[] };
  /** The notes export's templates and talk file names: added where this profile had none, its own kept otherwise. */
  templates?: KeptReport;
  noteNames?: KeptReport;
}

export interface BackupImportPlan {
  conferences: ConferenceRecord[];
  sessions: SessionRecord[];
  annotations: Annotation[];
  ownItems: OwnItem[];
  journals: JournalEntry[];
  templates: TemplateRecord[];
  noteNames: NoteNameRecord[];
  report: BackupImportReport;
}

function snapshots<T extends { seenAt: number }>(records: readonly T[], local: (r: T) => T | undefined) {
  const put: T[] = [];
  const counts = { added: 0, updated: 0 };
  for (const record of records) {
    const outcome = newerSnapshot(local(record), record);
    if (outcome === 'unchanged') continue;
    put.push(record);
    counts[outcome]++;
  }
  return { put, counts };
}

/** The records to write so that this profile holds both its own data and the backup's, losing neither. Pure. */
export function planBackupImport(existing: Existing, backup: Backup, source: string): BackupImportPlan {
  const conferences = snapshots(backup.conferences, (c) => existing.conference(c.id));
  const sessions = snapshots(backup.sessions, (s) => existing.session(s.key));
  const titles = new Map(backup.sessions.map((s) => [s.key, s.title]));
  const report: BackupImportReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    conflicts: [],
    sessions: sessions.counts,
    conferences: conferences.counts,
    ownItems: { added: 0, updated: 0, unchanged: 0, conflicts: [] },
  };
  const annotations: Annotation[] = [];
  for (const incoming of backup.annotations) {
    const local = existing.annotation(incoming.key);
    const merged = mergeAnnotation(local, incoming, source);
    if (merged.outcome !== 'unchanged') annotations.push(merged.annotation);
    if (!isVisible(local, merged)) continue;
    report[merged.outcome]++;
    if (merged.conflict) {
      const title = titles.get(incoming.key) ?? existing.session(incoming.key)?.title ?? incoming.key;
      report.conflicts.push({ key: incoming.key, title });
    }
  }
  const ownItems: OwnItem[] = [];
  for (const incoming of backup.ownItems) {
    const merged = mergeOwnItem(existing.ownItem(incoming.id), incoming, source);
    report.ownItems[merged.outcome]++;
    if (merged.outcome === 'unchanged') continue;
    ownItems.push(merged.item);
    if (merged.conflict) report.ownItems.conflicts.push({ id: incoming.id, title: merged.item.title });
  }
  const journals: JournalEntry[] = [];
  const journalReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] as string[] };
  for (const incoming of backup.journals ?? []) {
    const merged = mergeJournal(existing.journal?.(incoming.id), incoming, source);
    journalReport[merged.outcome]++;
    if (merged.outcome === 'unchanged') continue;
    journals.push(merged.entry);
    if (merged.conflict) journalReport.conflicts.push(incoming.id);
  }
  if (backup.journals?.length) report.journals = journalReport;
  const templates = mergeTemplates(backup.templates ?? [], (id) => existing.template?.(id));
  if (backup.templates?.length) report.templates = templates.report;
  const noteNames = mergeNoteNames(backup.noteNames ?? [], (key) => existing.noteName?.(key));
  if (backup.noteNames?.length) report.noteNames = noteNames.report;
  return {
    conferences: conferences.put,
    sessions: sessions.put,
    annotations,
    ownItems,
    journals,
    templates: templates.put,
    noteNames: noteNames.put,
    report,
  };
}
