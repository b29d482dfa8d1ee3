import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function parse(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { encoding: 'utf8' });
}

// Each test starts tsx twice: seconds on a busy machine.
describe('npm run parse', { timeout: 60_000 }, () => {
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
