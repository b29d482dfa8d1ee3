import { send } from '../messaging';
import type { Annotation, AnnotationPatch } from '../model';
import type { ControlRegistry } from './registry';

/**
 * Changes a session's annotation from the page: shown at once, sent to the background, and put back with the
 * reason on every control of the session if it could not be saved.
 */
export async function patchFromPage(registry: ControlRegistry, key: string, patch: AnnotationPatch): Promise<Annotation> {
  const controls = [...registry.controlsOf(key)];
  const entry = registry.entry(key);
  if (!entry) throw new Error(`No session ${key} on this page`);
  const before = registry.annotations.get(key);
  const optimistic: Annotation = {
    ...(before ?? { key, conference: entry.conference, starred: false, rating: null, note: '', tags: [], updatedAt: 0, fieldUpdatedAt: {} }),
    ...patch,
  };
  registry.apply([optimistic]);
  try {
    const saved = await send({ type: 'annotation/patch', key, patch, entry });
    // The background stores a session under the key it first learnt; the page follows it.
    if (saved.key !== key) registry.rekey({ [key]: saved.key });
    registry.apply([saved]);
    registry.controlsOf(saved.key).forEach((c) => c.setError(undefined));
    return saved;
  } catch (error) {
    registry.apply([before ?? { ...optimistic, starred: false, rating: null, note: '', tags: [] }]);
    controls.forEach((c) => c.setError(error instanceof Error ? error.message : String(error)));
    throw error;
  }
}
