import type { ScheduleEntry } from '../model/schema';
import { clipBytes, jsonBytes, utf8Bytes } from '../util/bytes';

/**
 * What one conference may hold of what its pages report, and how fast one tab may add to it. No real schedule comes
 * near (measured on tests/fixtures/real): the most sessions is 1,351 (36C3), the longest abstract 8,027 bytes
 * (36C3), the heaviest session 8,545 bytes and the heaviest schedule 1.25 MB (36C3; KubeCon EU 2026: 596 sessions,
 * 0.75 MB). The extension declares `unlimitedStorage`, so these are the only bound on what a page can write.
 */
export const seenCaps = {
  /** Sessions stored per conference (the synthetic 10,000-entry bench page still fits). */
  sessions: 10_000,
  /** UTF-8 bytes of all of a conference's sessions as stored. */
  conferenceBytes: 16 * 1024 * 1024,
  /** UTF-8 bytes per field; text beyond is cut, lists keep the items that fit. */
  field: { title: 8 * 1024, abstract: 32 * 1024, room: 1024, track: 1024, speakers: 8 * 1024, links: 8 * 1024 },
} as const;

/** How fast one tab may report: a burst for a page load, then a trickle. Only growth counts: a reload is free. */
export const seenRate = {
  /** Bytes a tab may add to stored sessions at once, and per second after that. */
  bytesBurst: 8 * 1024 * 1024,
  bytesPerSecond: 64 * 1024,
  /** `page/seen` messages a tab may send at once, and per second after that. */
  messagesBurst: 300,
  messagesPerSecond: 10,
} as const;

export type CappedField = keyof typeof seenCaps.field;

type TextField = 'title' | 'abstract' | 'room' | 'track';
const textFields: readonly TextField[] = ['title', 'abstract', 'room', 'track'];

/** The first items of a list whose JSON together fits in `max` bytes. */
function fitting<T>(items: readonly T[], max: number): T[] {
  let used = 2;
  const out: T[] = [];
  for (const item of items) {
    used += jsonBytes(item) + 1;
    if (used > max) break;
    out.push(item);
  }
  return out;
}

/** An entry with every field within its cap, and the fields that had to be cut. */
export function capFields(entry: ScheduleEntry): { entry: ScheduleEntry; cut: CappedField[] } {
  const cut: CappedField[] = [];
  const out: ScheduleEntry = { ...entry };
  for (const name of textFields) {
    const value = out[name];
    if (value !== undefined && utf8Bytes(value) > seenCaps.field[name]) {
      out[name] = clipBytes(value, seenCaps.field[name]);
      cut.push(name);
    }
  }
  if (jsonBytes(out.speakers) > seenCaps.field.speakers) {
    out.speakers = fitting(out.speakers, seenCaps.field.speakers);
    cut.push('speakers');
  }
  if (out.links && jsonBytes(out.links) > seenCaps.field.links) {
    out.links = fitting(out.links, seenCaps.field.links);
    cut.push('links');
  }
  return { entry: out, cut };
}
