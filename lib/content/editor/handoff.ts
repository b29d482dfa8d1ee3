import type { Annotation, AnnotationPatch, PatchBase, ScheduleEntry } from '../../model/schema';

/** Saves a change; `base` is what the editor last saw of the fields it changes (see PatchBase). */
export type SaveFromEditor = (patch: AnnotationPatch, base?: PatchBase) => Promise<Annotation>;

/** The mounted editor of one session. */
export interface EditorView {
  update(entry: ScheduleEntry, annotation: Annotation | undefined): void;
  /** Unmounts it (saving a pending note). */
  dispose(): void;
}

/** Renders the editor into the closed shadow root of its `<tm-editor>`; it saves through `save`. */
export type MountEditor = (root: ShadowRoot, save: SaveFromEditor) => EditorView;

/**
 * Where the editor script (`entrypoints/detail-editor.ts`, injected by the background) leaves its mount function for
 * the content script: a property of the extension's isolated world. The page's scripts run in their own world with
 * their own globals, so they can neither read nor replace it, as they could a DOM event (events are shared).
 */
const HANDOFF = 'talkmarksMountEditor';

type Handoff = { [HANDOFF]?: MountEditor };

/** Called by the editor script when the background has injected it. */
export function offerEditor(mount: MountEditor): void {
  (globalThis as Handoff)[HANDOFF] = mount;
}

/** The mount function the editor script left in this world, if it ran. */
export function takeEditor(): MountEditor | undefined {
  const mount = (globalThis as Handoff)[HANDOFF];
  return typeof mount === 'function' ? mount : undefined;
}
