import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { embedBindingOf } from '../../lib/db/embed-bindings';
import type { EmbedBinding } from '../../lib/model/embed';
import { send } from '../../lib/protocol/send';
import { embedsOfTab } from '../../lib/protocol/tab-client';
import type { TabEmbeds } from '../../lib/protocol/tab-messages';
import { errorMessage } from '../../lib/util/errors';

interface Props {
  tabId: number | undefined;
  /** The tab's address as the browser tells it. */
  url: string | undefined;
  /** Reads the tab again once it is bound (it then shows its sessions). */
  probe: () => Promise<boolean>;
}

const platformName = { pretalx: 'pretalx', sessionize: 'Sessionize' } as const;

/**
 * On a granted site whose page embeds a schedule (pretalx's widget, a Sessionize embed): says which event, and binds
 * the site to it when the user says so. The page itself can only claim; the binding is made here, outside the page.
 */
export function EmbedOffer({ tabId, url, probe }: Props) {
  const [found, setFound] = useState<{ embeds: TabEmbeds['embeds']; bound?: EmbedBinding }>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (tabId === undefined) return;
    void Promise.all([embedsOfTab(tabId), embedBindingOf(getDb(), url)]).then(([tab, bound]) => tab && setFound({ embeds: tab.embeds, bound }));
  }, [tabId, url]);
  if (!found || tabId === undefined) return null;
  const offered = found.embeds.filter((e) => e.conference !== found.bound?.conference);
  if (!offered.length) return null;
  const site = url && URL.canParse(url) ? new URL(url).host : 'this site';
  const confirm = async (claim: TabEmbeds['embeds'][number]) => {
    setStatus(`Annotating ${claim.label} on ${site}…`);
    try {
      await send({ type: 'embeds/bind', tabId, platform: claim.platform, eventUrl: claim.eventUrl });
      setStatus(`${site} now shows ${claim.label} with your stars and notes.`);
      for (let tries = 0; tries < 20 && !(await probe()); tries++) await new Promise((r) => setTimeout(r, 250));
    } catch (error) {
      setStatus(`Not annotated: ${errorMessage(error)}`);
    }
  };
  return (
    <section class="tm-embed-offer" aria-label="Schedule embedded in this page">
      {offered.map((claim) => (
        <div key={claim.conference}>
          <p>
            This page shows {claim.label} ({platformName[claim.platform]}
            {claim.view ? `, ${claim.view} view` : ''}).
            {found.bound && ` ${site} is annotated as ${found.bound.label} so far; this replaces it.`}
          </p>
          <button type="button" class="tm-primary" onClick={() => void confirm(claim)}>
            Annotate {claim.label} on {site}
          </button>
        </div>
      ))}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
