import { NotesSettings } from '../../model/notes-export';
import { defaultTemplates, NOTE_KINDS, type NoteKind } from './defaults';
import type { Flavour } from './flavours';
import type { Templates } from './render';

export { NotesSettings };

export const defaultNotesSettings = (): NotesSettings => ({ flavour: 'obsidian', onlyNew: false, templates: { obsidian: {}, logseq: {}, plain: {} } });

/** Settings as stored by any version; what does not read back gives the defaults. */
export function readNotesSettings(value: unknown): NotesSettings {
  const parsed = NotesSettings.safeParse(value);
  return parsed.success ? parsed.data : defaultNotesSettings();
}

export function templatesOf(settings: NotesSettings, flavour: Flavour = settings.flavour): Templates {
  const own = settings.templates[flavour];
  return Object.fromEntries(NOTE_KINDS.map((k) => [k, own[k] ?? defaultTemplates[flavour][k]])) as Templates;
}

/** The settings with one template changed; the default text itself is stored as "use the default". */
export function withTemplate(settings: NotesSettings, kind: NoteKind, text: string): NotesSettings {
  const flavour = settings.flavour;
  const own = { ...settings.templates[flavour], [kind]: text === defaultTemplates[flavour][kind] ? undefined : text };
  return { ...settings, templates: { ...settings.templates, [flavour]: own } };
}
