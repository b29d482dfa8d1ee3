import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutSvgStyles } from '../../lib/util/saved-html';

export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function readFixture(path: string): string {
  return readFileSync(join(fixturesDir, path), 'utf8');
}

/** Parses a page with happy-dom, as the content script would see it (see `withoutSvgStyles` for the one difference). */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(withoutSvgStyles(html), 'text/html');
}
