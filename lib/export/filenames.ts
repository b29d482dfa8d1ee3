import type { Conference } from '../model/schema';

/** `talkmarks-kccnceu2026.md` for one conference, `talkmarks-export.md` for several. */
export function exportFilename(conferences: readonly Conference[], extension: 'md' | 'ics'): string {
  const name = conferences.length === 1 ? conferences[0]!.event.replace(/[^A-Za-z0-9._-]+/g, '-') : 'export';
  return `talkmarks-${name}.${extension}`;
}
