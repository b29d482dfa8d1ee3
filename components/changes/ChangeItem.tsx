import type { ChangeRow } from '../../lib/db/change-rows';
import { changeLabel, changeParts } from '../../lib/model/change-label';
import { TitleLink } from '../session/TitleLink';
import { dismissChanges } from './dismiss';

const seenFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Where the change was seen, shortly: a file's name, or a page's host and path. */
function place(source: string): string {
  if (!URL.canParse(source)) return source;
  const url = new URL(source);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/** What a moved talk did to the plan, in words; nothing when it touched no other planned item. */
function Effect({ row }: { row: ChangeRow }) {
  const { created, resolved } = row.effect;
  if (!created.length && !resolved.length) return null;
  return (
    <p class="tm-change-effect">
      {created.length > 0 && <span class="tm-attention">Now clashes with {created.map((i) => i.title).join(', ')}. </span>}
      {resolved.length > 0 && <span>No longer clashes with {resolved.map((i) => i.title).join(', ')}.</span>}
    </p>
  );
}

/** One recorded change: the session's current title, old → new, when and where it was seen, and Dismiss. */
export function ChangeItem({ row }: { row: ChangeRow }) {
  const { change, entry } = row;
  const title = entry?.title ?? change.key;
  const parts = changeParts(change);
  return (
    <li class="tm-change" data-key={change.key}>
      <div class="tm-change-head">
        <TitleLink title={title} url={entry?.url} />
        <button type="button" aria-label={`Dismiss: ${changeLabel(change)} (${title})`} onClick={() => void dismissChanges([change.id!])}>
          Dismiss
        </button>
      </div>
      <p>
        <strong>{parts.kind}</strong>
        {parts.old !== undefined && (
          <>
            : <del>{parts.old}</del> → <ins>{parts.new}</ins>
          </>
        )}
      </p>
      <Effect row={row} />
      <p class="tm-muted">
        Seen {seenFormat.format(change.seenAt)}
        {change.source ? ` on ${place(change.source)}` : ''}
      </p>
    </li>
  );
}
