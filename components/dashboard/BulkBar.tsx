import { useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import type { BulkChange } from '../../lib/model/bulk';
import { errorMessage } from '../../lib/util/errors';
import { offerUndo } from '../ui/UndoToast';

interface Props {
  selected: readonly string[];
  /** Tags in use, offered for untagging. */
  tags: readonly string[];
  onClear: () => void;
}

/** One change to every selected session: star, unstar, rate, tag, untag. */
export function BulkBar({ selected, tags, onClear }: Props) {
  const [tag, setTag] = useState('');
  const [untag, setUntag] = useState('');
  const [status, setStatus] = useState('');
  const count = selected.length;
  const apply = async (change: BulkChange, done: string) => {
    try {
      const { changed, undo } = await send({ type: 'annotations/bulk', keys: [...selected], change });
      setStatus(`${done}: ${changed} of ${count} changed`);
      if (changed) offerUndo(`${done}: ${changed} of ${count} changed.`, undo);
    } catch (error) {
      setStatus(`Not changed: ${errorMessage(error)}`);
    }
  };
  return (
    <div class="tm-bulk" role="group" aria-label="Change the selected sessions">
      <strong>{count} selected</strong>
      <button type="button" disabled={!count} onClick={() => apply({ kind: 'patch', patch: { starred: true } }, 'Starred')}>
        Star
      </button>
      <button type="button" disabled={!count} onClick={() => apply({ kind: 'patch', patch: { starred: false } }, 'Unstarred')}>
        Unstar
      </button>
      <label>
        Rate{' '}
        <select
          disabled={!count}
          value=""
          onChange={(e) => {
            const rating = Number(e.currentTarget.value);
            if (rating) void apply({ kind: 'patch', patch: { rating } }, `Rated ${rating} of 5`);
          }}
        >
          <option value="">…</option>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {n} of 5
            </option>
          ))}
        </select>
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) void apply({ kind: 'tag', tag }, `Tagged ${tag.trim()}`).then(() => setTag(''));
        }}
      >
        <input type="text" value={tag} placeholder="tag" aria-label="Tag to add to the selected sessions" onInput={(e) => setTag(e.currentTarget.value)} />
        <button type="submit" disabled={!count || !tag.trim()}>
          Add tag
        </button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (untag) void apply({ kind: 'untag', tag: untag }, `Removed tag ${untag}`);
        }}
      >
        <select value={untag} aria-label="Tag to remove from the selected sessions" onChange={(e) => setUntag(e.currentTarget.value)}>
          <option value="">tag…</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!count || !untag}>
          Remove tag
        </button>
      </form>
      <button type="button" disabled={!count} onClick={onClear}>
        Clear selection
      </button>
      <span class="tm-muted-inline" role="status">
        {status}
      </span>
    </div>
  );
}
