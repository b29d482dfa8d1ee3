import { useRef } from 'preact/hooks';
import { useSlashFocus } from '../hooks/use-slash-focus';
import { ShortcutsHelp } from './ShortcutsHelp';

interface Props {
  text: string;
  onText: (text: string) => void;
  /** What the search found, said to screen readers as it changes. */
  summary: string;
  /** ↓ in the box: to the first result. */
  onDown: () => void;
}

/** The search box: results as you type; `/` jumps here from anywhere on the dashboard, ↓ goes on to the results. */
export function SearchBar({ text, onText, summary, onDown }: Props) {
  const box = useRef<HTMLInputElement>(null);
  useSlashFocus(box);
  return (
    <div class="tm-searchbar" role="search">
      <ShortcutsHelp />
      <input
        ref={box}
        type="search"
        value={text}
        placeholder="Search titles, speakers, abstracts, tags and notes  ( / )"
        aria-label="Search sessions"
        aria-describedby="tm-search-summary"
        onInput={(e) => onText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' || e.altKey || e.ctrlKey || e.metaKey) return;
          e.preventDefault();
          onDown();
        }}
      />
      <span id="tm-search-summary" class="tm-muted-inline" role="status">
        {summary}
      </span>
    </div>
  );
}
