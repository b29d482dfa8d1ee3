import { clip, fold } from '../../util/text';

/** What a session page's JSON-LD `Event` says (one scraper reports sched pages carry it; unverified). */
export interface LdEvent {
  name?: string;
  start?: string;
  end?: string;
  room?: string;
  performers: string[];
}

const str = (v: unknown) => (typeof v === 'string' ? clip(fold(v), 2000) || undefined : undefined);

/** An ISO date-time with an offset is an instant; anything else is not trusted here. */
function instant(v: unknown): string | undefined {
  if (typeof v !== 'string' || !/T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/.test(v)) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.map((p) => str(typeof p === 'object' && p ? (p as Record<string, unknown>).name : p)).filter((n): n is string => !!n);
}

function asEvent(node: unknown): LdEvent | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  const type = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
  if (!type.some((t) => typeof t === 'string' && /Event$/.test(t))) return undefined;
  const location = o.location as Record<string, unknown> | undefined;
  return {
    name: str(o.name),
    start: instant(o.startDate),
    end: instant(o.endDate),
    room: str(typeof location === 'object' && location ? location.name : location),
    performers: names(o.performer ?? o.performers),
  };
}

/** The first `Event` in the page's JSON-LD blocks; malformed blocks are skipped. */
export function jsonLdEvent(doc: Document, selector: string): LdEvent | undefined {
  for (const script of doc.querySelectorAll(selector)) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const graph = Array.isArray(data) ? data : [data, ...(((data as Record<string, unknown>)?.['@graph'] as unknown[]) ?? [])];
      for (const node of graph) {
        const event = asEvent(node);
        if (event) return event;
      }
    } catch {
      // Not JSON: another script's business.
    }
  }
  return undefined;
}
