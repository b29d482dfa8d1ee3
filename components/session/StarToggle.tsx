interface Props {
  starred: boolean;
  title: string;
  onChange: (starred: boolean) => void;
}

export function StarToggle({ starred, title, onChange }: Props) {
  return (
    <button
      type="button"
      class="tm-star"
      aria-pressed={starred}
      aria-label={`${starred ? 'Unstar' : 'Star'}: ${title}`}
      onClick={() => onChange(!starred)}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
    </button>
  );
}
