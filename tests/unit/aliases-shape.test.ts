import { describe, expect, it } from 'vitest';
import { aliasProblem, sameSession, shapedAliases } from '../../lib/merge/aliases';
import type { ScheduleEntry } from '../../lib/model/schema';

const C = 'sched:demo2026';
const UID = '3f2a9c1e0b7d4e5f8a6b9c0d1e2f3a4b';
const entry = (id: string, extra: Partial<ScheduleEntry> = {}, conference = C): ScheduleEntry => ({
  key: `${conference}:${id}`, conference, aliases: [], title: 'GitOps at Scale', speakers: [], ...extra,
});

describe('which other ids a session may have', () => {
  it('a key is never a problem as its own alias, and an entry listing its own key keeps nothing of it', () => {
    expect(aliasProblem(`${C}:2EsAI`, `${C}:2EsAI`)).toBeUndefined();
    expect(aliasProblem('pretalx:democon:ABCDEF', 'pretalx:democon:ABCDEF')).toBeUndefined();
    expect(shapedAliases(entry('2EsAI', { aliases: [`${C}:2EsAI`, `${C}:${UID}`] }))).toEqual({ aliases: [`${C}:${UID}`], refused: [] });
  });

  it('names the platform that shows one id per session', () => {
    expect(aliasProblem('pretalx:democon:ABCDEF', 'pretalx:democon:GHIJKL')).toBe('pretalx shows one id per session');
    expect(aliasProblem('pretalx:democon:ABCDEF', 'sched:democon:GHIJKL')).toBe('an alias of another schedule');
  });

  it('a 32-hex id must be the whole id, in lower case as sched prints it', () => {
    expect(aliasProblem(`${C}:2EsAI`, `${C}:${UID.toUpperCase()}`)).toBe('a sched alias that is not a 32-hex id');
    expect(aliasProblem(`${C}:2EsAI`, `${C}:x${UID}`)).toBe('a sched alias that is not a 32-hex id');
    expect(aliasProblem(`${C}:2EsAI`, `${C}:${UID}0`)).toBe('a sched alias that is not a 32-hex id');
    expect(aliasProblem(`${C}:x${UID}`, `${C}:${UID}`)).toBeUndefined();
  });
});

describe('whether a stored record is the session a page shows beside it (sameSession)', () => {
  it('an untitled record on either side proves nothing', () => {
    const shown = entry('2EsAI', { aliases: [`${C}:${UID}`] });
    expect(sameSession(entry(UID, { title: `Session ${UID}` }), shown)).toBe(false);
    expect(sameSession(entry(UID), { ...shown, title: 'Session 2EsAI' })).toBe(false);
    expect(sameSession(entry(UID), shown)).toBe(true);
    // The same text, but this record's own placeholder: still proves nothing.
    expect(sameSession(entry(UID, { title: `Session ${UID}` }), entry('2EsAI', { title: `Session ${UID}` }))).toBe(false);
  });

  it('titles match whatever their spacing, not when the words differ', () => {
    const shown = entry('2EsAI', { aliases: [`${C}:${UID}`] });
    expect(sameSession(entry(UID, { title: ' GitOps\n at  Scale' }), shown)).toBe(true);
    expect(sameSession(entry(UID, { title: 'GitOpsat Scale' }), shown)).toBe(false);
  });

  it('a URL naming the session by either id, in any case or form, agrees; one naming another session does not', () => {
    const shown = entry('2EsAI', { aliases: [`${C}:${UID}`], url: 'https://demo2026.sched.com/event/2EsAI/gitops' });
    for (const url of [`https://demo2026.sched.com/event/${UID.toUpperCase()}/x`, `https://demo2026.sched.com/list/#session:${UID}`, 'https://demo2026.sched.com/event/2EsAI']) {
      expect(sameSession(entry(UID, { url }), shown)).toBe(true);
    }
    expect(sameSession(entry(UID, { url: 'https://demo2026.sched.com/event/9QzPk/zero-trust' }), shown)).toBe(false);
    expect(sameSession(entry(UID, { url: 'https://demo2026.sched.com/list/' }), shown)).toBe(true);
    expect(sameSession(entry(UID), { ...shown, url: 'https://demo2026.sched.com/event/9QzPk' })).toBe(false);
  });

  it('a pretalx talk code in its URL is compared as written', () => {
    const shown = entry('ABCDEF', { url: 'https://pretalx.example.org/democon/talk/ABCDEF/' }, 'pretalx:democon');
    expect(sameSession(entry('ABCDEF', { url: 'https://pretalx.example.org/democon/talk/ABCDEF/' }, 'pretalx:democon'), shown)).toBe(true);
    expect(sameSession(entry('ABCDEF', { url: 'https://pretalx.example.org/democon/talk/abcdef/' }, 'pretalx:democon'), shown)).toBe(false);
  });
});
