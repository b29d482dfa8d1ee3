import { render } from 'preact';
import { useState } from 'preact/hooks';
import { NoteEditor } from './NoteEditor';
import { RatingInput } from './RatingInput';
import { TagInput } from './TagInput';
import type { Annotation, AnnotationPatch, PatchBase, ScheduleEntry } from '../../lib/model/schema';
import type { MountEditor, SaveFromEditor } from '../../lib/content/editor/handoff';
import uiCss from '../../assets/ui.css?inline';
import editorCss from '../../assets/editor.css?inline';
import { errorMessage } from '../../lib/util/errors';

function Panel({ entry, annotation, save }: { entry: ScheduleEntry; annotation: Annotation | undefined; save: SaveFromEditor }) {
  const [error, setError] = useState('');
  const patch = (p: AnnotationPatch, base?: PatchBase) =>
    save(p, base).then(
      (saved) => (setError(''), saved),
      (e: unknown) => {
        setError(errorMessage(e));
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

/**
 * Rating, tags and note of the session a page is about (Preact), in the shadow root of the page's `<tm-editor>`.
 * Loaded only on pages that show one: see `detail-editor.ts` and `entrypoints/detail-editor.ts`.
 */
export const mountDetailEditor: MountEditor = (root, save) => {
  const style = document.createElement('style');
  // The extension pages' stylesheet, then the editor's own rules: one stylesheet for every place notes are edited.
  style.textContent = uiCss + editorCss;
  const mount = document.createElement('div');
  root.append(style, mount);
  return {
    update: (entry, annotation) => render(<Panel entry={entry} annotation={annotation} save={save} />, mount),
    dispose: () => render(null, mount),
  };
};
