import fc from 'fast-check';
import { SHARE_FORMAT, SHARE_VERSION, type SharedPick, type SharedPicks } from '../../lib/model/shared-picks';

/** Valid shared picks, with hostile text wherever the format lets text be anything (names, notes). */
const anyText = (min: number, max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', minLength: min, maxLength: max }),
    fc.constantFrom('<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '\u202Egnp.exe', '[x](javascript:alert(1))'),
  );
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim())
  .filter((s) => s.length > 0 && s.length <= 60);
const tag = fc.stringMatching(/^[a-z0-9][a-z0-9:-]{0,14}$/);

const pickOf = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      starred: fc.constant(true as const),
      rating: fc.integer({ min: 1, max: 5 }),
      tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 4 }),
      note: anyText(1, 200).filter((n) => n.length > 0),
    },
    { requiredKeys: ['id'] },
  );

export const sharedPicks: fc.Arbitrary<SharedPicks> = fc
  .record({
    event: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
    from: fc.oneof(name, fc.constantFrom('<b>Ana</b>', 'Ana "the hacker" <script>', 'Zoë Ñúñez')),
    sharer: fc.stringMatching(/^[A-Za-z0-9_-]{8,32}$/),
    sharedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    ids: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/), { maxLength: 12 }),
  })
  .chain(({ event, from, sharer, sharedAt, ids }) =>
    fc.tuple(...ids.map(pickOf)).map((picks): SharedPicks => {
      const used = (field: 'starred' | 'rating' | 'tags' | 'note') => picks.some((p) => p[field] !== undefined);
      return {
        format: SHARE_FORMAT,
        version: SHARE_VERSION,
        conference: `sched:${event}`,
        from,
        sharer,
        sharedAt,
        // The flags say what was shared: a field is present only where its flag is on.
        include: { stars: used('starred') || picks.length === 0, ratings: used('rating'), tags: used('tags'), notes: used('note') },
        picks,
      };
    }),
  );

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** sched-like short ids (`2EsAI`): five base-62 characters that look random, the same every run. */
export const schedId = (i: number) =>
  Array.from({ length: 5 }, (_, k) => alphabet[(((i + 1) * 2654435761 + k * 40503 * (i + 7)) >>> 0) % 62]).join('');

const notePool = [
  'Great demo of Tetragon; slides promised on the sched page. Ask the team about kernel versions.',
  'Key idea: treat the platform as a product — golden paths, paved roads, not cages.',
  'Meh. Mostly a product pitch.',
  'Speaker is on SIG Node; follow up on Slack about the scheduler plugin and the KEP for in-place resize.',
  'Try the config they showed on staging:\n\n```yaml\nkind: ConfigMap\nmetadata:\n  name: demo\n```',
  'Good Q&A. The recording is worth it for the last 10 minutes (migration story from a bank, 4,000 clusters).',
];

/** A realistic share of `count` picks: all starred, most rated, some tagged, notes on about half when asked. */
export function sampleShare(count: number, notes: boolean): SharedPicks {
  const tags = ['cool-tech', 'security', 'platform', 'ai', 'to-watch', 'team-x'];
  const picks = Array.from({ length: count }, (_, i): SharedPick => ({
    id: schedId(i),
    starred: true,
    ...(i % 5 ? { rating: (i % 5) + 1 } : {}),
    ...(i % 3 === 0 ? { tags: [tags[i % tags.length]!] } : {}),
    ...(notes && i % 2 === 0 ? { note: notePool[i % notePool.length]! } : {}),
  }));
  return {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    conference: 'sched:kccnceu2021',
    conferenceName: 'KubeCon + CloudNativeCon Europe 2021',
    from: 'Ana',
    sharer: 'Ab3dEf6hIj9k',
    sharedAt: Date.UTC(2021, 4, 3, 9),
    include: { stars: true, ratings: true, tags: true, notes },
    picks,
  };
}
