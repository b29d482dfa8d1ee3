import { useState } from 'preact/hooks';
import { tagCounts } from '../../lib/db/annotations';
import { getDb } from '../../lib/db/database';
import { send } from '../../lib/protocol/send';
import { useLive } from '../hooks/use-live';
import { normaliseTag } from '../../lib/model/keys';
import { errorMessage } from '../../lib/util/errors';

/** Every tag with how many sessions carry it: rename one, or merge several into one, across all sessions. */
export function TagManager() {
  const live = useLive(() => tagCounts(getDb()), []);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [names, setNames] = useState<Record<string, string>>({});
  const [mergeInto, setMergeInto] = useState('');
  const [status, setStatus] = useState('');
  if (live.status === 'loading') return <p class="tm-muted">Loading…</p>;
  if (live.status === 'error') return <p role="alert">Could not read your tags: {live.error}</p>;

  const rename = async (from: string[], to: string) => {
    try {
      const { changed } = await send({ type: 'tags/rename', from, to });
      setStatus(`${from.join(', ')} → ${normaliseTag(to)}: ${changed} sessions changed`);
      setSelected(new Set());
      setNames({});
      setMergeInto('');
    } catch (error) {
      setStatus(`Not changed: ${errorMessage(error)}`);
    }
  };
  const toggle = (tag: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(tag);
    else next.delete(tag);
    setSelected(next);
  };

  if (!live.value.length) {
    return (
      <p class="tm-empty">
        No tags yet. Open a session&apos;s row with ▸ (here, in the popup or on its page), type a tag and press Enter; tick
        several sessions in <a href="#view=sessions">Sessions</a> to tag them at once. Tags then gather here, to rename or merge.
      </p>
    );
  }
  return (
    <section class="tm-tag-manager" aria-label="Tags">
      <table>
        <thead>
          <tr>
            <th scope="col">Merge</th>
            <th scope="col">Tag</th>
            <th scope="col">Sessions</th>
            <th scope="col">Rename</th>
          </tr>
        </thead>
        <tbody>
          {live.value.map(([tag, count]) => (
            <tr key={tag}>
              <td>
                <input type="checkbox" aria-label={`Select ${tag} to merge`} checked={selected.has(tag)} onChange={(e) => toggle(tag, e.currentTarget.checked)} />
              </td>
              <td>{tag}</td>
              <td>{count}</td>
              <td>
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (names[tag]?.trim()) void rename([tag], names[tag]!);
                  }}
                >
                  <input
                    type="text"
                    aria-label={`New name for ${tag}`}
                    value={names[tag] ?? ''}
                    onInput={(e) => setNames({ ...names, [tag]: e.currentTarget.value })}
                  />
                  <button type="submit" aria-label={`Rename ${tag}`} disabled={!names[tag]?.trim()}>
                    Rename
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="tm-merge"
        onSubmit={(e) => {
          e.preventDefault();
          if (selected.size > 1 && mergeInto.trim()) void rename([...selected], mergeInto);
        }}
      >
        <label>
          Merge the {selected.size} selected tags into{' '}
          <input type="text" value={mergeInto} list="tm-tag-names" onInput={(e) => setMergeInto(e.currentTarget.value)} />
        </label>
        <datalist id="tm-tag-names">
          {[...selected].map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" disabled={selected.size < 2 || !mergeInto.trim()}>
          Merge
        </button>
      </form>
      <p role="status" class="tm-muted">
        {status}
      </p>
    </section>
  );
}
