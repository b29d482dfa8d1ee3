import { z } from 'zod';
import { defaultOptions, MarkdownOptions } from './options';

export interface ReadOptions {
  options: MarkdownOptions;
  /** Paths of stored fields that did not validate and were replaced by their default, e.g. `include.notes`. */
  reset: string[];
}

/**
 * Field by field, so one bad or renamed field (an older or newer version wrote it) resets only itself and the
 * rest of the user's choices survive.
 */
function lenient(schema: z.ZodType, value: unknown, fallback: unknown, path: string, reset: string[]): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  if (schema instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    const defaults = fallback as Record<string, unknown>;
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const at = path ? `${path}.${key}` : key;
      out[key] = lenient(field, (value as Record<string, unknown>)[key], defaults[key], at, reset);
    }
    return out;
  }
  // A field missing from what an older version stored is new, not broken: it takes its default quietly.
  if (value !== undefined) reset.push(path || '(all)');
  return fallback;
}

/** Export options as stored earlier (by any version), validated; nothing stored gives the defaults quietly. */
export function readStoredOptions(value: unknown): ReadOptions {
  const reset: string[] = [];
  if (value === undefined) return { options: defaultOptions(), reset };
  const options = lenient(MarkdownOptions, value, defaultOptions(), '', reset);
  return { options: MarkdownOptions.parse(options), reset };
}
