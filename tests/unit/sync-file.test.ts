import { describe, expect, it } from 'vitest';
import { deviceFileJson, MAX_DEVICE_FILE_BYTES, readDeviceFile } from '../../lib/sync/file';
import { parseMultistatus, statusError } from '../../lib/sync/webdav';
import { createSyncHandlers } from '../../lib/background/sync-handlers';
import { refusals } from '../../lib/background/senders';
import type { SyncClocksInput } from '../../lib/model/sync';
import { emptyFields } from '../../lib/model/fields';

const clocks: SyncClocksInput = { device: 'a1b2c3d4e5', writtenAt: 5, tags: { 'sched:demo2026:a': { ebpf: [3, 0] } }, notes: {}, readAt: {}, removedOwnItems: { gone: 4 } };
const annotation = { key: 'sched:demo2026:a', conference: 'sched:demo2026', ...emptyFields, starred: true, tags: ['ebpf'], updatedAt: 3, fieldUpdatedAt: { starred: 3, tags: 3 } };
const conference = { id: 'sched:demo2026', platform: 'sched' as const, event: 'demo2026', name: 'Demo', seenAt: 1 };
const good = deviceFileJson(clocks, { conferences: [conference], sessions: [], annotations: [annotation], ownItems: [] });

describe('device files on the server', () => {
  it('read back what was written: clocks, tombstones and records', () => {
    const read = readDeviceFile(good);
    expect(read).toMatchObject({ ok: true, file: { clocks, annotations: [annotation] } });
  });

  it.each([
    ['garbage', 'PK\u0003\u0004 not json at all', 'is not JSON'],
    ['a truncated file', good.slice(0, good.length / 2), 'is not JSON'],
    ['another JSON file', '{"format":"talkmarks-backup","version":2}', 'is not a Talkmarks device file'],
    ['a newer format', good.replace('"version":1', '"version":7'), 'was written by a newer Talkmarks'],
    ['a record failing its schema', good.replace('"starred":true', '"starred":"yes"'), 'bad record'],
    ['a bad clock', good.replace('"writtenAt":5', '"writtenAt":-5'), 'unreadable clocks'],
  ])('refuse %s by name, merging nothing', (_what, text, error) => {
    const read = readDeviceFile(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toContain(error);
  });

  it('carry colleague layers after the records; a file from before them reads with none, a misnamed layer is refused', () => {
    const layer = {
      id: 'sched:demo2026/colleagueA1', conference: 'sched:demo2026', sharer: 'colleagueA1', name: 'Ana', sharedAt: 1, receivedAt: 2, hidden: true,
      hiddenAt: 4, include: { stars: true, ratings: true, tags: true, notes: false }, picks: [{ key: 'sched:demo2026:a', starred: true, rating: null, tags: [], note: '' }],
    };
    const text = deviceFileJson(clocks, { conferences: [conference], sessions: [], annotations: [annotation], ownItems: [] }, [layer]);
    expect(readDeviceFile(text)).toMatchObject({ ok: true, file: { layers: [layer] } });
    const before = good.replace(',\n"layers":[]', '');
    expect(before).not.toContain('"layers"');
    expect(readDeviceFile(before)).toMatchObject({ ok: true, file: { layers: [], journals: [], templates: [], noteNames: [] } });
    const misnamed = readDeviceFile(text.replace('"id":"sched:demo2026/colleagueA1"', '"id":"sched:other2026/colleagueA1"'));
    expect(misnamed.ok ? '' : misnamed.error).toContain('not by its conference and sharer');
  });

  it('refuse a file over the size limit before parsing it', () => {
    const read = readDeviceFile(' '.repeat(MAX_DEVICE_FILE_BYTES + 1));
    expect(read.ok ? '' : read.error).toMatch(/MB; device files over 32 MB are refused/);
  });
});

describe('the WebDAV client', () => {
  it('lists a Nextcloud-style PROPFIND answer (prefixed namespaces, encoded names) without the folder itself', () => {
    const xml = `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">
      <d:response><d:href>/remote.php/dav/files/me/my%20notes/devices/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop></d:propstat></d:response>
      <d:response><d:href>/remote.php/dav/files/me/my%20notes/devices/a1b2c3d4e5.json</d:href><d:propstat><d:prop><d:getetag>&quot;5f1&quot;</d:getetag><d:getcontentlength>1234</d:getcontentlength><d:resourcetype/></d:prop></d:propstat></d:response>
    </d:multistatus>`;
    expect(parseMultistatus(xml, 'https://cloud.example.org/remote.php/dav/files/me/my%20notes/devices/')).toEqual([
      { name: 'a1b2c3d4e5.json', etag: '"5f1"', size: 1234, folder: false },
    ]);
  });

  it('says what a status means in words', () => {
    expect(statusError(401, 'x').message).toContain('refused the user name or password');
    expect(statusError(403, 'team').message).toContain('may not use team (403, no permission)');
    expect(statusError(404, 'team').message).toContain('The folder team does not exist');
    expect(statusError(405, 'team').message).toContain('does not look like a WebDAV server');
    expect(statusError(503, 'team').message).toContain('Nothing was changed here');
  });

  it('refuses sync requests from a schedule tab: only the dashboard may sync or test a server', async () => {
    const handlers = createSyncHandlers('chrome-extension://abc/', async () => null);
    const tab = { id: 'abc', url: 'https://demo2026.sched.com/', tab: { id: 1 } as never };
    await expect(handlers['sync/now']({ type: 'sync/now' }, tab)).rejects.toThrow(refusals.notExtensionPage);
    const settings = { url: 'http://127.0.0.1:1/', folder: 'x', user: 'u', password: 'p' };
    await expect(handlers['sync/test']({ type: 'sync/test', settings }, tab)).rejects.toThrow(refusals.notExtensionPage);
    await expect(handlers['sync/create-folder']({ type: 'sync/create-folder', settings }, tab)).rejects.toThrow(refusals.notExtensionPage);
  });
});
