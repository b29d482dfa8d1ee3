import { useMemo } from 'preact/hooks';
import { browserZone } from '../../lib/util/zones';

interface Props {
  value: string;
  onChange: (zone: string) => void;
  label: string;
}

function allZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, browserZone(), 'UTC', ...zones])].sort((a, b) => a.localeCompare(b));
}

/** Every IANA zone the browser knows, the current one selected. */
export function ZoneSelect({ value, onChange, label }: Props) {
  const zones = useMemo(() => allZones(value), [value]);
  return (
    <label class="tm-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </label>
  );
}
