import { useId, useState } from 'preact/hooks';
import { normaliseTag } from '../../lib/model/keys';

interface Props {
  tags: readonly string[];
  suggestions: readonly string[];
  title: string;
  onChange: (tags: string[]) => void;
}

/** Type a tag and press Enter (or comma) to add it; × removes one. Suggestions come from tags already in use. */
export function TagInput({ tags, suggestions, title, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const add = () => {
    const tag = normaliseTag(draft);
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div class="tm-tags">
      <ul aria-label={`Tags of ${title}`}>
        {tags.map((tag) => (
          <li key={tag}>
            <span>{tag}</span>
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        list={listId}
        value={draft}
        placeholder="Add tag"
        aria-label={`Add a tag to ${title}`}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && !draft && tags.length) {
            onChange(tags.slice(0, -1));
          }
        }}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
