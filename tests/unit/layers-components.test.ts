import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Components never open a Dexie table: they read through useLive and the repository functions of lib/db, which
 * alone know the tables (dependency-cruiser keeps Dexie itself out; this keeps its tables out, reached via getDb()).
 */
const ROOT = join(__dirname, '../..');
const SCANNED = ['components', 'entrypoints/popup', 'entrypoints/dashboard', 'entrypoints/detail-editor.ts'];
const TABLES = 'annotations|sessions|conferences|ownItems|colleagues|meta|merges';

const rules: [string, RegExp][] = [
  ['opens a table of getDb()', new RegExp(`getDb\\(\\)\\s*\\??\\.\\s*(?:${TABLES}|tables?|transaction)\\b`)],
  ['opens a table of a database', new RegExp(`\\b\\w*(?:db|Db|DB)\\s*\\??\\.\\s*(?:${TABLES}|tables?|transaction)\\b`)],
  ['queries a table', new RegExp(`\\.(?:${TABLES})\\s*\\.\\s*(?:get|where|toArray|put|bulk\\w*|each|count|delete|filter|orderBy|update|add|toCollection)\\(`)],
  ['runs a Dexie query', /\.(?:where|orderBy)\(\s*['"`[]|\.(?:toCollection|primaryKeys|bulkGet|bulkPut|bulkAdd|bulkDelete|anyOf)\(/],
];

function sources(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.tsx?$/.test(path)) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(path, e.name)) : /\.tsx?$/.test(e.name) ? [join(full, e.name)] : [],
  );
}

function offences(text: string): string[] {
  return text.split('\n').flatMap((line, i) => rules.filter(([, re]) => re.test(line)).map(([what]) => `${i + 1}: ${what}: ${line.trim()}`));
}

describe('components read the database only through lib/db', () => {
  it('catches a table opened directly, and lets repository calls and plain maps be', () => {
    for (const bad of [
      'const all = await getDb().conferences.toArray();',
      'useLive(() => getDb().sessions.toArray(), [])',
      "return db.transaction('r', db.sessions, db.annotations, async () => {",
      "await db.sessions.where('conference').equals(id).toArray()",
      "const rows = await database.annotations.orderBy('updatedAt').toArray();",
      'const t = getDb().table("meta");',
    ]) expect(offences(bad), bad).not.toEqual([]);
    for (const good of [
      'const live = useLive(() => storedConferences(getDb()), []);',
      'ownItems={live.value.ownItemsByConference.get(id) ?? []}',
      'const annotation = annotations.get(entry.key);',
      '. Schedule details: {n(r.sessions.added)} sessions and {n(r.conferences.added)} conferences added,',
      'const state = useDbState();',
    ]) expect(offences(good), good).toEqual([]);
  });

  it('no component touches a table', () => {
    const files = SCANNED.flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => offences(readFileSync(file, 'utf8')).map((o) => `${relative(ROOT, file)}:${o}`));
    expect(found, 'use (or add) a repository function in lib/db instead').toEqual([]);
  });
});
