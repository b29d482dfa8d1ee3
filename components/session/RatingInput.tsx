import { useState } from 'preact/hooks';

interface Props {
  value: number | null;
  title: string;
  onChange: (rating: number | null) => void;
}

const levels = [1, 2, 3, 4, 5] as const;

/**
 * Five toggle buttons, and *Clear rating* once there is a rating to clear: each a plain button, so keyboard and
 * screen readers just work. Pointing at a star previews the rating it would give.
 */
export function RatingInput({ value, title, onChange }: Props) {
  const [hover, setHover] = useState<number | null>(null);
  return (
    <div class="tm-rating" role="group" aria-label={`Rating for ${title}`} onPointerLeave={() => setHover(null)}>
      {levels.map((level) => {
        const on = value !== null && level <= value;
        const preview = hover !== null && level <= hover;
        return (
          <button
            key={level}
            type="button"
            class={hover !== null ? (preview ? 'tm-preview' : '') : on ? 'on' : ''}
            aria-pressed={value === level}
            aria-label={`Rate ${level} of 5`}
            onPointerEnter={() => setHover(level)}
            onClick={() => onChange(value === level ? null : level)}
          >
            <span aria-hidden="true">{(hover !== null ? preview : on) ? '★' : '☆'}</span>
          </button>
        );
      })}
      {value !== null && (
        <button type="button" class="tm-clear" onClick={() => onChange(null)}>
          Clear rating
        </button>
      )}
    </div>
  );
}
