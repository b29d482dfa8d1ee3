import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson } from '../../lib/backup/write';
import { MAX_BACKUP_BYTES, problemText, readBackup, type ReadResult } from '../../lib/backup/read';

const annotation = { key: 'sched:demo2026:a1', conference: 'sched:demo2026', starred: true, rating: 4, note: 'n', tags: ['x'], updatedAt: 5, fieldUpdatedAt: { starred: 5 } };
const session = { key: 'sched:demo2026:a1', conference: 'sched:demo2026', aliases: [], title: 'Talk', speakers: [], seenAt: 1 };
const valid = { format: 'talkmarks-backup', version: 1, conferences: [], sessions: [session], annotations: [annotation] };

function problems(result: ReadResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map(problemText);
}

/** Every malformed input tried; each must be refused with a message naming what and where. */
const malformed: [string, string, RegExp][] = [
  ['an empty file', '', /^file: is empty/],
  ['white space', '  \n ', /^file: is empty/],
  ['not JSON', 'Hello, this is my schedule', /^file: is not JSON/],
  ['truncated JSON', backupJson({ conferences: [], sessions: [], annotations: [], ownItems: [] }).slice(0, 40), /^file: is not JSON/],
  ['a JSON array', '[1,2,3]', /^file: is JSON but not a Talkmarks backup/],
  ['a JSON string', '"talkmarks-backup"', /^file: is JSON but not a Talkmarks backup/],
  ['null', 'null', /^file: is JSON but not a Talkmarks backup/],
  ['another app’s JSON', '{"bookmarks":[]}', /^format: is missing: this is not a Talkmarks backup/],
  ['a wrong format', '{"format":"<b>evil</b>","version":1}', /^format: is "<b>evil<\/b>"/],
  ['a newer format version', JSON.stringify({ ...valid, version: 5 }), /^version: is 5: this file was written by a newer Talkmarks, and this one reads backups up to version 4\./],
  ['a version that is not a number', JSON.stringify({ ...valid, version: '1' }), /^version: /],
  ['a missing list', JSON.stringify({ format: 'talkmarks-backup', version: 1, conferences: [], sessions: [] }), /^annotations: is missing/],
  ['a list that is an object', JSON.stringify({ ...valid, sessions: {} }), /^sessions: must be a list/],
  ['a rating of 9', JSON.stringify({ ...valid, annotations: [{ ...annotation, rating: 9 }] }), /^annotations\[0\] "sched:demo2026:a1"\.rating: /],
  ['a note that is a number', JSON.stringify({ ...valid, annotations: [{ ...annotation, note: 42 }] }), /^annotations\[0\] "sched:demo2026:a1"\.note: /],
  ['a key of another shape', JSON.stringify({ ...valid, annotations: [{ ...annotation, key: '../../etc' }] }), /^annotations\[0\] "\.\.\/\.\.\/etc"\.key: must look like platform:event:id/],
  ['a note filed under another event', JSON.stringify({ ...valid, annotations: [{ ...annotation, conference: 'sched:other2026' }] }), /^annotations\[0\] "sched:demo2026:a1"\.conference: must be sched:demo2026/],
  ['a javascript: link', JSON.stringify({ ...valid, sessions: [{ ...session, url: 'javascript:alert(1)' }] }), /^sessions\[0\] "sched:demo2026:a1"\.url: must be an http\(s\) URL/],
  ['a 3 MB title', JSON.stringify({ ...valid, sessions: [{ ...session, title: 'x'.repeat(3_000_000) }] }), /^sessions\[0\] "sched:demo2026:a1"\.title: Too big/],
  ['a speaker link with data:', JSON.stringify({ ...valid, sessions: [{ ...session, speakers: [{ name: 'x', url: 'data:text/html,<script>' }] }] }), /^sessions\[0\] "sched:demo2026:a1"\.speakers\[0\]\.url: must be an http\(s\) URL/],
  ['a duplicate key', JSON.stringify({ ...valid, annotations: [annotation, annotation] }), /^annotations\[1\] "sched:demo2026:a1": has the same key as annotations\[0\]/],
  ['a record that is a string', JSON.stringify({ ...valid, annotations: ['<script>'] }), /^annotations\[0\]: /],
  ['an RTL override in a key', JSON.stringify({ ...valid, annotations: [{ ...annotation, key: 'sched:demo\u202Etxt.exe' }] }), /^annotations\[0\] "sched:demo\\u202etxt\.exe"\.key/],
  ['a timestamp below zero', JSON.stringify({ ...valid, annotations: [{ ...annotation, updatedAt: -1 }] }), /\.updatedAt: /],
];

describe('reading a backup file', () => {
  it('accepts a valid file', () => {
    const result = readBackup(JSON.stringify(valid));
    expect(result).toMatchObject({ ok: true, backup: { annotations: [annotation], sessions: [session] } });
  });

  it.each(malformed)('refuses %s, saying what and where', (_name, text, message) => {
    expect(problems(readBackup(text))[0]).toMatch(message);
  });

  it('refuses a record carrying __proto__ without polluting any object', () => {
    const text = '{"format":"talkmarks-backup","version":1,"conferences":[],"sessions":[],"annotations":[{"__proto__":{"starred":true,"isAdmin":1}}]}';
    expect(problems(readBackup(text))[0]).toMatch(/^annotations\[0\]\.\w+: /);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('reports every bad record, not only the first, and counts those past the listed hundred', () => {
    const annotations = Array.from({ length: 150 }, (_, i) => ({ ...annotation, key: `sched:demo2026:k${i}`, rating: 0 }));
    const result = readBackup(JSON.stringify({ ...valid, annotations }));
    expect(result).toMatchObject({ ok: false, total: 150 });
    expect(problems(result)).toHaveLength(100);
    expect(problems(result)[99]).toMatch(/^annotations\[99\] "sched:demo2026:k99"\.rating/);
  });

  it('refuses 50 MB of junk quickly and a file over the limit before parsing it', () => {
    const junk = 'x'.repeat(50 * 1024 * 1024);
    expect(problems(readBackup(junk))[0]).toMatch(/^file: is not JSON/);
    expect(problems(readBackup(`[${'0,'.repeat(25 * 1024 * 1024)}0]`))[0]).toMatch(/not a Talkmarks backup/);
    expect(problems(readBackup(' '.repeat(MAX_BACKUP_BYTES + 1)))[0]).toMatch(/^file: is 100\.0 MB; backups over 100\.0 MB are refused/);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(readBackup(`\ufeff${JSON.stringify(valid)}`).ok).toBe(true);
  });

  it('reports progress up to the number of records', () => {
    const annotations = Array.from({ length: 1200 }, (_, i) => ({ ...annotation, key: `sched:demo2026:k${i}` }));
    const seen: number[] = [];
    readBackup(JSON.stringify({ ...valid, annotations }), (done, total) => seen.push(done / total));
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('never throws on arbitrary JSON, and names a place for every problem (fast-check)', () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant('talkmarks-backup'), fc.jsonValue()),
      version: fc.oneof(fc.constantFrom(1, 2), fc.jsonValue()),
      conferences: fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue()),
      sessions: fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue()),
      annotations: fc.oneof(fc.array(fc.object()), fc.jsonValue()),
      ownItems: fc.oneof(fc.array(fc.object()), fc.jsonValue()),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped, fc.anything()), fc.boolean(), (value, stringify) => {
        let text: string;
        try {
          text = stringify ? JSON.stringify(value) ?? 'undefined' : String(value);
        } catch {
          text = '{';
        }
        const result = readBackup(text);
        if (!result.ok) for (const p of result.problems) expect(p.where).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary text (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void readBackup(text)), { numRuns: 1000 });
  });
});
