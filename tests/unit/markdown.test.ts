import { describe, expect, it } from 'vitest';
import { conferenceMarkdown, escapeMarkdown } from '../../lib/export/markdown';
import type { Annotation, Conference, ScheduleEntry } from '../../lib/model/schema';
import type { AnnotatedSession } from '../../lib/model/annotated';

const conference: Conference = {
  id: 'sched:kccnceu2026',
  platform: 'sched',
  event: 'kccnceu2026',
  name: 'KubeCon + CloudNativeCon Europe 2026',
  url: 'https://kccnceu2026.sched.com/',
  timeZone: 'Europe/Amsterdam',
};

function session(id: string, entry: Partial<ScheduleEntry>, annotation: Partial<Annotation>): AnnotatedSession {
  const key = `sched:kccnceu2026:${id}`;
  return {
    entry: { key, conference: conference.id, aliases: [], title: id, speakers: [], timeZone: 'Europe/Amsterdam', ...entry },
    annotation: { key, conference: conference.id, starred: false, rating: null, note: '', tags: [], priority: null, alternative: false, watchLater: false, updatedAt: 1, fieldUpdatedAt: {}, ...annotation },
  };
}

const sessions = [
  session(
    'late',
    { title: 'Late Keynote', start: '2026-03-24T23:15:00Z', end: '2026-03-24T23:45:00Z', room: 'Hall 12', url: 'https://kccnceu2026.sched.com/event/late/x' },
    { starred: true },
  ),
  session(
    'ebpf',
    {
      title: 'eBPF *everywhere* [live] <b>demo</b> #1',
      start: '2026-03-24T09:00:00Z',
      end: '2026-03-24T09:30:00Z',
      room: 'Elicium 2',
      speakers: [{ name: 'Jane_Doe' }, { name: 'Li Wei' }],
      track: 'Security',
      url: 'https://kccnceu2026.sched.com/event/ebpf/ebpf-everywhere',
    },
    { rating: 4, tags: ['cool-tech', 'security'], note: 'Must try:\n\n- Tetragon\n  - with `kubectl`\n\n```yaml\nkind: Pod\n```' },
  ),
  session('tagged', { title: 'Only Tagged', start: '2026-03-24T12:00:00Z' }, { tags: ['team-x'] }),
  session('plain', { title: 'Not Annotated', start: '2026-03-24T10:00:00Z' }, {}),
  session('untimed', { title: 'No Time' }, { note: 'heard it was good' }),
];

describe('Markdown export', () => {
  const md = conferenceMarkdown(conference, sessions);

  it('reads like a highlights post', () => {
    expect(md).toMatchSnapshot();
  });

  it('has a heading per conference and per event-local day, in time order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 3)).toEqual([
      '# KubeCon + CloudNativeCon Europe 2026',
      '## Tuesday, 24 March 2026',
      '### [eBPF \\*everywhere\\* \\[live\\] \\<b\\>demo\\</b\\> \\#1](<https://kccnceu2026.sched.com/event/ebpf/ebpf-everywhere>) ★★★★☆',
    ]);
    // 23:15 UTC is 00:15 the next day in Amsterdam.
    expect(md.indexOf('## Wednesday, 25 March 2026')).toBeLessThan(md.indexOf('Late Keynote'));
    expect(md.indexOf('## No time given')).toBeGreaterThan(md.indexOf('Late Keynote'));
  });

  it('leaves out sessions the user has not starred, rated, tagged or noted', () => {
    expect(md).not.toContain('Not Annotated');
    expect(md).toContain('Only Tagged');
    expect(md).toContain('No Time');
  });

  it('escapes page text but keeps the user’s note as written', () => {
    expect(md).toContain('**Speakers:** Jane\\_Doe, Li Wei');
    expect(md).toContain('Must try:\n\n- Tetragon\n  - with `kubectl`\n\n```yaml\nkind: Pod\n```');
    expect(md).toContain('**When:** 10:00–10:30 CET');
    expect(md).toContain('**Tags:** `cool-tech`, `security`');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('turns markup characters into literal text', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & [x](javascript:y)')).toBe(
      '\\<script\\>alert(1)\\</script\\> & \\[x\\](javascript:y)',
    );
  });

  it('links only http(s) URLs', () => {
    const evil = session('evil', { title: 'Evil', url: 'javascript:alert(1)' as string }, { starred: true });
    expect(conferenceMarkdown(conference, [evil])).toContain('### Evil\n');
  });
});
