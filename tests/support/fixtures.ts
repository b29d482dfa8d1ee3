import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Real schedule pages and exports kept in the repo (origin, date and licence of each in SOURCES.md there). */
export const realDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');

/** A real fixture as text; `path` is relative to tests/fixtures/real, e.g. `sched/kccnceu2026-all.ics`. */
export function readReal(path: string): string {
  return readFileSync(join(realDir, path), 'utf8');
}
