import { z } from 'zod';
import { SessionKey } from './schema';

/** The notes apps the knowledge-base export writes for. */
export const FlavourName = z.enum(['obsidian', 'logseq', 'plain']);
export const NoteKindName = z.enum(['talk', 'day', 'index']);

const Template = z.string().max(100_000);
const Kinds = z.object({ talk: Template.optional(), day: Template.optional(), index: Template.optional() });

/**
 * What the notes export remembers: the flavour, whether to leave out talks exported before, and the user's own
 * templates per flavour (a kind left out uses the default, so a better default reaches everyone who kept it).
 */
export const NotesSettings = z.object({
  flavour: FlavourName,
  onlyNew: z.boolean(),
  templates: z.object({ obsidian: Kinds, logseq: Kinds, plain: Kinds }),
});
export type NotesSettings = z.infer<typeof NotesSettings>;

/** The file name an export gave a talk (checked again against the file-name rules where it is used). */
export const NoteName = z.string().min(1).max(300);

/** A template of the user's own in a backup: `<flavour>/<kind>`, e.g. `obsidian/talk`. Defaults are not written. */
export const TemplateRecord = z
  .object({ id: z.string().max(20), text: Template })
  .superRefine((record, ctx) => {
    const [flavour, kind, more] = record.id.split('/');
    if (more !== undefined || !FlavourName.safeParse(flavour).success || !NoteKindName.safeParse(kind).success) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be <flavour>/<kind>: obsidian, logseq or plain / talk, day or index' });
    }
  });
export type TemplateRecord = z.infer<typeof TemplateRecord>;

/** The file name a talk got in notes exports, so a restored or synced profile gives the vault the same files. */
export const NoteNameRecord = z.object({ key: SessionKey, name: NoteName });
export type NoteNameRecord = z.infer<typeof NoteNameRecord>;

/** The user's own templates as backup records. */
export function templateRecords(settings: NotesSettings): TemplateRecord[] {
  return FlavourName.options.flatMap((flavour) =>
    NoteKindName.options.flatMap((kind) => {
      const text = settings.templates[flavour][kind];
      return text === undefined ? [] : [{ id: `${flavour}/${kind}`, text }];
    }),
  );
}

/** The settings with the templates of these records set. */
export function withTemplateRecords(settings: NotesSettings, records: readonly TemplateRecord[]): NotesSettings {
  const templates = { obsidian: { ...settings.templates.obsidian }, logseq: { ...settings.templates.logseq }, plain: { ...settings.templates.plain } };
  for (const { id, text } of records) {
    const [flavour, kind] = id.split('/') as [z.infer<typeof FlavourName>, z.infer<typeof NoteKindName>];
    templates[flavour][kind] = text;
  }
  return { ...settings, templates };
}
