import { send } from '../protocol/send';
import { emptyFields } from '../model/fields';
import type { Annotation, AnnotationPatch, PatchBase } from '../model/schema';
import type { ControlRegistry } from './registry';
import { errorMessage } from '../util/errors';

/**
 * Changes a session's annotation from the page: shown at once, sent to the background, and put back with the
 * reason on every control of the session if it could not be saved.
 */
export async function patchFromPage(registry: ControlRegistry, key: string, patch: AnnotationPatch, base?: PatchBase): Promise<Annotation> {
  const controls = [...registry.controlsOf(key)];
  const entry = registry.entry(key);
  if (!entry) throw new Error(`No session ${key} on this page`);
  const before = registry.annotations.get(key);
  const optimistic: Annotation = {
    ...(before ?? { key, conference: entry.conference, ...emptyFields, updatedAt: 0, fieldUpdatedAt: {} }),
    ...patch,
  };
  registry.annotations.show(optimistic);
  try {
    const saved = await registry.annotations.whileSaving(key, () => send({ type: 'annotation/patch', key, patch, entry, ...(base ? { base } : {}) }));
    // The background stores a session under the key it first learnt; the page follows it.
    if (saved.key !== key) registry.rekey({ [key]: saved.key });
    registry.annotations.apply([saved]);
    registry.controlsOf(saved.key).forEach((c) => c.setError(undefined));
    return saved;
  } catch (error) {
    registry.annotations.show(before ?? { ...optimistic, ...emptyFields });
    controls.forEach((c) => c.setError(errorMessage(error)));
    throw error;
  }
}
