import { useId } from 'preact/hooks';
import type { ColleagueLayer } from '../../lib/model/colleague';
import { colleaguesOf } from '../../lib/share/who';

interface Props {
  value: string | undefined;
  layers: readonly ColleagueLayer[];
  conference?: string;
  onChange: (who: string | undefined) => void;
}

/** "Picked by": one colleague, anyone, or nobody of us. Offered only once there is a colleague's layer. */
export function WhoFilter({ value, layers, conference, onChange }: Props) {
  const id = useId();
  const people = colleaguesOf(layers, conference);
  if (!people.length && !value) return null;
  return (
    <div class="tm-filter">
      <label for={id}>Picked by</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">Anyone or nobody</option>
        <option value="any">Picked by anyone</option>
        {people.map((p) => (
          <option key={p.sharer} value={p.sharer}>
            Picked by {p.name}
          </option>
        ))}
        <option value="none">Nobody of us is going</option>
        {value && value !== 'any' && value !== 'none' && !people.some((p) => p.sharer === value) && (
          <option value={value}>A colleague no longer shown</option>
        )}
      </select>
    </div>
  );
}
