import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLive } from '../../components/hooks/use-live';
import { freshDb } from '../support/db';
import type { TalkmarksDb } from '../../lib/db/database';

afterEach(() => render(null, document.body));

let db: TalkmarksDb;
const seen: string[] = [];

function Names({ conference }: { conference: string }) {
  const live = useLive(async () => (await db.conferences.get(conference))?.name ?? 'none', [conference]);
  seen.push(`${conference}:${live.status === 'ready' ? live.value : live.status}`);
  return <p>{live.status === 'ready' ? live.value : '…'}</p>;
}

describe('useLive', () => {
  it('never shows the answer for one conference under another, while the new one is read', async () => {
    db = freshDb();
    await db.conferences.bulkPut([
      { id: 'sched:a', platform: 'sched', event: 'a', name: 'Alpha', seenAt: 0 },
      { id: 'sched:b', platform: 'sched', event: 'b', name: 'Beta', seenAt: 0 },
    ]);
    render(<Names conference="sched:a" />, document.body);
    await expect.poll(() => document.body.textContent).toBe('Alpha');
    render(<Names conference="sched:b" />, document.body);
    await expect.poll(() => document.body.textContent).toBe('Beta');
    expect(seen.filter((s) => s.startsWith('sched:b:'))).not.toContain('sched:b:Alpha');
    expect(seen).toContain('sched:b:loading');
  });
});
