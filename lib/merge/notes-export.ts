import type { NoteNameRecord, TemplateRecord } from '../model/notes-export';

/** What merging a file's templates or note names did; `kept`: ids where this profile's own differed and stayed. */
export interface KeptReport {
  added: number;
  unchanged: number;
  kept: string[];
}

/**
 * Templates and note names carry no time of their own, so a file fills in what this profile lacks and never
 * replaces what it has: a template the user wrote here stays, and a talk keeps the file name this browser gave it,
 * which is the name of the file already in the vault. Restoring into a fresh profile restores everything. Pure.
 */
function fillIn<R>(incoming: readonly R[], id: (r: R) => string, local: (id: string) => R | undefined, same: (a: R, b: R) => boolean) {
  const put: R[] = [];
  const report: KeptReport = { added: 0, unchanged: 0, kept: [] };
  for (const record of incoming) {
    const mine = local(id(record));
    if (mine === undefined) {
      put.push(record);
      report.added++;
    } else if (same(mine, record)) report.unchanged++;
    else report.kept.push(id(record));
  }
  return { put, report };
}

export function mergeTemplates(incoming: readonly TemplateRecord[], local: (id: string) => TemplateRecord | undefined) {
  return fillIn(incoming, (t) => t.id, local, (a, b) => a.text === b.text);
}

export function mergeNoteNames(incoming: readonly NoteNameRecord[], local: (key: string) => NoteNameRecord | undefined) {
  return fillIn(incoming, (n) => n.key, local, (a, b) => a.name === b.name);
}
