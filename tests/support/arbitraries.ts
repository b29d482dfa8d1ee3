import fc from 'fast-check';
import type { ConferenceRecord, SessionRecord } from '../../lib/model/backup';
import type { Annotation, OwnItem } from '../../lib/model/schema';

/** fast-check generators of valid stored records, with hostile text where the schema lets text be anything. */
const events = ['demo2026', 'kccnceu2026', 'other.conf_1'] as const;
const event = fc.constantFrom(...events);
const id = fc.stringMatching(/^[A-Za-z0-9._-]{1,10}$/);
export const sessionKey = fc.tuple(event, id).map(([e, i]) => `sched:${e}:${i}`);
const conferenceOf = (key: string) => key.slice(0, key.lastIndexOf(':'));

/** Any code points, lone surrogates, RTL overrides and markup included. */
const anyText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: Math.min(max, 40) }),
    fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202Egnp.exe', '</script>', ''),
  );
const stamp = fc.integer({ min: 0, max: 4_102_444_800_000 });
const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 4096 && URL.canParse(u));
const tag = fc.stringMatching(/^[a-z0-9][a-z0-9:-]{0,14}$/);

export const annotationFor = (key: string) =>
  fc.record({
    key: fc.constant(key),
    conference: fc.constant(conferenceOf(key)),
    starred: fc.boolean(),
    rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    note: anyText(1_000_000),
    tags: fc.uniqueArray(tag, { maxLength: 5 }),
    priority: fc.constantFrom('must' as const, 'maybe' as const, null),
    alternative: fc.boolean(),
    watchLater: fc.boolean(),
    updatedAt: stamp,
    fieldUpdatedAt: fc.record(
      { starred: stamp, rating: stamp, note: stamp, tags: stamp, priority: stamp, alternative: stamp, watchLater: stamp },
      { requiredKeys: [] },
    ),
  }) satisfies fc.Arbitrary<Annotation>;

export const annotation = sessionKey.chain(annotationFor);

const speaker = fc.record({ name: anyText(500), url }, { requiredKeys: ['name'] });

export const session: fc.Arbitrary<SessionRecord> = sessionKey.chain((key) =>
  fc.record(
    {
      key: fc.constant(key),
      conference: fc.constant(conferenceOf(key)),
      aliases: fc.uniqueArray(sessionKey, { maxLength: 2 }),
      title: anyText(2000),
      url,
      start: instant,
      end: instant,
      timeZone: fc.constantFrom('Europe/Amsterdam', 'America/Los_Angeles', 'UTC'),
      room: anyText(500),
      speakers: fc.array(speaker, { maxLength: 3 }),
      track: anyText(500),
      abstract: anyText(100_000),
      seenAt: stamp,
    },
    { requiredKeys: ['key', 'conference', 'aliases', 'title', 'speakers', 'seenAt'] },
  ),
);

export const conference: fc.Arbitrary<ConferenceRecord> = event.chain((e) =>
  fc.record(
    {
      id: fc.constant(`sched:${e}`),
      platform: fc.constant('sched' as const),
      event: fc.constant(e),
      name: anyText(500),
      url,
      timeZone: fc.constantFrom('Europe/Amsterdam', 'Asia/Tokyo'),
      seenAt: stamp,
    },
    { requiredKeys: ['id', 'platform', 'event', 'name', 'seenAt'] },
  ),
);

/**
 * One of the user's own items, as `own/put` stores it (title trimmed, ends after it starts). Ids come from a small
 * set half of the time, so two profiles often hold the same item; the conference may be one the profile never
 * recorded (an item added through `own/put` before its schedule was opened).
 */
export const ownItem: fc.Arbitrary<OwnItem> = fc
  .record({
    id: fc.oneof(fc.constantFrom('lunch', 'booth-duty', 'm_1'), fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/)),
    conference: event.map((e) => `sched:${e}`),
    title: anyText(500).map((t) => t.trim() || 'Lunch'),
    start: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    timeZone: fc.oneof(fc.constantFrom('Europe/Amsterdam', 'America/Los_Angeles', 'UTC'), anyText(100)),
    place: anyText(500),
    note: anyText(100_000),
    alternative: fc.boolean(),
    updatedAt: stamp,
  })
  .map(({ start, minutes, ...item }) => ({
    ...item,
    start: start.toISOString(),
    end: new Date(start.getTime() + minutes * 60_000).toISOString(),
  }));

/** Two versions of one own item, as two profiles may hold it. */
export const ownItemPair = fc.tuple(ownItem, ownItem).map(([a, b]) => [a, { ...b, id: a.id }] as const);

const byId = <T>(list: T[], id: (t: T) => string) => [...new Map(list.map((t) => [id(t), t])).values()];

/** A whole profile as stored: unique ids per table. */
export const profile = fc
  .record({
    conferences: fc.array(conference, { maxLength: 3 }),
    sessions: fc.array(session, { maxLength: 8 }),
    annotations: fc.array(annotation, { maxLength: 8 }),
    ownItems: fc.array(ownItem, { maxLength: 4 }),
  })
  .map((p) => ({
    conferences: byId(p.conferences, (c) => c.id),
    sessions: byId(p.sessions, (s) => s.key),
    annotations: byId(p.annotations, (a) => a.key),
    ownItems: byId(p.ownItems, (o) => o.id),
  }));
