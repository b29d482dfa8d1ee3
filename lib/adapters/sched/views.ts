import { clip } from '../../util/text';

/**
 * What a sched URL says about every entry it lists: `/2026-03-24/list` is one day, `/type/Keynote` one session
 * type, `/venue/Hall+12` one room. Entries take these only where their own markup says nothing.
 */
export interface ViewFacts {
  day?: string;
  track?: string;
  room?: string;
}

function segmentAfter(path: string, name: string): string | undefined {
  const m = new RegExp(`/${name}/([^/]+)`).exec(path);
  if (!m) return undefined;
  try {
    return clip(decodeURIComponent(m[1]!.replace(/\+/g, ' ')).trim(), 500) || undefined;
  } catch {
    return undefined;
  }
}

export function viewFacts(url: URL): ViewFacts {
  const path = url.pathname;
  return {
    day: /\/(\d{4}-\d{2}-\d{2})(?:\/|$)/.exec(path)?.[1],
    track: segmentAfter(path, 'type'),
    room: segmentAfter(path, 'venue'),
  };
}
