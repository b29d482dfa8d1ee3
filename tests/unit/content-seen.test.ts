import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSeenQueue } from '../../lib/content/seen';
import { CONFERENCE, entryOf, fakeBackground, sent } from '../support/content';

vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

type Deadline = { timeRemaining(): number; didTimeout: boolean };
let idle: ((deadline: Deadline) => void)[] = [];

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: (deadline: Deadline) => void) => idle.push(run));
});
afterEach(() => vi.unstubAllGlobals());

/** Runs the idle callbacks asked for, one idle period each, with room for `room` entries a period (or plenty). */
async function runIdle(room = Infinity): Promise<number> {
  let periods = 0;
  while (idle.length) {
    const run = idle.shift()!;
    let left = room;
    run({ timeRemaining: () => (left-- > 0 ? 10 : 0), didTimeout: false });
    periods++;
    await Promise.resolve();
  }
  return periods;
}

const sources = (from: number, count: number) => Array.from({ length: count }, (_, n) => ({ entry: entryOf(from + n) }));
const keys = (from: number, count: number) => sources(from, count).map((s) => s.entry.key);

function setup(answer: () => unknown = () => ({ stored: 0, renamed: {}, changes: {} })) {
  const send = fakeBackground(answer);
  const renamed = vi.fn();
  const errors = vi.fn();
  const changes = vi.fn();
  const seen = createSeenQueue(CONFERENCE, renamed, errors, changes);
  const reported = () => sent(send, 'page/seen');
  return { seen, renamed, errors, changes, reported };
}

describe('the seen queue', () => {
  it('reports entries in idle time, in batches of at most 500', async () => {
    const { seen, reported } = setup();
    seen(sources(0, 1234));
    expect(reported()).toEqual([]);
    await runIdle();
    expect(reported().map((r) => r.entries.length)).toEqual([500, 500, 234]);
    expect(reported().flatMap((r) => r.entries.map((e) => e.key))).toEqual(keys(0, 1234));
    expect(reported().every((r) => r.conference === CONFERENCE)).toBe(true);
  });

  it('reports entries an idle period had no time for in the next one, each exactly once', async () => {
    const { seen, reported } = setup();
    seen(sources(0, 350));
    const periods = await runIdle(100);
    expect(periods).toBe(4);
    expect(reported().map((r) => r.entries.length)).toEqual([100, 100, 100, 50]);
    expect(reported().flatMap((r) => r.entries.map((e) => e.key))).toEqual(keys(0, 350));
  });

  it('adds entries found while others wait, and loses none', async () => {
    const { seen, reported } = setup();
    seen(sources(0, 300));
    idle.shift()!({ timeRemaining: () => 0, didTimeout: false });
    seen(sources(300, 200));
    await runIdle(150);
    expect(reported().flatMap((r) => r.entries.map((e) => e.key))).toEqual(keys(0, 500));
    seen(sources(500, 10));
    await runIdle();
    expect(reported().flatMap((r) => r.entries.map((e) => e.key))).toEqual(keys(0, 510));
  });

  it('asks for no idle time when there is nothing to report', () => {
    const { seen } = setup();
    seen([]);
    expect(idle).toHaveLength(0);
  });

  it('moves the page’s controls when the background stores a session under another key', async () => {
    const { seen, renamed } = setup(() => ({ stored: 1, renamed: { [entryOf(1).key]: entryOf(9).key } }));
    seen(sources(1, 1));
    await runIdle();
    await vi.waitFor(() => expect(renamed).toHaveBeenCalledWith({ [entryOf(1).key]: entryOf(9).key }));
  });

  it('reports a batch that could not be stored as an error, and still sends the rest', async () => {
    let calls = 0;
    const { seen, errors, reported } = setup(() => {
      if (calls++ === 0) throw new Error('no room');
      return { stored: 500, renamed: {}, changes: {} };
    });
    seen(sources(0, 600));
    await runIdle();
    expect(reported()).toHaveLength(2);
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(new Error('no room')));
  });

  it('marks the picks the schedule changed, as the background answers, and renames nothing when nothing moved', async () => {
    const { seen, renamed, changes } = setup(() => ({ stored: 1, renamed: {}, changes: { [entryOf(2).key]: 'moved' } }));
    seen(sources(2, 1));
    await runIdle();
    await vi.waitFor(() => expect(changes).toHaveBeenCalledWith({ [entryOf(2).key]: 'moved' }));
    expect(renamed).not.toHaveBeenCalled();
  });

  it('sends no empty batch when an idle period ends before it could read an entry', async () => {
    const { seen, reported } = setup();
    seen(sources(0, 20));
    idle.shift()!({ timeRemaining: () => 0, didTimeout: false });
    expect(reported()).toEqual([]);
    await runIdle();
    expect(reported().map((r) => r.entries.length)).toEqual([20]);
  });

  it('tells the page’s observers once when everything is recorded, and only then', async () => {
    performance.clearMarks('talkmarks:recorded');
    const { seen } = setup();
    seen(sources(0, 30));
    seen(sources(30, 10));
    idle.shift()!({ timeRemaining: () => 0, didTimeout: false });
    expect(performance.getEntriesByName('talkmarks:recorded')).toHaveLength(0);
    await runIdle();
    expect(performance.getEntriesByName('talkmarks:recorded')).toHaveLength(1);
  });

  it('on a busy page (the idle period timed out) still reports a slice each time, and every entry in the end', async () => {
    const { seen, reported } = setup();
    let now = 0;
    // Each entry read costs 1 ms of a page that never goes idle: a slice stops past 8 ms.
    vi.spyOn(performance, 'now').mockImplementation(() => now++);
    seen(sources(0, 40));
    while (idle.length) {
      idle.shift()!({ timeRemaining: () => 0, didTimeout: true });
      await Promise.resolve();
    }
    vi.restoreAllMocks();
    const sizes = reported().map((r) => r.entries.length);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThan(40);
    expect(reported().flatMap((r) => r.entries.map((e) => e.key))).toEqual(keys(0, 40));
  });

  it('without idle callbacks (a browser that has none) still reports every entry, soon after', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestIdleCallback', undefined);
      const { seen, reported } = setup();
      seen(sources(0, 30));
      expect(reported()).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      expect(reported().flatMap((r) => r.entries.map((e) => e.key))).toEqual(keys(0, 30));
    } finally {
      vi.useRealTimers();
    }
  });
});
