import { afterEach, describe, expect, it, vi } from 'vitest';
import { colleagueLayers, storeLayer } from '../../lib/db/colleagues';
import { patchAnnotation } from '../../lib/db/annotations';
import { buildShare, shareFileText } from '../../lib/share/build';
import { createKeyring } from '../../lib/sync/crypto';
import { syncTeam } from '../../lib/sync/team';
import type { TeamSettings } from '../../lib/model/sync';
import { entry, freshDb } from '../support/db';

/** A team folder on a WebDAV server, as files in a map behind `fetch` (PROPFIND, GET, PUT). */
function folder(files: Map<string, string>) {
  let version = 0;
  const etags = new Map<string, string>();
  const put = (name: string, text: string) => (files.set(name, text), etags.set(name, `"${++version}"`));
  for (const [name, text] of files) put(name, text);
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    if (init.method === 'PROPFIND') {
      const rows = [...files].map(([n, t]) => `<d:response><d:href>/team/${n}</d:href><d:propstat><d:prop><d:getetag>${etags.get(n)}</d:getetag><d:getcontentlength>${t.length}</d:getcontentlength></d:prop></d:propstat></d:response>`);
      return new Response(`<d:multistatus xmlns:d="DAV:"><d:response><d:href>/team/</d:href></d:response>${rows.join('')}</d:multistatus>`, { status: 207 });
    }
    if (init.method === 'GET') return files.has(name) ? new Response(files.get(name), { headers: { ETag: etags.get(name)! } }) : new Response('', { status: 404 });
    if (init.method === 'PUT') {
      const headers = init.headers as Record<string, string>;
      const stale = headers['If-Match'] ? headers['If-Match'] !== etags.get(name) : headers['If-None-Match'] === '*' && files.has(name);
      if (stale) return new Response('', { status: 412 });
      return (put(name, String(init.body)), new Response('', { status: 201 }));
    }
    return new Response('', { status: 405 });
  });
}
afterEach(() => void vi.unstubAllGlobals());

const server = { url: 'https://cloud.example.org/dav/', folder: 'talkmarks', user: 'me', password: 'pw' };
const team: TeamSettings = { folder: 'team', name: 'Ben', conference: 'sched:demo2026', include: { stars: true, ratings: true, tags: true, notes: false } };
const anasFile = (note: string, sharer = 'ana-sharer-1', now = 100) =>
  shareFileText(buildShare([{ entry: entry('a1'), annotation: { key: 'sched:demo2026:a1', conference: 'sched:demo2026', starred: true, rating: 5, tags: [], note, priority: null, alternative: false, watchLater: false, updatedAt: 1, fieldUpdatedAt: {} } as never }],
    { conference: 'sched:demo2026', from: 'Ana', sharer, include: { stars: true, ratings: true, tags: false, notes: true }, titles: true, now }));

describe('the team folder', () => {
  it('publishes only what is included (no note unless ticked) and reads a colleague file as their layer', async () => {
    const db = freshDb();
    await patchAnnotation(db, 'sched:demo2026:b1', 'sched:demo2026', { starred: true, note: 'private thought' }, entry('b1'), 10);
    const files = new Map([['ana.talkmarks.json', anasFile('Ana says: go')]]);
    folder(files);
    const report = await syncTeam(db, server, team, 'ben-sharer-1', 200);
    expect(report).toMatchObject({ colleagues: 1, conferences: ['sched:demo2026'], problems: [] });
    expect((await colleagueLayers(db))[0]).toMatchObject({ name: 'Ana', picks: [{ key: 'sched:demo2026:a1', starred: true, rating: 5, note: 'Ana says: go' }] });
    expect(files.get('ben.talkmarks.json')).toContain('"starred":true');
    expect(files.get('ben.talkmarks.json')).not.toContain('private thought');
    // A team passphrase set later seals this member's file at the next sync, though the picks did not change.
    await syncTeam(db, server, { ...team, passphrase: 'our team secret' }, 'ben-sharer-1', 300);
    expect(files.get('ben.talkmarks.json')).toMatch(/^\{"format":"talkmarks-sealed"/);
    expect(files.get('ben.talkmarks.json')).not.toContain('sched:demo2026');
  });

  it('a colleague file the team passphrase does not open, or a file with my name by someone else, stores and publishes nothing', async () => {
    const db = freshDb();
    const sealed = await createKeyring('other team secret', 100_000).seal(anasFile('Ana says: go'));
    const files = new Map([['ana.talkmarks.json', sealed], ['ben.talkmarks.json', anasFile('not Ben', 'someone-else-9')]]);
    folder(files);
    const report = await syncTeam(db, server, { ...team, passphrase: 'our team secret' }, 'ben-sharer-1', 200);
    expect(report.problems.join(' ')).toContain('team/ana.talkmarks.json does not open with this passphrase');
    expect(report.problems.join(' ')).toContain('team/ben.talkmarks.json is not encrypted');
    expect(await colleagueLayers(db)).toEqual([]);
    expect(files.get('ben.talkmarks.json')).toContain('not Ben');
    const plain = await syncTeam(db, server, team, 'ben-sharer-1', 300);
    expect(plain.problems.join(' ')).toContain('belongs to Ana, another member with your name');
    expect(files.get('ben.talkmarks.json')).toContain('not Ben');
  });
});

describe('a member who leaves the team folder', () => {
  it('takes their layer along once their file is deleted; an unreadable file keeps it; a renamed file keeps it', async () => {
    const db = freshDb();
    const files = new Map([['ana.talkmarks.json', anasFile('Ana says: go')], ['cy.talkmarks.json', anasFile('Cy too', 'cy-sharer-1')]]);
    folder(files);
    await syncTeam(db, server, team, 'ben-sharer-1', 200);
    expect((await colleagueLayers(db)).map((l) => l.sharer).sort()).toEqual(['ana-sharer-1', 'cy-sharer-1']);
    // Ana's file renamed (same member): her layer stays. Cy's file garbled: it is not gone, his layer stays.
    files.set('ana-lima.talkmarks.json', files.get('ana.talkmarks.json')!);
    files.delete('ana.talkmarks.json');
    files.set('cy.talkmarks.json', '{"garbled');
    folder(files);
    const garbled = await syncTeam(db, server, team, 'ben-sharer-1', 300);
    expect(garbled.problems.join(' ')).toContain('team/cy.talkmarks.json');
    expect((await colleagueLayers(db)).map((l) => l.sharer).sort()).toEqual(['ana-sharer-1', 'cy-sharer-1']);
    // Cy's file deleted: his layer goes, and his conference's tabs are told.
    files.delete('cy.talkmarks.json');
    folder(files);
    const left = await syncTeam(db, server, team, 'ben-sharer-1', 400);
    expect(left.conferences).toEqual(['sched:demo2026']);
    expect((await colleagueLayers(db)).map((l) => l.sharer)).toEqual(['ana-sharer-1']);
  });

  it('a layer imported by hand (not from the team folder) is never removed by the folder', async () => {
    const db = freshDb();
    const files = new Map([['ana.talkmarks.json', anasFile('Ana says: go')]]);
    folder(files);
    await syncTeam(db, server, team, 'ben-sharer-1', 200);
    const [layer] = await colleagueLayers(db);
    const { team: _team, ...byHand } = layer!;
    await storeLayer(db, byHand);
    files.delete('ana.talkmarks.json');
    folder(files);
    await syncTeam(db, server, team, 'ben-sharer-1', 300);
    expect((await colleagueLayers(db)).map((l) => l.sharer)).toEqual(['ana-sharer-1']);
  });
});
