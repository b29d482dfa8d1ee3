import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { withPreset } from '../../lib/export/options';
import type { Conference } from '../../lib/model/schema';
import { talk } from '../support/plan';

const AMS = 'Europe/Amsterdam';
const conference: Conference = { id: 'sched:demo2026', platform: 'sched', event: 'demo2026', name: 'Demo 2026', timeZone: AMS };
const note = 'Intro [10:00] then the demo [10:12] and questions [10:41]; see [10:05](https://example.org) too';

function exported(recording?: string) {
  const session = talk('a', AMS, '2026-03-24', '10:00', '10:40', { note, rating: 5 });
  if (recording) session.entry.links = [{ kind: 'recording', url: recording }];
  return renderMarkdown([{ conference, sessions: [session] }], withPreset('notes'));
}

describe('times stamped in a note, in the exports', () => {
  it('link to that moment of the recording: ?t= on YouTube, only for stamps during the talk', () => {
    expect(exported('https://www.youtube.com/watch?v=abc')).toContain(
      'Intro [10:00](<https://www.youtube.com/watch?v=abc&t=0s>) then the demo [10:12](<https://www.youtube.com/watch?v=abc&t=720s>) and questions [10:41]; see [10:05](https://example.org) too',
    );
  });

  it('use a media fragment elsewhere, and stay as written without a recording', () => {
    expect(exported('https://media.example.org/talk-a.mp4')).toContain('the demo [10:12](<https://media.example.org/talk-a.mp4#t=720>)');
    expect(exported()).toContain(note);
  });
});
