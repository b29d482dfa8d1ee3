import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** `../shared` beside the checkout: real pages, read in place and never copied into the project. */
export const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const hasShared = existsSync(join(sharedDir, 'fixtures'));

export function readShared(path: string): string {
  return readFileSync(join(sharedDir, path), 'utf8');
}

/**
 * A suite on real pages from ../shared. Where ../shared is absent (a user's fresh clone) it is skipped
 * with its reason in the test name and a warning; with TM_REQUIRE_SHARED=1 (CI) its absence is a failure.
 */
export function describeShared(name: string, body: () => void): void {
  if (hasShared) {
    describe(name, body);
    return;
  }
  const reason = `../shared/fixtures not found at ${sharedDir}`;
  if (process.env.TM_REQUIRE_SHARED === '1') throw new Error(`${name}: ${reason}, and TM_REQUIRE_SHARED=1`);
  console.warn(`\n[talkmarks] SKIPPED real-page suite "${name}": ${reason}\n`);
  describe.skip(`${name} — SKIPPED: ${reason}`, body);
}
