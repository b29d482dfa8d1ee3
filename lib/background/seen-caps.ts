import type { ScheduleEntry } from '../model/schema';
import { clipBytes, jsonBytes, utf8Bytes } from '../util/bytes';

/**
 * What one conference may hold of what its pages report, and how fast one tab may add to it. No real schedule comes
 * near (measured on tests/fixtures/real): the most sessions is 1,351 (36C3), the longest abstract 8,027 bytes
 * (36C3), the heaviest session 8,545 bytes and the heaviest schedule 1.25 MB (36C3; KubeCon EU 2026: 596 sessions,
 * 0.75 MB). The extension declares `unlimitedStorage`, so these are the only bound on what a page can write.
 */
export type CappedField = 'title' | 'abstract' | 'room' | 'track' | 'speakers' | 'links';

export interface SeenCaps {
  sessions: number;
  conferenceBytes: number;
  field: Record<CappedField, number>;
}

export interface SeenRate {
  bytesBurst: number;
  bytesPerSecond: number;
  messagesBurst: number;
  messagesPerSecond: number;
}

export const seenCaps: SeenCaps = {
  /** Sessions stored per conference (the synthetic 10,000-entry bench page still fits). */
  sessions: 10_000,
  /** UTF-8 bytes of all of a conference's sessions as stored. */
  conferenceBytes: 16 * 1024 * 1024,
  /** UTF-8 bytes per field; text beyond is cut, lists keep the items that fit. */
  field: { title: 8 * 1024, abstract: 32 * 1024, room: 1024, track: 1024, speakers: 8 * 1024, links: 8 * 1024 },
};

/** How fast one tab may report: a burst for a page load, then a trickle. Only growth counts: a reload is free. */
export const seenRate: SeenRate = {
  /** Bytes a tab may add to stored sessions at once, and per second after that. */
  bytesBurst: 8 * 1024 * 1024,
  bytesPerSecond: 64 * 1024,
  /**
   * `page/seen` messages a tab may send at once, and per second after that. A page sends its entries in batches of
   * up to 500 cut by idle time, so a 10,000-entry page may take a few hundred: a few reloads of it still fit.
   */
  messagesBurst: 1_000,
  messagesPerSecond: 20,
};

type TextField = 'title' | 'abstract' | 'room' | 'track';
const textFields: readonly TextField[] = ['title', 'abstract', 'room', 'track'];

/** The first items of a list whose JSON together fits in `max` bytes. */
function fitting<T>(items: readonly T[], max: number): T[] {
  // `[`, then each item with the `,` or `]` after it: exactly the JSON of what is kept.
  let used = 1;
  const out: T[] = [];
  for (const item of items) {
    used += jsonBytes(item) + 1;
    if (used > max) break;
    out.push(item);
  }
  return out;
}

/** An entry with every field within its cap, and the fields that had to be cut. */
export function capFields(entry: ScheduleEntry, caps: SeenCaps['field'] = seenCaps.field): { entry: ScheduleEntry; cut: CappedField[] } {
  const cut: CappedField[] = [];
  const out: ScheduleEntry = { ...entry };
  for (const name of textFields) {
    const value = out[name];
    if (value !== undefined && utf8Bytes(value) > caps[name]) {
      out[name] = clipBytes(value, caps[name]);
      cut.push(name);
    }
  }
  if (jsonBytes(out.speakers) > caps.speakers) {
    out.speakers = fitting(out.speakers, caps.speakers);
    cut.push('speakers');
  }
  if (out.links && jsonBytes(out.links) > caps.links) {
    out.links = fitting(out.links, caps.links);
    cut.push('links');
  }
  return { entry: out, cut };
}
