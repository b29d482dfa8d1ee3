import { defaultTemplates, NOTE_KINDS, type NoteKind } from '../../lib/export/kb/defaults';
import type { Flavour } from '../../lib/export/kb/flavours';
import { Select } from './Choices';

const kindNames: Record<NoteKind, string> = { talk: 'Talk note', day: 'Day note', index: 'Conference index' };

interface Props {
  flavour: Flavour;
  kind: NoteKind;
  text: string;
  /** Where the template does not parse, in words with line and column; undefined when it does. */
  error: string | undefined;
  onKind: (kind: NoteKind) => void;
  onChange: (text: string) => void;
}

/** One template at a time, with its parse error beside it and a way back to the default. */
export function TemplateEditor({ flavour, kind, text, error, onKind, onChange }: Props) {
  const own = text !== defaultTemplates[flavour][kind];
  return (
    <fieldset class="tm-notes-template">
      <legend>Template</legend>
      <Select label="Edit the template of" value={kind} options={NOTE_KINDS.map((k) => [k, kindNames[k]] as const)} onChange={onKind} />
      <p class="tm-hint">
        <code>{'{{title}}'}</code> is escaped for where it stands (a YAML value, a Logseq property, Markdown text);{' '}
        <code>{'{{{note}}}'}</code> goes in as written; <code>{'{{#tags}}…{{/tags}}'}</code> repeats or shows a part.
      </p>
      <textarea
        aria-label={`${kindNames[kind]} template`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'tm-template-error' : undefined}
        spellcheck={false}
        rows={14}
        value={text}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {error && (
        <p id="tm-template-error" role="alert" class="tm-error">
          The {kindNames[kind].toLowerCase()} template does not parse: {error}
        </p>
      )}
      <button type="button" disabled={!own} onClick={() => onChange(defaultTemplates[flavour][kind])}>
        Reset to the default template
      </button>
    </fieldset>
  );
}
