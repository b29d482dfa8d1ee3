import { dayOf } from '../model/display';
import { placeholderEntry } from '../model/annotated';
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

/**
 * One session's searchable text, normalised once when the index is built: its fields joined by a line break (which
 * normalised text and query terms never hold), in the order they rank. The first place a term is found is then
 * also its best field, with one `indexOf` per session.
 */
interface Doc {
  entry: ScheduleEntry;
  day: string | undefined;
  text: string;
  /** Where each field ends (the line break after it), in `FIELDS` order; the abstract runs to the end. */
  ends: readonly number[];
}

/** Where a term is found counts: a title hit outranks one deep in an abstract. */
const weight = { titleStart: 14, title: 10, speakers: 6, tags: 6, note: 4, place: 3, abstract: 1 } as const;
/** The fields of `Doc.text`, best first. */
const FIELDS = [weight.title, weight.speakers, weight.tags, weight.note, weight.place, weight.abstract] as const;

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

function docOf(entry: ScheduleEntry, day: string | undefined): Doc {
  const fields = [
    normalise(entry.title),
    normalise(entry.speakers.map((s) => s.name).join(' · ')),
    '', // tags and note: laid over by `withMine`
    '',
    normalise(`${entry.room ?? ''} · ${entry.track ?? ''}`),
    normalise(entry.abstract ?? ''),
  ];
  const ends: number[] = [];
  let at = -1;
  for (const field of fields.slice(0, -1)) ends.push((at += field.length + 1));
  return { entry, day, text: fields.join('\n'), ends };
}

/** A session's doc with what the user wrote, normalised, in its tags and note fields (empty in `doc`). */
function withMine(doc: Doc, annotation: Annotation): Doc {
  const [title, speakers, , , place] = doc.ends as [number, number, number, number, number];
  const mine = { tags: normalise(annotation.tags.join(' ')), note: normalise(annotation.note) };
  // Joined, not concatenated: `+` makes a rope that the first search over it copies flat (10,000 ropes cost the
  // first key typed after opening the dashboard ~50 ms); `join` builds the flat string once, here.
  const text = [doc.text.slice(0, speakers), mine.tags, mine.note + doc.text.slice(speakers + 2)].join('\n');
  const tags = speakers + 1 + mine.tags.length;
  const note = tags + 1 + mine.note.length;
  return { ...doc, text, ends: [title, speakers, tags, note, note + (place - speakers - 2)] };
}

/** The score of a term found at `at` in a session's text. */
function scoreAt(doc: Doc, at: number): number {
  if (at < doc.ends[0]!) return at === 0 || doc.text[at - 1] === ' ' ? weight.titleStart : weight.title;
  let field = 1;
  while (field < doc.ends.length && at > doc.ends[field]!) field++;
  return FIELDS[field]!;
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

function sameRanks(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const sameFilters = (a: SearchFilters, b: SearchFilters) =>
  a.conference === b.conference &&
  a.day === b.day &&
  !!a.starred === !!b.starred &&
  a.minRating === b.minRating &&
  a.tag === b.tag &&
  a.track === b.track &&
  a.room === b.room;

/** The last search's matches, and where each of its terms was first found in each match. */
interface LastSearch {
  query: SearchQuery;
  terms: string[];
  matches: Int32Array;
  /** `found[t][i]`: where term t was first found in match i. */
  found: Int32Array[];
  /** Each match's rank, in `matches` order; and the hits they gave. */
  ranks: Float64Array;
  hits: SearchHit[];
}

/**
 * Where to look for each new term in the last search's matches: a term that extends an old one (the user typed on)
 * is first found no earlier than the old one was, so the search resumes there; any other term starts from the top.
 */
function resumeFrom(last: LastSearch, terms: readonly string[]): (Int32Array | undefined)[] {
  return terms.map((term) => {
    const old = last.terms.findIndex((o) => term.startsWith(o));
    return old < 0 ? undefined : last.found[old];
  });
}

/**
 * Every session seen, with what the user wrote about it, searchable as they type. Build it once from
 * the sessions table with `fromEntries`, then lay the (smaller, more often changing) annotations over it
 * with `withAnnotations`, which reuses the normalised session text.
 */
export class SearchIndex {
  private last: LastSearch | undefined;

  private constructor(
    /** The sessions' docs without annotations, which each `withAnnotations` starts from. */
    private readonly base: readonly Doc[],
    private readonly docs: readonly Doc[],
    private readonly byKey: ReadonlyMap<string, number>,
    /** The annotation of each doc, by index. */
    private readonly mine: readonly (Annotation | undefined)[],
    private readonly order: ScheduleOrder = scheduleOrder(docs),
  ) {}

  static fromEntries(entries: readonly ScheduleEntry[]): SearchIndex {
    const day = dayCache();
    const docs = entries.map((entry) => docOf(entry, day(entry)));
    return new SearchIndex(docs, docs, new Map(docs.map((d, i) => [d.entry.key, i])), []);
  }

  /** The same sessions with these annotations; an annotation whose session was never stored gets a bare entry. */
  withAnnotations(annotations: readonly Annotation[]): SearchIndex {
    const orphans = annotations.filter((a) => !this.byKey.has(a.key));
    const base = orphans.length ? [...this.base, ...orphans.map((a) => docOf(placeholderEntry(a), undefined))] : this.base;
    const byKey = orphans.length ? new Map(base.map((d, i) => [d.entry.key, i])) : this.byKey;
    const docs = [...base];
    const mine: (Annotation | undefined)[] = new Array(docs.length);
    for (const a of annotations) {
      const at = byKey.get(a.key)!;
      docs[at] = withMine(base[at]!, a);
      mine[at] = a;
    }
    return new SearchIndex(base, docs, byKey, mine, orphans.length ? undefined : this.order);
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Sessions passing the filters whose text holds every term, best first (then in schedule order).
   * While the user keeps typing (each new term contains an old one, same filters) only the previous
   * matches are searched again, each from where its old term was found: later keystrokes get cheaper, not dearer.
   * A key that keeps every match at the same rank (most keys once a word is half typed) returns the last hits
   * themselves, so the list on screen keeps its rows and heights instead of being laid out anew.
   */
  search(query: SearchQuery): SearchHit[] {
    const terms = queryTerms(query.text);
    const last = this.last;
    const narrowing =
      last && sameFilters(last.query, query) && last.terms.every((old) => terms.some((term) => term.includes(old)));
    const candidates = narrowing ? last.matches : undefined;
    const from = narrowing ? resumeFrom(last, terms) : [];
    const count = candidates ? candidates.length : this.docs.length;
    const matches = new Int32Array(count);
    const found = terms.map(() => new Int32Array(count));
    // Ranked by one number: score first, schedule order second (order < 2^24 sessions); by time, order alone.
    const byTime = query.sort === 'time';
    const ranks = new Float64Array(count);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const at = candidates ? candidates[i]! : i;
      const doc = this.docs[at]!;
      if (!passes(query, doc, this.mine[at])) continue;
      let score = 0;
      for (let t = 0; t < terms.length; t++) {
        const where = doc.text.indexOf(terms[t]!, from[t]?.[i] ?? 0);
        if (where < 0) {
          score = -1;
          break;
        }
        found[t]![n] = where;
        score += scoreAt(doc, where);
      }
      if (score < 0) continue;
      matches[n] = at;
      ranks[n++] = (byTime ? 0 : -score * ORDER_SPAN) + this.order.position[at]!;
    }
    const kept = ranks.subarray(0, n);
    if (narrowing && n === count && sameRanks(kept, last.ranks)) {
      this.last = { ...last, query, terms, found };
      return last.hits;
    }
    const sorted = kept.slice().sort();
    const hits: SearchHit[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const rank = sorted[i]!;
      const score = byTime ? 0 : Math.ceil(-rank / ORDER_SPAN) || 0;
      const at = this.order.atPosition[rank + score * ORDER_SPAN]!;
      const doc = this.docs[at]!;
      hits[i] = { entry: doc.entry, annotation: this.mine[at], score, day: doc.day };
    }
    this.last = { query, terms, matches: matches.slice(0, n), found: found.map((f) => f.slice(0, n)), ranks: kept, hits };
    return hits;
  }

  /** The values each filter can take, among the sessions of one conference (or all). */
  facets(conference?: string): Facets {
    const days = new Set<string>();
    const tracks = new Set<string>();
    const rooms = new Set<string>();
    const tags = new Set<string>();
    const conferences = new Set<string>();
    this.docs.forEach((doc, at) => {
      conferences.add(doc.entry.conference);
      if (conference && doc.entry.conference !== conference) return;
      if (doc.day) days.add(doc.day);
      if (doc.entry.track) tracks.add(doc.entry.track);
      if (doc.entry.room) rooms.add(doc.entry.room);
      this.mine[at]?.tags.forEach((t) => tags.add(t));
    });
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
