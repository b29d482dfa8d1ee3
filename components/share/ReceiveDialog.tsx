import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import type { SharedPicks } from '../../lib/model/shared-picks';
import { MAX_FILE_BYTES, sizeText } from '../../lib/share/limits';
import type { SharePreview } from '../../lib/protocol/share-messages';
import { readShareText } from '../../lib/share/read';
import { picksText, promptWords } from '../../lib/share/words';
import { Dialog } from '../ui/Dialog';
import './share.css';
import { errorMessage } from '../../lib/util/errors';

type Step =
  | { kind: 'reading' }
  | { kind: 'refused'; error: string }
  | { kind: 'ask'; share: SharedPicks; preview: SharePreview }
  | { kind: 'done'; count: number };

async function readFile(file: File): Promise<Step> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'refused', error: `${file.name} is ${sizeText(file.size)}; shared picks files up to ${sizeText(MAX_FILE_BYTES)} are read.` };
  const read = readShareText(await file.text());
  if (!read.ok) return { kind: 'refused', error: `${file.name} ${read.error}.` };
  const preview = await send({ type: 'colleagues/preview', source: { share: read.share } });
  return { kind: 'ask', share: read.share, preview };
}

/** A `.talkmarks.json` file opened on the dashboard: checked, then the same question a link asks in the page. */
export function ReceiveDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  useEffect(() => {
    readFile(file).then(setStep, (e: unknown) => setStep({ kind: 'refused', error: errorMessage(e) }));
  }, [file]);
  const accept = (share: SharedPicks) =>
    send({ type: 'colleagues/accept', source: { share } }).then(
      (stored) => setStep({ kind: 'done', count: stored.count }),
      (e: unknown) => setStep({ kind: 'refused', error: errorMessage(e) }),
    );
  const words = step.kind === 'ask' ? promptWords(step.preview, step.preview.conferenceName, 'on your schedule') : undefined;
  return (
    <Dialog
      class="tm-dialog tm-receive"
      titleId="tm-receive-title"
      onClose={onClose}
      closeLabel={step.kind === 'ask' && words ? words.decline : 'Close'}
      actions={
        step.kind === 'ask' &&
        words && (
          <button type="button" onClick={() => void accept(step.share)}>
            {words.accept}
          </button>
        )
      }
    >
      {step.kind === 'reading' && <p id="tm-receive-title" role="status">Reading {file.name}…</p>}
      {step.kind === 'refused' && (
        <div role="alert">
          <h2 id="tm-receive-title">Could not open the shared picks</h2>
          <p>Nothing was changed: {step.error}</p>
        </div>
      )}
      {step.kind === 'ask' && words && (
        <>
          <h2 id="tm-receive-title">
            {words.lead}
            <bdi class="tm-name">{words.name}</bdi>
            {words.rest}
          </h2>
          <p>{words.detail}</p>
        </>
      )}
      {step.kind === 'done' && (
        <p id="tm-receive-title" role="status">
          Showing {picksText(step.count)} on the schedule and in the “Picked by” filters.
        </p>
      )}
    </Dialog>
  );
}
