import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteName, sitePattern } from '../../lib/background/site-scripts';

interface Props {
  /** The tab's address, when the browser tells it (it does when the user opened the popup on that tab). */
  url: string | undefined;
  /** Asks the tab again whether it shows a schedule (and, when it does, shows its sessions). */
  probe: () => Promise<boolean>;
}

type Step = 'offer' | 'asking' | 'granted' | 'refused' | 'nothing';

/**
 * Annotate this site: asks the browser for this one origin (an optional host permission), nothing broader. The
 * background then registers the page script for it and starts it in open tabs; the choice lasts until revoked in the
 * dashboard or the browser's extension settings.
 */
export function AnnotateSite({ url, probe }: Props) {
  const site = sitePattern(url);
  const [step, setStep] = useState<Step>('offer');
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    if (site) void browser.permissions.contains({ origins: [site] }).then(setGranted, () => setGranted(false));
  }, [site]);

  // After a grant the page script needs a moment to start; ask the tab until it answers or plainly shows nothing.
  useEffect(() => {
    if (step !== 'granted') return;
    let tries = 0;
    const timer = setInterval(() => {
      void probe().then((found) => {
        tries++;
        if (found) clearInterval(timer);
        else if (tries >= 20) {
          clearInterval(timer);
          setStep('nothing');
        }
      });
    }, 250);
    return () => clearInterval(timer);
  }, [step]);

  if (!site || granted === undefined) return null;
  const name = siteName(site);
  if (granted && step === 'offer') {
    return <p>Talkmarks reads {name}, but found no schedule on this page (it knows pretalx schedules by their markup).</p>;
  }
  return (
    <div class="tm-annotate">
      {step === 'offer' || step === 'refused' ? (
        <>
          <p>Is this a conference schedule? Talkmarks can put its stars and notes on {name} too. It asks your browser for this site only, and you can take it back in the dashboard.</p>
          <button
            type="button"
            class="tm-primary"
            aria-label={`Annotate this site: ${name}`}
            onClick={() => {
              // Called straight from the click: the browser only asks the user during a user gesture.
              const request = browser.permissions.request({ origins: [site] });
              setStep('asking');
              void request.then((ok) => setStep(ok ? 'granted' : 'refused'), () => setStep('refused'));
            }}
          >
            Annotate this site
          </button>
          {step === 'refused' && <p role="status">Not allowed; nothing changed.</p>}
        </>
      ) : (
        <p role="status">
          {step === 'asking' && `Waiting for your answer to the browser’s question about ${name}…`}
          {step === 'granted' && `Talkmarks may now read ${name}; reading this page…`}
          {step === 'nothing' && `Talkmarks may now read ${name}, but found no schedule on this page (it knows pretalx schedules by their markup).`}
        </p>
      )}
    </div>
  );
}
