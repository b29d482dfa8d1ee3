import type { Runtime } from 'webextension-polyfill';
import type { SeenResult } from '../db/annotations';
import type { TalkmarksDb } from '../db/database';
import { sessionSizes, sizesOf } from '../db/session-sizes';
import type { Conference, ScheduleEntry } from '../model/schema';
import { formatBytes, jsonBytes } from '../util/bytes';
import { boundConference, onSenderOrigin } from './bind-sender';
import { createBuckets } from './rate-limit';
import { capFields, seenCaps, seenRate, type CappedField, type SeenCaps, type SeenRate } from './seen-caps';
import { refuse } from './senders';
import { createWarnOnce } from './warn-once';

export const seenRefusals = {
  tooFast: 'Refused: this tab reports sessions faster than any schedule page does; try again in a few seconds',
} as const;

const offSite = 'dropped session addresses that are not on the page’s own site';

export interface SeenBoundsOptions {
  now?: () => number;
  warn?: (message: string) => void;
  /** Other figures than seen-caps.ts gives (tests: a cap reached with a few sessions). */
  caps?: SeenCaps;
  rate?: SeenRate;
}

type Write = (conference: Conference, entries: ScheduleEntry[]) => Promise<SeenResult>;

/**
 * The gate in front of `page/seen`: binds what a page reports to its frame's URL, cuts fields to their caps, admits
 * new sessions while the conference and the tab have room, and says once per conference and cause what it refused.
 * What each conference weighs is read from the database once per service-worker life and kept up to date after each
 * write; writes of one conference run one at a time, so two pages cannot both take the last room.
 */
export function createSeenBounds(
  db: () => TalkmarksDb,
  { now = Date.now, warn, caps = seenCaps, rate = seenRate }: SeenBoundsOptions = {},
) {
  const warnOnce = createWarnOnce(warn);
  const messages = createBuckets(rate.messagesBurst, rate.messagesPerSecond, now);
  const growth = createBuckets(rate.bytesBurst, rate.bytesPerSecond, now);
  const weights = new Map<string, Promise<Map<string, number>>>();
  const queues = new Map<string, Promise<unknown>>();

  const sizesFor = (conference: string) => {
    let sizes = weights.get(conference);
    if (!sizes) {
      sizes = sessionSizes(db(), conference);
      weights.set(conference, sizes);
      // A failed read is tried again next time rather than kept.
      sizes.catch(() => weights.delete(conference));
    }
    return sizes;
  };

  /** Runs `task` after every earlier write of the conference has ended. */
  function serially<R>(conference: string, task: () => Promise<R>): Promise<R> {
    const run = (queues.get(conference) ?? Promise.resolve()).then(task, task);
    queues.set(conference, run.catch(() => undefined));
    return run;
  }

  async function admit(conference: string, tab: number, entries: readonly ScheduleEntry[]): Promise<ScheduleEntry[]> {
    const sizes = await sizesFor(conference);
    let total = [...sizes.values()].reduce((a, b) => a + b, 0);
    let count = sizes.size;
    const budget = growth.of(tab);
    const admitted: ScheduleEntry[] = [];
    const cut = new Set<CappedField>();
    for (const raw of entries) {
      const { entry, cut: fields } = capFields(raw, caps.field);
      fields.forEach((f) => cut.add(f));
      const before = sizes.get(entry.key);
      const adds = Math.max(0, jsonBytes(entry) - (before ?? 0));
      if (before === undefined && count >= caps.sessions) {
        warnOnce(conference, 'sessions', `refused sessions beyond ${caps.sessions} per conference`);
        continue;
      }
      if (total + adds > caps.conferenceBytes) {
        warnOnce(conference, 'bytes', `refused sessions beyond ${formatBytes(caps.conferenceBytes)} per conference`);
        continue;
      }
      if (!budget.take(adds)) {
        warnOnce(conference, 'rate', `refused sessions: a tab added more than ${formatBytes(rate.bytesBurst)} at once, then ${formatBytes(rate.bytesPerSecond)} a second`);
        continue;
      }
      if (before === undefined) count++;
      total += adds;
      admitted.push(entry);
    }
    for (const field of cut) warnOnce(conference, `field ${field}`, `cut ${field} to ${formatBytes(caps.field[field])}`);
    return admitted;
  }

  return {
    /**
     * The entry an edit carries (its session as the editor shows it), within the field caps and, from a tab, with an
     * address only on the tab's own site. The popup's entries came from a tab too: it checks their addresses itself.
     */
    entry(sender: Runtime.MessageSender, raw: ScheduleEntry): ScheduleEntry {
      const { entry, cut } = capFields(raw, caps.field);
      for (const field of cut) warnOnce(entry.conference, `field ${field}`, `cut ${field} to ${formatBytes(caps.field[field])}`);
      if (!sender.tab || !sender.url) return entry;
      const bound = onSenderOrigin([entry], sender);
      if (bound.offSite) warnOnce(entry.conference, 'url', offSite);
      return bound.entries[0]!;
    },
    /** Records what a schedule tab reports through `write`, within the bounds; the sender is already checked. */
    record(sender: Runtime.MessageSender, conference: Conference, entries: readonly ScheduleEntry[], write: Write): Promise<SeenResult> {
      const tab = sender.tab?.id ?? -1;
      const bound = { conference: boundConference(conference, sender), ...onSenderOrigin(entries, sender) };
      const id = bound.conference.id;
      if (!messages.of(tab).take(1)) {
        warnOnce(id, 'messages', `refused page/seen messages beyond ${rate.messagesBurst} at once, then ${rate.messagesPerSecond} a second, from one tab`);
        refuse(seenRefusals.tooFast);
      }
      if (bound.offSite) warnOnce(id, 'url', offSite);
      return serially(id, async () => {
        const sizes = await sizesFor(id);
        const admitted = await admit(id, tab, bound.entries);
        if (!admitted.length) return { stored: 0, renamed: {}, merged: [] };
        const fresh = new Set(admitted.filter((e) => !sizes.has(e.key)).map((e) => e.key));
        const result = await write(bound.conference, admitted);
        // Keys now stored under another (aliases that joined their session) weigh nothing any more.
        for (const gone of Object.keys(result.renamed)) sizes.delete(gone);
        // A new session weighs what was admitted; one merged with what was stored is read back as it is now.
        const merged: string[] = [];
        for (const e of admitted) {
          const key = result.renamed[e.key] ?? e.key;
          if (fresh.has(e.key) && key === e.key) sizes.set(key, jsonBytes(e));
          else merged.push(key);
        }
        if (merged.length) for (const [key, size] of await sizesOf(db(), merged)) sizes.set(key, size);
        return result;
      });
    },
  };
}
