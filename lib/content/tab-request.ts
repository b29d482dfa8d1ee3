import type { TabRequest } from '../protocol/tab-messages';

/**
 * Content scripts accept requests only from this extension (the sender is checked by the caller), whose
 * annotations were validated by zod before they were stored. This check keeps zod out of the page bundle.
 */
export function asTabRequest(message: unknown): TabRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, annotations, renamed } = message as Record<string, unknown>;
  if (type === 'tab/entries') return { type };
  if (type === 'tab/annotations' && Array.isArray(annotations)) {
    const names = typeof renamed === 'object' && renamed !== null ? (renamed as Record<string, string>) : undefined;
    return { type, annotations, renamed: names } as TabRequest;
  }
  return undefined;
}
