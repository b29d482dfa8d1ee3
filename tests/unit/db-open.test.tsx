import Dexie from 'dexie';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseBanner } from '../../components/backup/DatabaseBanner';
import { getDb, schemaV2, TalkmarksDb, useDbInstead } from '../../lib/db/database';
import { dbState, isPrivateWindowError, openDatabase } from '../../lib/db/open';

const previous = getDb();
const names: string[] = [];
afterEach(async () => {
  useDbInstead(previous);
  render(null, document.body);
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** Firefox's refusal in a private window, as Dexie reports it. */
const privateWindow = new Dexie.OpenFailedError(
  new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
);

class RefusedDb extends TalkmarksDb {
  override open(): never {
    throw privateWindow;
  }
}

describe('opening the database for an extension page', () => {
  it('recognises a private window refusal, and says so instead of showing an empty dashboard', async () => {
    expect(isPrivateWindowError(privateWindow)).toBe(true);
    expect(isPrivateWindowError(new Dexie.UpgradeError('Not yet support for changing primary key'))).toBe(false);
    const state = await openDatabase(new RefusedDb('talkmarks-refused'));
    expect(state).toMatchObject({ status: 'unavailable', privateWindow: true });
    render(<DatabaseBanner />, document.body);
    expect(document.body.querySelector('[role=alert]')!.textContent).toMatch(/^Talkmarks cannot keep notes in a private window/);
  });

  it('asks for a reload when another window upgrades the database under this page', async () => {
    const name = 'talkmarks-versionchange';
    names.push(name);
    const db = new TalkmarksDb(name);
    expect(await openDatabase(db)).toEqual({ status: 'ready' });
    render(<DatabaseBanner />, document.body);
    expect(document.body.querySelector('[role=alert]')).toBeNull();

    const newer = new Dexie(name);
    newer.version(3).stores({ ...schemaV2, extra: 'id' });
    await newer.open();
    expect(dbState()).toEqual({ status: 'outdated' });
    await expect.poll(() => document.body.querySelector('[role=alert]')?.textContent).toMatch(/^Talkmarks was updated in another window\./);
    expect(document.body.querySelector('[role=alert] button')!.textContent).toBe('Reload');
    newer.close();
  });
});
