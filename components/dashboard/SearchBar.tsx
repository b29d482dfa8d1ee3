import { useRef } from 'preact/hooks';
import { useSlashFocus } from '../hooks/use-slash-focus';

interface Props {
  text: string;
  onText: (text: string) => void;
  /** What the search found, said to screen readers as it changes. */
  summary: string;
}

/** The search box: results as you type; `/` jumps here from anywhere on the dashboard. */
export function SearchBar({ text, onText, summary }: Props) {
  const box = useRef<HTMLInputElement>(null);
  useSlashFocus(box);
  return (
    <div class="tm-searchbar" role="search">
      <input
        ref={box}
        type="search"
        value={text}
        placeholder="Search titles, speakers, abstracts, tags and notes  ( / )"
        aria-label="Search sessions"
        aria-describedby="tm-search-summary"
        onInput={(e) => onText(e.currentTarget.value)}
      />
      <span id="tm-search-summary" class="tm-muted-inline" role="status">
        {summary}
      </span>
    </div>
  );
}
