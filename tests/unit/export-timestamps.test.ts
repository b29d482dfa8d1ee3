import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset } from '../../lib/export/options';
import type { Conference } from '../../lib/model/schema';
import { talk } from '../support/plan';

/** Time stamps in a note as the exported Markdown shows them: a link to that moment of the recording, or as written. */
const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: AMS };

function exported(note: string, recording: string | undefined, to: string | null = '10:40', kind: 'recording' | 'slides' = 'recording') {
  const session = talk('a', AMS, '2026-03-24', '10:00', to ?? undefined, { note, rating: 5 });
  if (recording) session.entry.links = [{ kind: 'slides', url: 'https://example.org/slides.pdf' }, { kind, url: recording }];
  return renderMarkdown([{ conference, sessions: [session] }], withPreset('notes'));
}

describe('time stamps in a note', () => {
  it('link from the start to the end of the talk, both included, and not a minute outside', () => {
    const md = exported('[09:59] [10:00] [10:40] [10:41]', 'https://media.example.org/a.mp4');
    expect(md).toContain('[09:59] [10:00](<https://media.example.org/a.mp4#t=0>) [10:40](<https://media.example.org/a.mp4#t=2400>) [10:41]');
  });

  it('count a talk without an end as three hours long', () => {
    const md = exported('[12:59] [13:00] [13:01]', 'https://media.example.org/a.mp4', null);
    expect(md).toContain('[12:59](<https://media.example.org/a.mp4#t=10740>) [13:00](<https://media.example.org/a.mp4#t=10800>) [13:01]');
  });

  it('use ?t= on youtu.be and YouTube subdomains, a fragment on other hosts that only end or start like it', () => {
    expect(exported('[10:01]', 'https://youtu.be/abc')).toContain('[10:01](<https://youtu.be/abc?t=60s>)');
    expect(exported('[10:01]', 'https://m.youtube.com/watch?v=x')).toContain('[10:01](<https://m.youtube.com/watch?v=x&t=60s>)');
    expect(exported('[10:01]', 'https://notyoutube.com/v')).toContain('[10:01](<https://notyoutube.com/v#t=60>)');
    // A host that only begins with YouTube's name is another site, which would not read `?t=`.
    expect(exported('[10:01]', 'https://youtube.com.evil.example/v')).toContain('[10:01](<https://youtube.com.evil.example/v#t=60>)');
  });

  it('stay as written when already a link or reference, or with only slides', () => {
    expect(exported('[10:05][ref] and [10:06]: x', 'https://media.example.org/a.mp4')).toContain('[10:05][ref] and [10:06]: x');
    expect(exported('see [10:05]', 'https://media.example.org/a.mp4', '10:40', 'slides')).toContain('see [10:05]\n');
  });

  it('stay as written for a talk without a time', () => {
    const session = talk('a', AMS, '2026-03-24', '10:00', '10:40', { note: 'see [10:05]', rating: 5 });
    session.entry.links = [{ kind: 'recording', url: 'https://media.example.org/a.mp4' }];
    session.entry.start = undefined;
    session.entry.end = undefined;
    expect(renderMarkdown([{ conference, sessions: [session] }], withPreset('notes'))).toContain('see [10:05]\n');
  });
});
