interface Props {
  value: number | null;
  title: string;
  onChange: (rating: number | null) => void;
}

const levels = [1, 2, 3, 4, 5] as const;

/** Five toggle buttons and a clear button: each is a plain button, so keyboard and screen readers just work. */
export function RatingInput({ value, title, onChange }: Props) {
  return (
    <div class="tm-rating" role="group" aria-label={`Rating for ${title}`}>
      {levels.map((level) => (
        <button
          key={level}
          type="button"
          class={value !== null && level <= value ? 'on' : ''}
          aria-pressed={value === level}
          aria-label={`Rate ${level} of 5`}
          onClick={() => onChange(value === level ? null : level)}
        >
          <span aria-hidden="true">{value !== null && level <= value ? '★' : '☆'}</span>
        </button>
      ))}
      <button type="button" class="tm-clear" disabled={value === null} onClick={() => onChange(null)}>
        Clear rating
      </button>
    </div>
  );
}
