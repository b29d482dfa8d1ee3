import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import type { SharePreview } from '../../lib/protocol/share-messages';
import { picksText, promptWords } from '../../lib/share/words';
import { errorMessage } from '../../lib/util/errors';
import { useArmed } from './use-armed';
import './share.css';

type Step =
  | { kind: 'reading' }
  | { kind: 'refused'; error: string }
  | { kind: 'ask'; preview: SharePreview }
  | { kind: 'accepting'; preview: SharePreview }
  | { kind: 'done'; count: number; conferenceName: string };

/**
 * The question a share link asks, in Talkmarks' own window, where no page script can reach it. Nothing in it has
 * focus when it opens, so a key pressed as it appears answers nothing, and Accept waits until the window has been
 * focused a moment (useArmed). Declining just closes the window: nothing was stored.
 */
export function OfferWindow({ offer }: { offer: string }) {
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  useEffect(() => {
    send({ type: 'colleagues/preview', source: { offer } }).then(
      (preview) => setStep({ kind: 'ask', preview }),
      (e: unknown) => setStep({ kind: 'refused', error: errorMessage(e) }),
    );
  }, [offer]);
  const armed = useArmed(step.kind === 'ask');
  const accept = (preview: SharePreview) => {
    setStep({ kind: 'accepting', preview });
    send({ type: 'colleagues/accept', source: { offer } }).then(
      (stored) => setStep({ kind: 'done', count: stored.count, conferenceName: preview.conferenceName }),
      (e: unknown) => setStep({ kind: 'refused', error: errorMessage(e) }),
    );
  };
  const close = () => window.close();

  if (step.kind === 'reading') return <p role="status">Reading the shared picks…</p>;
  if (step.kind === 'refused') {
    return (
      <main class="tm-offer">
        <div role="alert">
          <h1>Talkmarks could not show the picks shared in this link</h1>
          <p>{step.error}</p>
        </div>
        <div class="tm-actions">
          <button type="button" onClick={close}>Close</button>
        </div>
      </main>
    );
  }
  if (step.kind === 'done') {
    return (
      <main class="tm-offer">
        <h1 role="status">
          Showing {picksText(step.count)} on the {step.conferenceName} schedule.
        </h1>
        <p>Hide or remove them on the Talkmarks dashboard, under “Colleagues”.</p>
        <div class="tm-actions">
          <button type="button" onClick={close}>Close</button>
        </div>
      </main>
    );
  }
  const w = promptWords(step.preview, step.preview.conferenceName, 'on its schedule');
  return (
    <main class="tm-offer" aria-labelledby="tm-offer-title" aria-describedby="tm-offer-detail">
      <h1 id="tm-offer-title">
        {w.lead}
        <bdi class="tm-name">{w.name}</bdi>
        {w.rest}
      </h1>
      <p id="tm-offer-detail">{w.detail}</p>
      <p class="tm-muted">From a link opened on a schedule page of {step.preview.conferenceName}.</p>
      <div class="tm-actions">
        <button type="button" class="tm-primary" disabled={!armed || step.kind === 'accepting'} onClick={() => accept(step.preview)}>
          {w.accept}
        </button>
        <button type="button" onClick={close}>
          {w.decline}
        </button>
      </div>
    </main>
  );
}
