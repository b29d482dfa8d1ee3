import { send } from '../protocol/send';
import { emptyFields } from '../model/fields';
import type { Annotation, AnnotationPatch, PatchBase } from '../model/schema';
import type { ControlRegistry } from './registry';
import { errorMessage } from '../util/errors';
import { sameData } from '../util/same-data';

/**
 * Changes a session's annotation from the page: shown at once, sent to the background, and put back with the
 * reason on every control of the session if it could not be saved.
 */
export async function patchFromPage(registry: ControlRegistry, key: string, patch: AnnotationPatch, base?: PatchBase): Promise<Annotation> {
  const controls = [...registry.controlsOf(key)];
  const entry = registry.entry(key);
  if (!entry) throw new Error(`No session ${key} on this page`);
  const before = registry.annotations.get(key);
  const blank: Annotation = { key, conference: entry.conference, ...emptyFields, updatedAt: 0, fieldUpdatedAt: {} };
  const optimistic: Annotation = { ...(before ?? blank), ...patch };
  registry.annotations.show(optimistic);
  try {
    const saved = await registry.annotations.whileSaving(key, () => send({ type: 'annotation/patch', key, patch, entry, ...(base ? { base } : {}) }));
    return confirmed(registry, key, saved);
  } catch (error) {
    // A service worker stopped after its write committed loses only the answer: what is stored decides, not the
    // page's guess. When even that cannot be read, the page goes back to what it showed before.
    const stored = await storedState(key, blank);
    if (stored && holds(stored, patch)) return confirmed(registry, key, stored);
    registry.annotations.show(stored ?? before ?? blank);
    controls.forEach((c) => c.setError(errorMessage(error)));
    throw error;
  }
}

function confirmed(registry: ControlRegistry, key: string, saved: Annotation): Annotation {
  // The background stores a session under the key it first learnt; the page follows it.
  if (saved.key !== key) registry.rekey({ [key]: saved.key });
  registry.annotations.apply([saved]);
  registry.controlsOf(saved.key).forEach((c) => c.setError(undefined));
  return saved;
}

/** The session as the background has it now (`blank` when nothing is stored), or undefined when it cannot say. */
async function storedState(key: string, blank: Annotation): Promise<Annotation | undefined> {
  try {
    const stored = await send({ type: 'page/annotations' });
    return stored.find((a) => a.key === key) ?? blank;
  } catch {
    return undefined;
  }
}

function holds(stored: Annotation, patch: AnnotationPatch): boolean {
  return Object.entries(patch).every(([field, value]) => sameData(stored[field as keyof Annotation], value));
}
