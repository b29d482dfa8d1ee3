import { type Annotation, type Conference, type ScheduleEntry } from '../../lib/model/schema';
import { readIcs } from './ics';
import { shortIdOf } from './sched-page';
import type { AnnotatedSession } from '../../lib/model/annotated';
import { emptyFields } from '../../lib/model/fields';

/** Annotated sessions for export tests, the sample and the benchmark: page data as sched gives it, notes made up. */

export const kubecon: Conference = {
  id: 'sched:kccnceu2026',
  platform: 'sched',
  event: 'kccnceu2026',
  name: 'KubeCon + CloudNativeCon Europe 2026',
  url: 'https://kccnceu2026.sched.com/',
  timeZone: 'Europe/Amsterdam',
};

export function annotated(
  conference: Conference,
  id: string,
  entry: Partial<ScheduleEntry>,
  annotation: Partial<Annotation>,
): AnnotatedSession {
  const key = `${conference.id}:${id}`;
  return {
    entry: { key, conference: conference.id, aliases: [], title: id, speakers: [], timeZone: conference.timeZone, ...entry },
    annotation: { key, conference: conference.id, ...emptyFields, updatedAt: 1, fieldUpdatedAt: {}, ...annotation },
  };
}

/** sched's SUMMARY is "Title - Name, Role, Company & Name, Company; Name, Company": split off the speakers. */
function titleAndSpeakers(summary: string): { title: string; speakers: { name: string }[] } {
  const cut = summary.lastIndexOf(' - ');
  // "Edge Day - Half-Day Event | ALL ACCESS PASS REQUIRED" is a subtitle: speakers always come with a company.
  if (cut < 0 || !summary.slice(cut).includes(',')) return { title: summary, speakers: [] };
  const names = summary
    .slice(cut + 3)
    .split(/;| & /)
    .map((part) => part.split(',')[0]!.trim())
    .filter(Boolean);
  return { title: summary.slice(0, cut), speakers: names.map((name) => ({ name })) };
}

/** The 596 real sessions of sched's all.ics as the adapter would store them (short ids made up, as in the page tests). */
export function kubeconEntries(ics: string): ScheduleEntry[] {
  return readIcs(ics).map((e, i) => {
    const { title, speakers } = titleAndSpeakers(e.summary);
    const shortId = shortIdOf(i);
    return {
      key: `${kubecon.id}:${shortId}`,
      conference: kubecon.id,
      aliases: [`${kubecon.id}:${e.uid}`],
      title,
      url: `https://kccnceu2026.sched.com/event/${shortId}`,
      start: e.start,
      end: e.end,
      timeZone: kubecon.timeZone,
      room: e.location?.split(', ')[0],
      speakers,
      track: e.categories,
    };
  });
}

const tagPool = ['cool-tech', 'security', 'platform', 'ai', 'to-watch', 'team-x'];
const notes = [
  'Great demo, slides promised on the sched page.\n\n- #cool-tech Tetragon for runtime enforcement\n- ask the team about:\n  - kernel versions\n  - `bpftool` in CI',
  'Key idea: treat the platform as a product.\n\n1. golden paths\n2. paved roads, not cages\n\n#to-watch the recording: Q&A was better than the talk',
  'Config they showed:\n\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\n```\n\nTry it on staging.',
  'Meh. Mostly a product pitch.',
  'Speaker is on the SIG; follow up on Slack.\n\n> "measure before you tune"\n\n- [x] read the KEP\n- [ ] #cool-tech try the new scheduler plugin',
  '',
];

/** A small deterministic "random" in [0, n): the same sessions get the same made-up notes every run. */
const pick = (i: number, salt: number, n: number) => ((i * 2654435761 + salt * 40503) >>> 0) % n;

/** Made-up stars, ratings, tags and notes on about one session in `every`, skipping breaks and registration. */
export function annotateSample(entries: readonly ScheduleEntry[], every = 9): AnnotatedSession[] {
  const talks = entries.filter((e) => e.speakers.length > 0);
  return talks
    .filter((_, i) => pick(i, 1, every) === 0)
    .map((entry, i) => {
      const rating = pick(i, 2, 6);
      const tags = tagPool.filter((_, t) => pick(i, 3 + t, 4) === 0);
      const annotation: Annotation = {
        key: entry.key,
        conference: entry.conference,
        ...emptyFields,
        starred: pick(i, 9, 3) !== 0,
        rating: rating === 0 ? null : rating,
        note: notes[pick(i, 10, notes.length)]!,
        tags,
        updatedAt: Date.UTC(2026, 2, 26),
        fieldUpdatedAt: {},
      };
      return { entry, annotation };
    });
}

/** About `count` annotated sessions, spread evenly over conferences of four days each: the benchmark's load. */
export function syntheticSessions(count: number, conferences = 10): { conference: Conference; sessions: AnnotatedSession[] }[] {
  return Array.from({ length: conferences }, (_, c) => {
    const conference: Conference = { ...kubecon, id: `sched:bench${c}`, event: `bench${c}`, name: `Bench Conference ${c}` };
    const sessions = Array.from({ length: Math.round(count / conferences) }, (_, i) => {
      const start = Date.UTC(2026, 2, 23 + (i % 4), 7 + (i % 10), (i % 4) * 15);
      const n = c * count + i;
      return annotated(
        conference,
        `s${i}`,
        {
          title: `Session ${i}: Scaling *things* with [tools] & <friends> #${i}`,
          url: `https://bench${c}.sched.com/event/s${i}/session-${i}`,
          start: new Date(start).toISOString(),
          end: new Date(start + 30 * 60_000).toISOString(),
          room: `Room ${i % 20}`,
          track: ['Security', 'Platform Engineering', 'AI + ML', 'Observability'][i % 4],
          speakers: [{ name: `Speaker ${i}` }, { name: `Co_Speaker ${i % 7}` }],
          abstract: `An abstract of session ${i} with some **page text** to escape.`,
        },
        {
          starred: n % 3 !== 0,
          rating: n % 6 === 0 ? null : (n % 5) + 1,
          tags: tagPool.filter((_, t) => (n + t) % 4 === 0),
          note: notes[n % notes.length]!,
        },
      );
    });
    return { conference, sessions };
  });
}
