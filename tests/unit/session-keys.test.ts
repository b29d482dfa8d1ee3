import { describe, expect, it } from 'vitest';
import { conferenceIdOf, conferenceOf, eventOf, sessionIdOf, sessionKey } from '../../lib/model/keys';

describe('session keys: built and cut by one rule', () => {
  it('builds a conference id and a session key that cut back into their parts', () => {
    const conference = conferenceIdOf('sched', 'kccnceu2026');
    const key = sessionKey(conference, '2EsAI');
    expect(conference).toBe('sched:kccnceu2026');
    expect(key).toBe('sched:kccnceu2026:2EsAI');
    expect(conferenceOf(key)).toBe(conference);
    expect(sessionIdOf(key)).toBe('2EsAI');
    expect(eventOf(conference)).toBe('kccnceu2026');
  });

  it('keeps dots and dashes of pretalx events and file ids', () => {
    const key = sessionKey(conferenceIdOf('pretalx', 'pretalx.example.org-democon'), 'a.b-1');
    expect(conferenceOf(key)).toBe('pretalx:pretalx.example.org-democon');
    expect(eventOf(conferenceOf(key))).toBe('pretalx.example.org-democon');
    expect(sessionIdOf(key)).toBe('a.b-1');
  });
});
