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

  it('shows an answer read beforehand at once, and does not draw it again when the query says the same', async () => {
    db = freshDb();
    await db.conferences.put({ id: 'sched:a', platform: 'sched', event: 'a', name: 'Alpha', seenAt: 0 });
    const renders: string[] = [];
    function Early({ initial }: { initial: string }) {
      const live = useLive(async () => (await db.conferences.get('sched:a'))?.name ?? 'none', ['sched:a'], true, initial);
      renders.push(live.status === 'ready' ? live.value : live.status);
      return <p>{live.status === 'ready' ? live.value : '…'}</p>;
    }
    render(<Early initial="Alpha" />, document.body);
    expect(document.body.textContent).toBe('Alpha');
    await db.conferences.update('sched:a', { name: 'Alpha 2' });
    await expect.poll(() => document.body.textContent).toBe('Alpha 2');
    // Drawn with the early answer, then only for the change: the query's first answer (the same) drew nothing.
    expect(renders).toEqual(['Alpha', 'Alpha 2']);
  });

  it('replaces an answer read beforehand that the query no longer confirms', async () => {
    db = freshDb();
    await db.conferences.put({ id: 'sched:a', platform: 'sched', event: 'a', name: 'Alpha', seenAt: 0 });
    function Early() {
      const live = useLive(async () => (await db.conferences.get('sched:a'))?.name ?? 'none', ['sched:a'], true, 'stale');
      return <p>{live.status === 'ready' ? live.value : '…'}</p>;
    }
    render(<Early />, document.body);
    expect(document.body.textContent).toBe('stale');
    await expect.poll(() => document.body.textContent).toBe('Alpha');
  });
});

describe('useLive with an answer read beforehand, when its deps change', () => {
  it('shows the new deps’ answer even when it reads the same as the early one', async () => {
    db = freshDb();
    function Count({ conference }: { conference: string }) {
      const live = useLive(async () => (await db.conferences.where('id').equals(conference).count()).toString(), [conference], true, '0');
      return <p>{live.status === 'ready' ? `${conference}:${live.value}` : 'loading'}</p>;
    }
    render(<Count conference="sched:a" />, document.body);
    await expect.poll(() => document.body.textContent).toBe('sched:a:0');
    render(<Count conference="sched:b" />, document.body);
    await expect.poll(() => document.body.textContent).toBe('sched:b:0');
  });
});
