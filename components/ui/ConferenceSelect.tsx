interface Props {
  /** The conferences to choose from, in the order shown. */
  conferences: readonly { id: string; name: string }[];
  /** The chosen conference's id. */
  value: string;
  onChange: (id: string) => void;
  /** The label's class: `tm-field` in a form, `tm-filter` in a view's head. */
  class?: string;
}

/** "Conference": a labelled choice of one conference, by name. */
export function ConferenceSelect({ conferences, value, onChange, class: className = 'tm-field' }: Props) {
  return (
    <label class={className}>
      <span>Conference</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {conferences.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
