import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function parse(...args: string[]) {
  // tsx as Node's loader, not through npx: npx resolving the package was most of a case's time on a loaded machine.
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], { encoding: 'utf8' });
}

// Each case starts Node with tsx in a child process: seconds on a busy machine, over a minute at a load of 20.
const slow = { timeout: 180_000 };

describe('npm run parse', slow, () => {
  it('prints one JSON line per session and a summary on stderr', () => {
    const run = parse('tests/fixtures/sched/list-descriptions.html', '--url', 'https://osseu2026.sched.com/list/descriptions/');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(['key', 'aliases', 'title', 'start', 'end', 'timeZone', 'room', 'speakers', 'track', 'url', 'links']);
    expect(lines[0]).toMatchObject({ key: 'sched:osseu2026:1AbC', title: 'Rust in the Kernel: Year Three', start: '2026-10-24T08:00:00.000Z' });
    expect(run.stderr).toMatch(/^3 sessions of Open Source Summit Europe 2026 \(sched:osseu2026\) read by the sched adapter/m);
  });

  it('says what is missing instead of guessing', () => {
    const noUrl = parse('tests/fixtures/sched/list-default.html');
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain('pass --url');
    const otherSite = parse('tests/fixtures/sched/list-default.html', '--url', 'https://example.org/');
    expect(otherSite.stderr).toContain('no Talkmarks adapter reads example.org');
  });
});

describe('npm run parse on schedule files', slow, () => {
  it('reads a frab XML file with the importer the dashboard uses: one line per session, summary and zone on stderr', () => {
    const run = parse('tests/fixtures/schedules/frab-dst-local.xml');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0])).toEqual(['key', 'aliases', 'title', 'start', 'end', 'timeZone', 'room', 'speakers', 'track', 'url', 'links']);
    expect(lines[1]).toMatchObject({ key: 'frab:dstcon24:00000000-0000-4000-8000-000000000102', start: '2024-03-31T00:30:00.000Z', timeZone: 'Europe/Brussels', url: null });
    expect(run.stderr).toMatch(/^4 sessions of DST Con 2024 \(frab:dstcon24\) read from a frab-xml file in [\d.]+ ms; zone: Europe\/Brussels, as the file says;/m);
  });

  it('takes --url for files that name their event only in their address, and --zone for local times', () => {
    const run = parse('tests/fixtures/schedules/sessionize-dst.json', '--url', 'https://sessionize.com/api/v2/dst2024x/view/All', '--zone', 'America/New_York');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).start)).toEqual(['2024-11-02T14:00:00.000Z', '2024-11-03T15:00:00.000Z']);
    expect(run.stderr).toContain('left out: 1 break');
    const noAddress = parse('tests/fixtures/schedules/sessionize-dst.json');
    expect(noAddress.status).toBe(2);
    expect(noAddress.stderr).toContain('give the address it came from');
  });

  it('reports a broken file with where it breaks, and prints nothing', () => {
    const run = parse('tests/fixtures/schedules/broken.xml');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.xml, day 1 \(2024-05-01\), room “Main”, event 2: duration “half an hour” is not HH:MM; nothing was read/);
  });
});
