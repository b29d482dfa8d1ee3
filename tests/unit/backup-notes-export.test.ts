import { describe, expect, it } from 'vitest';
import { backupData, importBackup } from '../../lib/db/backup';
import { backupJson } from '../../lib/backup/write';
import { readBackup } from '../../lib/backup/read';
import { noteNames, notesSettings, rememberNoteNames, saveNotesSettings } from '../../lib/db/notes-export';
import { defaultNotesSettings, withTemplate } from '../../lib/export/kb/settings';
import { freshDb } from '../support/db';

const MY_TALK = '---\ntalkmarks_id: {{talkmarks_id}}\n---\n# {{title}}\n\n{{{note}}}\n';
const MY_DAY = '# {{heading}}\n{{#talks}}- {{{link}}}\n{{/talks}}';

async function profileWithTemplates() {
  const db = freshDb();
  let settings = withTemplate(defaultNotesSettings(), 'talk', MY_TALK);
  settings = withTemplate({ ...settings, flavour: 'logseq' }, 'day', MY_DAY);
  await saveNotesSettings(db, { ...settings, flavour: 'obsidian' });
  await rememberNoteNames(db, new Map([['sched:demo2026:gitops', 'GitOps at Scale (gitops)'], ['sched:demo2026:wasm', 'Wasm (wasm)']]));
  return db;
}

function read(file: string) {
  const result = readBackup(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.backup;
}

describe('the notes export’s templates and file names in the backup (format 4)', () => {
  it('a backup restores the user’s own templates and the file each talk got into a fresh profile', async () => {
    const file = backupJson(await backupData(await profileWithTemplates()));
    expect(file).toContain('"version": 4');
    expect(file).toContain(`"templates": [\n    {"id":"logseq/day","text":${JSON.stringify(MY_DAY)}},\n    {"id":"obsidian/talk","text":${JSON.stringify(MY_TALK)}}\n  ]`);
    expect(file).toContain('"noteNames": [\n    {"key":"sched:demo2026:gitops","name":"GitOps at Scale (gitops)"},');

    const fresh = freshDb();
    const result = await importBackup(fresh, read(file), 'backup.json');
    expect(result.templates).toEqual({ added: 2, unchanged: 0, kept: [] });
    const settings = await notesSettings(fresh);
    expect(settings.templates.obsidian.talk).toBe(MY_TALK);
    expect(settings.templates.logseq.day).toBe(MY_DAY);
    expect(settings.templates.plain).toEqual({});
    expect(await noteNames(fresh)).toEqual(new Map([['sched:demo2026:gitops', 'GitOps at Scale (gitops)'], ['sched:demo2026:wasm', 'Wasm (wasm)']]));
    // The restored profile writes the same file again.
    expect(backupJson(await backupData(fresh))).toBe(file);
  });

  it('never replaces a template written here or a file name this browser gave: the file fills in the rest', async () => {
    const file = backupJson(await backupData(await profileWithTemplates()));
    const mine = freshDb();
    const own = '# {{title}} (mine)\n';
    await saveNotesSettings(mine, { ...withTemplate(defaultNotesSettings(), 'talk', own), onlyNew: true });
    await rememberNoteNames(mine, new Map([['sched:demo2026:gitops', 'GitOps (gitops)']]));
    const result = await importBackup(mine, read(file), 'backup.json');
    expect(result.templates).toEqual({ added: 1, unchanged: 0, kept: ['obsidian/talk'] });
    expect(result.noteNames).toEqual({ added: 1, unchanged: 0, kept: ['sched:demo2026:gitops'] });
    const settings = await notesSettings(mine);
    expect(settings).toMatchObject({ onlyNew: true, templates: { obsidian: { talk: own }, logseq: { day: MY_DAY } } });
    expect((await noteNames(mine)).get('sched:demo2026:gitops')).toBe('GitOps (gitops)');
    expect((await importBackup(mine, read(file), 'backup.json')).templates).toEqual({ added: 0, unchanged: 1, kept: ['obsidian/talk'] });
  });

  it('version 1–3 files still import (no templates, no names); a template of no known kind is refused where it is', () => {
    const v3 = { format: 'talkmarks-backup', version: 3, conferences: [], sessions: [], annotations: [], ownItems: [], journals: [] };
    expect(readBackup(JSON.stringify(v3))).toMatchObject({ ok: true, backup: { version: 4, templates: [], noteNames: [] } });
    expect(readBackup(JSON.stringify({ ...v3, version: 1, ownItems: undefined, journals: undefined }))).toMatchObject({ ok: true });
    const bad = { ...v3, version: 4, templates: [{ id: 'obsidian/../../talk', text: 'x' }], noteNames: [{ key: 'nope', name: 'x' }] };
    const result = readBackup(JSON.stringify(bad));
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { where: 'templates[0] "obsidian/../../talk".id', message: expect.stringContaining('must be <flavour>/<kind>') },
        { where: 'noteNames[0] "nope".key', message: 'must look like platform:event:id' },
      ],
    });
    // A version 4 file must hold the lists (a damaged one is not read as empty).
    expect(readBackup(JSON.stringify({ ...v3, version: 4 }))).toMatchObject({ ok: false, problems: [{ where: 'templates' }, { where: 'noteNames' }] });
  });
});
