import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEventSessions, RETRY_AFTER_MS } from '../../lib/content/pretalx-page';
import { send } from '../../lib/protocol/send';
import { entry } from '../support/db';

vi.mock('wxt/browser', async () => ({ browser: (await import('../support/fake-runtime')).runtime.browser }));
vi.mock('../../lib/protocol/send', () => ({ send: vi.fn() }));

const asked = vi.mocked(send);
const published = { timeZone: 'Europe/Berlin', entries: [entry('XFUR3C', 'pretalx:pretalx.example.org_democon', { start: '2026-07-01T23:50:00.000Z' })] };

describe("a pretalx page reads its event's published sessions", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    asked.mockReset();
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => vi.useRealTimers());

  it('asks again after a failed read, so a dropped request still brings the times', async () => {
    asked.mockRejectedValueOnce(new Error('could not fetch (Failed to fetch)')).mockResolvedValueOnce(published as never);
    const read = loadEventSessions();
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[0]);
    await expect(read).resolves.toEqual(published);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('asks again after a read with no answer in time', async () => {
    asked.mockReturnValueOnce(new Promise(() => undefined)).mockResolvedValueOnce(published as never);
    const read = loadEventSessions();
    await vi.advanceTimersByTimeAsync(30_000 + RETRY_AFTER_MS[0]);
    await expect(read).resolves.toEqual(published);
  });

  it('gives up after three failures and reads the page on its own, saying why', async () => {
    asked.mockRejectedValue(new Error('Refused: this request must come from a schedule page'));
    const read = loadEventSessions();
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[0] + RETRY_AFTER_MS[1]);
    await expect(read).resolves.toEqual({ entries: [] });
    expect(asked).toHaveBeenCalledTimes(3);
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining('without the event’s sessions'), 'Refused: this request must come from a schedule page');
  });

  it('asks once when the first answer comes', async () => {
    asked.mockResolvedValue(published as never);
    await expect(loadEventSessions()).resolves.toEqual(published);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
