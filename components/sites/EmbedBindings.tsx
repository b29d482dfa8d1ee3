import { useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { embedBindings } from '../../lib/db/embed-bindings';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../lib/util/errors';
import { useLive } from '../hooks/use-live';

/** Sites the user bound to an embedded schedule's event, each revocable: its pages then belong to no event. */
export function EmbedBindings() {
  const live = useLive(() => embedBindings(getDb()), []);
  const [error, setError] = useState('');
  if (live.status !== 'ready' || !live.value.length) return null;
  return (
    <>
      <h3 id="tm-embeds-title">Schedules embedded in other sites</h3>
      <ul class="tm-site-list" aria-labelledby="tm-embeds-title">
        {live.value.map((b) => {
          const site = new URL(b.site).host;
          return (
            <li key={b.site}>
              <span>
                {site} shows {b.label}
              </span>
              <button
                type="button"
                aria-label={`Revoke ${b.label} on ${site}`}
                onClick={() => void send({ type: 'embeds/unbind', site: b.site }).then(() => setError(''), (e: unknown) => setError(errorMessage(e)))}
              >
                Revoke
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p class="tm-error" role="alert">
          Could not revoke: {error}
        </p>
      )}
    </>
  );
}
