import { presetLabels, presetOf, presets, withPreset, type Include, type MarkdownOptions, type PresetName } from '../../lib/export/options';
import { Check, Select, TagChecklist } from './Choices';

interface Props {
  options: MarkdownOptions;
  /** Tags in use in the chosen conferences, for the filters and the closing sections. */
  tags: readonly string[];
  onChange: (options: MarkdownOptions) => void;
}

const presetNames = Object.keys(presets) as PresetName[];
const includeLabels: [keyof Include, string][] = [
  ['times', 'Times'],
  ['rooms', 'Rooms'],
  ['speakers', 'Speakers'],
  ['links', 'Links'],
  ['abstracts', 'Abstracts'],
  ['notes', 'Your notes'],
  ['emptyDays', 'Days with nothing selected'],
  ['whoWent', 'Who went (colleagues’ shared picks)'],
];
const ratings = [['0', 'Any or none'], ...[1, 2, 3, 4, 5].map((r) => [String(r), `${'★'.repeat(r)} or better`] as const)] as const;

/** Every Markdown export option. Changes go out whole: the dialog keeps, saves and previews them. */
export function ExportOptionsForm({ options, tags, onChange }: Props) {
  const set = (change: (draft: MarkdownOptions) => void) => {
    const next = structuredClone(options);
    change(next);
    onChange(next);
  };
  const preset = presetOf(options);
  // Tags picked earlier stay listed (so they can be unticked) even where no session carries them now.
  const known = [...new Set([...tags, ...options.select.tags, ...options.tagSections])].sort();
  return (
    <div class="tm-export-form">
      <Select
        label="Preset"
        value={preset ?? 'custom'}
        options={[...presetNames.map((n) => [n, presetLabels[n]] as const), ...(preset ? [] : [['custom', 'Custom'] as const])]}
        onChange={(name) => name !== 'custom' && onChange(withPreset(name, options.tagSections))}
      />
      <fieldset>
        <legend>Which sessions</legend>
        <p class="tm-hint">Those matching any ticked choice; with none ticked, every starred, rated, tagged or noted one.</p>
        <Check label="Starred" checked={options.select.starred} onChange={(v) => set((o) => (o.select.starred = v))} />
        <Check label="With notes" checked={options.select.noted} onChange={(v) => set((o) => (o.select.noted = v))} />
        <Select
          label="Rated"
          value={String(options.select.minRating ?? 0)}
          options={ratings}
          onChange={(v) => set((o) => (o.select.minRating = v === '0' ? null : Number(v)))}
        />
        <TagChecklist legend="Tagged with any of" tags={known} chosen={options.select.tags} onChange={(t) => set((o) => (o.select.tags = t))} />
      </fieldset>
      <fieldset>
        <legend>Layout</legend>
        <Select
          label="Group by"
          value={options.groupBy}
          options={[['day', 'Day'], ['tag', 'Tag'], ['track', 'Track or type'], ['rating', 'Rating']]}
          onChange={(v) => set((o) => (o.groupBy = v))}
        />
        <Select label="Sort by" value={options.sortBy} options={[['time', 'Time'], ['rating', 'Rating, best first']]} onChange={(v) => set((o) => (o.sortBy = v))} />
        <Select
          label="Each session as"
          value={options.style}
          options={[['item', 'A list item'], ['heading', 'A heading with details']]}
          onChange={(v) => set((o) => (o.style = v))}
        />
        <Select
          label="Top heading"
          value={String(options.headingLevel)}
          options={[1, 2, 3, 4].map((n) => [String(n), `${'#'.repeat(n)} (level ${n})`] as const)}
          onChange={(v) => set((o) => (o.headingLevel = Number(v)))}
        />
      </fieldset>
      <fieldset>
        <legend>Include</legend>
        {includeLabels.map(([key, label]) => (
          <Check key={key} label={label} checked={options.include[key]} onChange={(v) => set((o) => (o.include[key] = v))} />
        ))}
      </fieldset>
      <TagChecklist
        legend="Closing section per tag"
        hint="Gathers the talks with the tag and the note lines marked #tag."
        tags={known}
        chosen={options.tagSections}
        onChange={(t) => set((o) => (o.tagSections = t))}
      />
    </div>
  );
}
