import { render } from 'preact';
import { useState } from 'preact/hooks';
import { NoteEditor } from '../../components/NoteEditor';
import { RatingInput } from '../../components/RatingInput';
import { TagInput } from '../../components/TagInput';
import type { Annotation, AnnotationPatch, PatchBase, ScheduleEntry } from '../model';
import { editorCss } from './editor-styles';

export const EDITOR_TAG = 'tm-editor';

export interface DetailEditor {
  readonly host: HTMLElement;
  update(entry: ScheduleEntry, annotation: Annotation | undefined): void;
  /** Unmounts the editor (saving a pending note): nothing of it outlives its element. */
  dispose(): void;
}

/** Saves a change; `base` is what this editor last saw of the fields it changes (see PatchBase). */
type Save = (patch: AnnotationPatch, base?: PatchBase) => Promise<Annotation>;

function Panel({ entry, annotation, save }: { entry: ScheduleEntry; annotation: Annotation | undefined; save: Save }) {
  const [error, setError] = useState('');
  const patch = (p: AnnotationPatch, base?: PatchBase) =>
    save(p, base).then(
      (saved) => (setError(''), saved),
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        throw e;
      },
    );
  return (
    <section class="tm-panel" aria-label={`Talkmarks: your notes on ${entry.title}`}>
      <h2>Talkmarks</h2>
      <RatingInput value={annotation?.rating ?? null} title={entry.title} onChange={(rating) => void patch({ rating }).catch(() => undefined)} />
      <TagInput tags={annotation?.tags ?? []} suggestions={[]} title={entry.title} onChange={(tags) => void patch({ tags }, { tags: annotation?.tags ?? [] }).catch(() => undefined)} />
      <NoteEditor note={annotation?.note ?? ''} title={entry.title} onSave={(note, base) => patch({ note }, { note: base }).then((saved) => saved.note)} />
      {error && (
        <p class="tm-error" role="alert">
          Could not save: {error}
        </p>
      )}
    </section>
  );
}

/** Rating, tags and note of the session a page is about, in an open shadow root (Preact) on a `tm-` element. */
export function createDetailEditor(save: Save): DetailEditor {
  const host = document.createElement(EDITOR_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = editorCss;
  const mount = document.createElement('div');
  root.append(style, mount);
  // Typing or clicking in the editor must not trigger the page's own shortcuts and handlers.
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'click']) host.addEventListener(type, (e) => e.stopPropagation());
  return {
    host,
    update: (entry, annotation) => render(<Panel entry={entry} annotation={annotation} save={save} />, mount),
    dispose: () => render(null, mount),
  };
}
