import type { ComponentChildren } from 'preact';

export function Check(props: { label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="tm-check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

/** Which conferences go in, one box each, in the order given; shown only when there is a choice to make. */
export function ConferenceChecks(props: { conferences: readonly { id: string; name: string }[]; chosen: readonly string[]; onChange: (chosen: string[]) => void }) {
  const { conferences, chosen, onChange } = props;
  if (conferences.length < 2) return null;
  return (
    <fieldset>
      <legend>Conferences</legend>
      {conferences.map((c) => (
        <Check
          key={c.id}
          label={c.name}
          checked={chosen.includes(c.id)}
          onChange={(on) => onChange(conferences.map((x) => x.id).filter((id) => (id === c.id ? on : chosen.includes(id))))}
        />
      ))}
    </fieldset>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

export function Select<T extends string>({ label, value, options, onChange }: SelectProps<T>) {
  return (
    <label class="tm-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One checkbox per tag, named by the tag: the user's own words, rendered as text. */
export function TagChecklist(props: { legend: string; hint?: string; tags: readonly string[]; chosen: readonly string[]; onChange: (tags: string[]) => void }) {
  const { tags, chosen, onChange } = props;
  return (
    <fieldset class="tm-tag-checklist">
      <legend>{props.legend}</legend>
      {props.hint && <p class="tm-hint">{props.hint}</p>}
      {tags.length === 0 && <p class="tm-hint">No tags yet.</p>}
      {tags.map((tag) => (
        <Check
          key={tag}
          label={tag}
          checked={chosen.includes(tag)}
          onChange={(on) => onChange(on ? [...chosen, tag] : chosen.filter((t) => t !== tag))}
        />
      ))}
    </fieldset>
  );
}
