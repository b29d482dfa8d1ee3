import { z } from 'zod';
import { defaultTemplates, NOTE_KINDS, type NoteKind } from './defaults';
import { FLAVOURS, type Flavour } from './flavours';
import type { Templates } from './render';

const Template = z.string().max(100_000);
const Kinds = z.object({ talk: Template.optional(), day: Template.optional(), index: Template.optional() });

/**
 * What the notes export remembers: the flavour, whether to leave out talks exported before, and the user's own
 * templates per flavour (a kind left out uses the default, so a better default reaches everyone who kept it).
 */
export const NotesSettings = z.object({
  flavour: z.enum(FLAVOURS as [Flavour, ...Flavour[]]),
  onlyNew: z.boolean(),
  templates: z.object({ obsidian: Kinds, logseq: Kinds, plain: Kinds }),
});
export type NotesSettings = z.infer<typeof NotesSettings>;

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
