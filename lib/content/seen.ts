import { send } from '../protocol/send';
import type { Conference } from '../model/schema';
import type { EntrySource } from './controls';

const BATCH = 500;
const BUSY_SLICE_MS = 8;

type Idle = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

function whenIdle(run: Idle): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(() => run({ timeRemaining: () => BUSY_SLICE_MS, didTimeout: true }), 50);
}

/**
 * Tells the background what the page shows: entries are read (their fields beyond key and title) and sent in
 * idle time, in batches, so a 10,000-entry page never pays for it in one task. The answer names sessions
 * stored under another key than the page shows, and what the schedule changed about the user's picks.
 */
export function createSeenQueue(
  conference: Conference,
  onRenamed: (renamed: Record<string, string>) => void,
  onError: (error: unknown) => void,
  onChanges: (marks: Record<string, string>) => void = () => undefined,
) {
  let queue: EntrySource[] = [];
  let next = 0;
  let scheduled = false;

  const step: Idle = (deadline) => {
    const started = performance.now();
    const enough = () => (deadline.didTimeout ? performance.now() - started > BUSY_SLICE_MS : deadline.timeRemaining() < 1);
    const batch = [];
    while (next < queue.length && batch.length < BATCH && !enough()) batch.push(queue[next++]!.entry);
    if (next === queue.length) {
      queue = [];
      next = 0;
    }
    if (batch.length) {
      send({ type: 'page/seen', conference, entries: batch }).then(
        ({ renamed, changes }) => {
          if (Object.keys(renamed).length) onRenamed(renamed);
          onChanges(changes);
        },
        onError,
      );
    }
    if (queue.length) return whenIdle(step);
    scheduled = false;
    performance.mark('talkmarks:recorded');
  };

  return (sources: readonly EntrySource[]) => {
    if (!sources.length) return;
    queue.push(...sources);
    if (!scheduled) {
      scheduled = true;
      whenIdle(step);
    }
  };
}
