import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pushChangesToTabs } from '../../lib/background/push-changes';
import { pushLayersToTabs } from '../../lib/background/push-layers';
import { pushToTabs } from '../../lib/background/push';
import { storeLayer } from '../../lib/db/colleagues';
import { layerOf } from '../../lib/model/colleague';
import type { Annotation } from '../../lib/model/schema';
import { freshDb } from '../support/db';
import { sampleShare } from '../support/share';

/** The open tabs, and what each was sent; tab 9 has no content script and rejects, as the browser does. */
const state = vi.hoisted(() => ({ tabs: [] as { id: number; url: string }[], sent: [] as [number, unknown][] }));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      query: async () => [...state.tabs],
      sendMessage: async (id: number, message: unknown) => {
        if (id === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
        state.sent.push([id, message]);
      },
    },
  },
}));

const A = 'sched:demo2026';
const B = 'sched:other2026';
const note = (conference: string, id: string): Annotation => ({ key: `${conference}:${id}`, conference, starred: true, updatedAt: 1 } as Annotation);

describe('what the background tells schedule tabs: each tab only its own conference', () => {
  beforeEach(() => {
    state.tabs = [
      { id: 1, url: 'https://demo2026.sched.com/' },
      { id: 2, url: 'https://other2026.sched.com/list/simple' },
      { id: 9, url: 'https://demo2026.sched.com/event/x' },
      { id: 4, url: 'https://example.org/' },
    ];
    state.sent = [];
  });

  it('annotations and renames go to the tabs of their conference only; a tab without our script is skipped', async () => {
    await pushToTabs([note(A, 'a1'), note(B, 'b1')], { [`${A}:uid1`]: `${A}:a1` });
    expect(state.sent).toEqual([
      [1, { type: 'tab/annotations', annotations: [note(A, 'a1')], renamed: { [`${A}:uid1`]: `${A}:a1` } }],
      [2, { type: 'tab/annotations', annotations: [note(B, 'b1')] }],
    ]);
  });

  it('a rename alone reaches its conference’s tabs', async () => {
    await pushToTabs([], { [`${B}:uid2`]: `${B}:b2` });
    expect(state.sent).toEqual([[2, { type: 'tab/annotations', annotations: [], renamed: { [`${B}:uid2`]: `${B}:b2` } }]]);
  });

  it('change marks and colleague layers go to the tabs of the one conference named', async () => {
    const db = freshDb();
    await pushChangesToTabs(db, B);
    expect(state.sent).toEqual([[2, { type: 'tab/changes', conference: B, changes: {} }]]);
    state.sent = [];
    // The sample share is of sched:kccnceu2021: only its tab hears of the layer.
    state.tabs.push({ id: 5, url: 'https://kccnceu2021.sched.com/' });
    const layer = await storeLayer(db, layerOf(sampleShare(2, true), 5));
    await pushLayersToTabs(db, 'sched:kccnceu2021');
    expect(state.sent).toEqual([
      [5, { type: 'tab/colleagues', conference: 'sched:kccnceu2021', layers: [expect.objectContaining({ id: layer.id })] }],
    ]);
  });
});
