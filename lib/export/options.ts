import { z } from 'zod';
import { Rating, Tag } from '../model/schema';
import { sameData } from '../util/same-data';

export const GroupBy = z.enum(['day', 'tag', 'track', 'rating']);
export type GroupBy = z.infer<typeof GroupBy>;
export const SortBy = z.enum(['time', 'rating']);
export type SortBy = z.infer<typeof SortBy>;
/** A session as its own heading with a list of facts, or as one list item: the shape of a write-up. */
export const SessionStyle = z.enum(['heading', 'item']);
export type SessionStyle = z.infer<typeof SessionStyle>;

/** Which annotated sessions go out: any ticked criterion lets a session in; none ticked lets every annotated one in. */
export const Selection = z.object({
  starred: z.boolean(),
  minRating: Rating.nullable(),
  tags: z.array(Tag).max(200),
  noted: z.boolean(),
});
export type Selection = z.infer<typeof Selection>;

export const Include = z.object({
  times: z.boolean(),
  rooms: z.boolean(),
  speakers: z.boolean(),
  links: z.boolean(),
  abstracts: z.boolean(),
  notes: z.boolean(),
  /** Days of the schedule without a selected session still get their heading (grouping by day only). */
  emptyDays: z.boolean(),
  /** Colleagues whose shared picks had the session. Added later: options saved before it read as off. */
  whoWent: z.boolean().default(false),
});
export type Include = z.infer<typeof Include>;

export const MarkdownOptions = z.object({
  select: Selection,
  groupBy: GroupBy,
  sortBy: SortBy,
  style: SessionStyle,
  include: Include,
  /** Level of the conference heading (1 = `#`); groups and sessions go one and two below, so at most 4. */
  headingLevel: z.number().int().min(1).max(4),
  /** Closing sections, one per tag, gathering its talks and the note lines marked with it. */
  tagSections: z.array(Tag).max(50),
});
export type MarkdownOptions = z.infer<typeof MarkdownOptions>;

type PresetValues = Omit<MarkdownOptions, 'tagSections'>;
const annotated: Selection = { starred: false, minRating: null, tags: [], noted: false };
const everything: Include = { times: true, rooms: true, speakers: true, links: true, abstracts: false, notes: true, emptyDays: false, whoWent: false };

/** Presets set everything but the tag sections, which stay the user's pick across presets. */
export const presets = {
  highlights: {
    // What the user rated or wrote about: a starred talk set aside in a clash, never rated, is no highlight.
    select: { ...annotated, minRating: 1, noted: true },
    groupBy: 'day',
    sortBy: 'rating',
    style: 'item',
    include: { ...everything, times: false, rooms: false },
    headingLevel: 1,
  },
  notes: { select: annotated, groupBy: 'day', sortBy: 'time', style: 'heading', include: everything, headingLevel: 1 },
  agenda: {
    select: { ...annotated, starred: true },
    groupBy: 'day',
    sortBy: 'time',
    style: 'item',
    include: { ...everything, notes: false },
    headingLevel: 1,
  },
} as const satisfies Record<string, PresetValues>;
export type PresetName = keyof typeof presets;

export const presetLabels: Record<PresetName, string> = {
  highlights: 'Highlights write-up',
  notes: 'Full notes',
  agenda: 'Agenda of starred talks',
};

export function withPreset(name: PresetName, tagSections: readonly string[] = []): MarkdownOptions {
  return structuredClone({ ...presets[name], tagSections: [...tagSections] }) as MarkdownOptions;
}

export const defaultOptions = (): MarkdownOptions => withPreset('highlights');

/** The preset these options are, or undefined once any preset field was changed. */
export function presetOf(options: MarkdownOptions): PresetName | undefined {
  // Parsed: a field left out compares as its default, a field the schema no longer has is dropped.
  const parsed = (o: MarkdownOptions) => MarkdownOptions.parse({ ...o, tagSections: [] });
  const mine = parsed(options);
  return (Object.keys(presets) as PresetName[]).find((name) => sameData(parsed(withPreset(name)), mine));
}
