import { dayOf } from '../model/display';
import type { Annotation, ScheduleEntry } from '../model/schema';

/** What the dashboard narrows sessions by; absent means "any". */
export interface SearchFilters {
  conference?: string;
  /** Event-local day, `YYYY-MM-DD`. */
  day?: string;
  starred?: boolean;
  /** At least this many stars. */
  minRating?: number;
  tag?: string;
  track?: string;
  room?: string;
}

export interface SearchQuery extends SearchFilters {
  text: string;
  /** Best first (the default), or in schedule order. */
  sort?: 'relevance' | 'time';
}

export interface SearchHit {
  entry: ScheduleEntry;
  annotation: Annotation | undefined;
  score: number;
  /** Event-local day, `YYYY-MM-DD`. */
  day: string | undefined;
}

/** One session's searchable text, normalised once when the index is built. */
interface Doc {
  entry: ScheduleEntry;
  day: string | undefined;
  title: string;
  speakers: string;
  place: string;
  abstract: string;
}

/** What the user wrote about a session, normalised. */
interface Mine {
  annotation: Annotation;
  tags: string;
  note: string;
}

/** Where a term is found counts: a title hit outranks one deep in an abstract. */
const weight = { titleStart: 14, title: 10, speakers: 6, tags: 6, note: 4, place: 3, abstract: 1 } as const;

/** Lower case without accents, white space folded: `Café  Ü` and `cafe u` are the same text. */
export function normalise(text: string): string {
  // Most schedule text is ASCII: skipping Unicode decomposition there makes building the index 3× faster.
  const folded = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return folded
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}


/** Words and "quoted phrases" of a query, normalised; the longest first, since it rules out the most. */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = normalise(match[1] ?? match[2] ?? '');
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms.sort((a, b) => b.length - a.length);
}

/** Sessions share a few hundred start times: their event-local day is worked out once per start and zone. */
function dayCache(): (entry: ScheduleEntry) => string | undefined {
  const days = new Map<string, string | undefined>();
  return (entry) => {
    const id = `${entry.timeZone}|${entry.start}`;
    if (!days.has(id)) days.set(id, dayOf(entry));
    return days.get(id);
  };
}

function docOf(entry: ScheduleEntry, day = dayOf(entry)): Doc {
  return {
    entry,
    day,
    title: normalise(entry.title),
    speakers: normalise(entry.speakers.map((s) => s.name).join(' · ')),
    place: normalise(`${entry.room ?? ''} · ${entry.track ?? ''}`),
    abstract: normalise(entry.abstract ?? ''),
  };
}

function mineOf(annotation: Annotation): Mine {
  return { annotation, tags: normalise(annotation.tags.join(' ')), note: normalise(annotation.note) };
}

/** The score of one term in one session, 0 when the term is not there. */
function termScore(term: string, doc: Doc, mine: Mine | undefined): number {
  const at = doc.title.indexOf(term);
  if (at === 0 || (at > 0 && doc.title[at - 1] === ' ')) return weight.titleStart;
  if (at > 0) return weight.title;
  if (doc.speakers.includes(term)) return weight.speakers;
  if (mine?.tags.includes(term)) return weight.tags;
  if (mine?.note.includes(term)) return weight.note;
  if (doc.place.includes(term)) return weight.place;
  return doc.abstract.includes(term) ? weight.abstract : 0;
}

function passes(filters: SearchFilters, doc: Doc, a: Annotation | undefined): boolean {
  const { entry } = doc;
  if (filters.conference && entry.conference !== filters.conference) return false;
  if (filters.day && doc.day !== filters.day) return false;
  if (filters.starred && !a?.starred) return false;
  if (filters.minRating && (a?.rating ?? 0) < filters.minRating) return false;
  if (filters.tag && !a?.tags.includes(filters.tag)) return false;
  if (filters.track && entry.track !== filters.track) return false;
  if (filters.room && entry.room !== filters.room) return false;
  return true;
}

const ORDER_SPAN = 2 ** 24;

/** Schedule order (by start, untimed last, then as stored), worked out once so ranking compares numbers. */
interface ScheduleOrder {
  /** Each doc's position in schedule order. */
  position: Int32Array;
  /** The doc at each position. */
  atPosition: Int32Array;
}

function scheduleOrder(docs: readonly Doc[]): ScheduleOrder {
  const starts = docs.map((d) => (d.entry.start ? Date.parse(d.entry.start) : Infinity));
  const atPosition = Int32Array.from(docs.keys()).sort((a, b) => starts[a]! - starts[b]! || a - b);
  const position = new Int32Array(docs.length);
  atPosition.forEach((at, i) => (position[at] = i));
  return { position, atPosition };
}

const sameFilters = (a: SearchFilters, b: SearchFilters) =>
  a.conference === b.conference &&
  a.day === b.day &&
  !!a.starred === !!b.starred &&
  a.minRating === b.minRating &&
  a.tag === b.tag &&
  a.track === b.track &&
  a.room === b.room;

/**
 * Every session seen, with what the user wrote about it, searchable as they type. Build it once from
 * the sessions table with `fromEntries`, then lay the (smaller, more often changing) annotations over it
 * with `withAnnotations`, which reuses the normalised session text.
 */
export class SearchIndex {
  private last: { query: SearchQuery; terms: string[]; matches: number[] } | undefined;

  private constructor(
    private readonly docs: readonly Doc[],
    private readonly byKey: ReadonlyMap<string, number>,
    private readonly mine: ReadonlyMap<string, Mine>,
    private readonly order: ScheduleOrder = scheduleOrder(docs),
  ) {}

  static fromEntries(entries: readonly ScheduleEntry[]): SearchIndex {
    const day = dayCache();
    const docs = entries.map((entry) => docOf(entry, day(entry)));
    return new SearchIndex(docs, new Map(docs.map((d, i) => [d.entry.key, i])), new Map());
  }

  /** The same sessions with these annotations; an annotation whose session was never stored gets a bare entry. */
  withAnnotations(annotations: readonly Annotation[]): SearchIndex {
    const orphans = annotations.filter((a) => !this.byKey.has(a.key));
    let { docs, byKey } = this;
    if (orphans.length) {
      docs = [...docs, ...orphans.map((a) => docOf({ key: a.key, conference: a.conference, aliases: [], title: a.key, speakers: [] }))];
      byKey = new Map(docs.map((d, i) => [d.entry.key, i]));
    }
    const mine = new Map(annotations.map((a) => [a.key, mineOf(a)]));
    return new SearchIndex(docs, byKey, mine, docs === this.docs ? this.order : undefined);
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Sessions passing the filters whose text holds every term, best first (then in schedule order).
   * While the user keeps typing (each new term contains an old one, same filters) only the previous
   * matches are searched again: later keystrokes get cheaper, not dearer.
   */
  search(query: SearchQuery): SearchHit[] {
    const terms = queryTerms(query.text);
    const last = this.last;
    const narrowing =
      last && sameFilters(last.query, query) && last.terms.every((old) => terms.some((term) => term.includes(old)));
    const candidates = narrowing ? last.matches : undefined;
    const matches: number[] = [];
    // Ranked by one number: score first, schedule order second (order < 2^24 sessions); by time, order alone.
    const byTime = query.sort === 'time';
    const ranks: number[] = [];
    const count = candidates ? candidates.length : this.docs.length;
    for (let i = 0; i < count; i++) {
      const at = candidates ? candidates[i]! : i;
      const doc = this.docs[at]!;
      const mine = this.mine.get(doc.entry.key);
      if (!passes(query, doc, mine?.annotation)) continue;
      let score = 0;
      for (const term of terms) {
        const s = termScore(term, doc, mine);
        if (!s) {
          score = -1;
          break;
        }
        score += s;
      }
      if (score < 0) continue;
      matches.push(at);
      ranks.push((byTime ? 0 : -score * ORDER_SPAN) + this.order.position[at]!);
    }
    this.last = { query, terms, matches };
    const sorted = Float64Array.from(ranks).sort();
    const hits: SearchHit[] = new Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
      const rank = sorted[i]!;
      const score = byTime ? 0 : Math.ceil(-rank / ORDER_SPAN) || 0;
      const doc = this.docs[this.order.atPosition[rank + score * ORDER_SPAN]!]!;
      hits[i] = { entry: doc.entry, annotation: this.mine.get(doc.entry.key)?.annotation, score, day: doc.day };
    }
    return hits;
  }

  /** The values each filter can take, among the sessions of one conference (or all). */
  facets(conference?: string): Facets {
    const days = new Set<string>();
    const tracks = new Set<string>();
    const rooms = new Set<string>();
    const tags = new Set<string>();
    const conferences = new Set<string>();
    for (const doc of this.docs) {
      conferences.add(doc.entry.conference);
      if (conference && doc.entry.conference !== conference) continue;
      if (doc.day) days.add(doc.day);
      if (doc.entry.track) tracks.add(doc.entry.track);
      if (doc.entry.room) rooms.add(doc.entry.room);
      this.mine.get(doc.entry.key)?.annotation.tags.forEach((t) => tags.add(t));
    }
    const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
    return { conferences: sorted(conferences), days: sorted(days), tracks: sorted(tracks), rooms: sorted(rooms), tags: sorted(tags) };
  }
}

export interface Facets {
  conferences: string[];
  days: string[];
  tracks: string[];
  rooms: string[];
  tags: string[];
}
