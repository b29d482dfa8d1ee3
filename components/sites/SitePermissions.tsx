import { useState } from 'preact/hooks';
import { forgetSite, siteName } from '../../lib/background/site-scripts';
import { useGrantedSites } from './use-sites';
import { EmbedBindings } from './EmbedBindings';
import { errorMessage } from '../../lib/util/errors';

/** Sites beyond sched.com that Talkmarks may read, each revocable: the permission and the page script go together. */
export function SitePermissions() {
  const sites = useGrantedSites();
  const [error, setError] = useState('');
  return (
    <section class="tm-sites" aria-labelledby="tm-sites-title">
      <h2 id="tm-sites-title">Sites Talkmarks annotates</h2>
      <p class="tm-muted">
        sched.com always. Other schedule sites (pretalx on any host) only after you choose <em>Annotate this site</em> in the
        Talkmarks popup on one of their pages.
      </p>
      {sites && sites.length === 0 && <p>No other sites yet.</p>}
      {sites && sites.length > 0 && (
        <ul class="tm-site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{siteName(site)}</span>
              <button
                type="button"
                aria-label={`Stop annotating ${siteName(site)}`}
                onClick={() => void forgetSite(site).then(() => setError(''), (e: unknown) => setError(errorMessage(e)))}
              >
                Stop annotating
              </button>
            </li>
          ))}
        </ul>
      )}
      <EmbedBindings />
      {error && (
        <p class="tm-error" role="alert">
          Could not take the access back: {error}
        </p>
      )}
    </section>
  );
}
