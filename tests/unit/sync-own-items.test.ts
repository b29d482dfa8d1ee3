import { describe, expect, it } from 'vitest';
import { SyncSim, type SimDevice } from '../support/sync-sim';

const devices = () => {
  const sim = new SyncSim(['aaaaaaaa', 'bbbbbbbb', 'cccccccc']);
  return { sim, devices: sim.devices as [SimDevice, SimDevice, SimDevice] };
};

describe('own items across devices', () => {
  it('an own item deleted again after an edit brought it back stays deleted', () => {
    const { sim, devices: [a, b, c] } = devices();
    sim.putOwn(a, 'o1', 'Dinner');
    for (const d of [a, b, c]) sim.sync(d);
    a.ownItems.delete('o1');
    sim.sync(a);
    // C edits it after A's deletion was stamped: the edit wins, the item is back on A.
    sim.putOwn(c, 'o1', 'Dinner at 8');
    sim.sync(c);
    sim.sync(a);
    expect(sim.view(a).own).toEqual(['o1:Dinner at 8']);
    a.ownItems.delete('o1');
    for (const d of [a, b, c, a, b, c]) sim.sync(d);
    for (const d of [a, b, c]) expect(sim.view(d).own).toEqual([]);
  });

  it('an own item deleted on one device stays deleted after a sync with an older file', () => {
    const { sim, devices: [a, b] } = devices();
    sim.putOwn(a, 'o1', 'Dinner');
    for (const d of [a, b]) sim.sync(d);
    b.ownItems.delete('o1');
    sim.sync(b);
    // A's file still lists the item as it was before the deletion.
    sim.sync(b);
    expect(sim.view(b).own).toEqual([]);
    sim.sync(a);
    expect(sim.view(a).own).toEqual([]);
  });

  it('equal stamps: the same version wins on both devices, whichever device syncs first', () => {
    const winners = [0, 1].map((first) => {
      const { sim, devices: [a, b] } = devices();
      sim.putOwn(a, 'o1', 'Dinner');
      for (const d of [a, b]) sim.sync(d);
      const at = sim.tick();
      a.ownItems.set('o1', { ...a.ownItems.get('o1')!, title: 'Dinner (A)', updatedAt: at });
      b.ownItems.set('o1', { ...b.ownItems.get('o1')!, title: 'Dinner (B)', updatedAt: at });
      for (const d of first ? [b, a, b] : [a, b, a]) sim.sync(d);
      expect(sim.view(b).own).toEqual(sim.view(a).own);
      return sim.view(a).own;
    });
    expect(winners[1]).toEqual(winners[0]);
  });

  it('the side changed later wins, whichever device syncs first', () => {
    for (const first of [0, 1]) {
      const { sim, devices: [a, b] } = devices();
      sim.putOwn(a, 'o1', 'Dinner');
      for (const d of [a, b]) sim.sync(d);
      sim.putOwn(b, 'o1', 'Dinner (B, earlier)');
      sim.putOwn(a, 'o1', 'Dinner (A, later)');
      for (const d of first ? [b, a, b] : [a, b, a]) sim.sync(d);
      expect([sim.view(a).own, sim.view(b).own]).toEqual([['o1:Dinner (A, later)'], ['o1:Dinner (A, later)']]);
    }
  });
});
