import { useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { removeSample, sampleState, type SampleState } from '../../lib/db/sample';
import { errorMessage } from '../../lib/util/errors';
import { Dialog } from '../ui/Dialog';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What goes with the sample, in words: the confirmation names it so nothing is lost by surprise. */
export function whatGoes(state: SampleState): string {
  const parts = [count(state.annotated, 'annotated session'), count(state.notes, 'note'), count(state.ownItems, 'own item')];
  return `Its sessions go, and with them ${parts.join(', ')}.`;
}

/** "Remove sample": asks first, naming how many notes go with it, then takes everything of the sample away. */
export function RemoveSample({ conference, name }: { conference: string; name: string }) {
  const [asking, setAsking] = useState<SampleState | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ask = () => void sampleState(getDb(), conference).then(setAsking, (e: unknown) => setError(errorMessage(e)));
  const remove = async () => {
    setBusy(true);
    try {
      await removeSample(getDb(), conference);
      setAsking(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" aria-label={`Remove sample: ${name}`} onClick={ask}>
        Remove sample
      </button>
      {error && (
        <p class="tm-error" role="alert">
          Could not remove the sample: {error}
        </p>
      )}
      {asking && (
        <Dialog
          class="tm-dialog tm-remove-sample"
          titleId="tm-remove-sample-title"
          title="Remove the sample conference?"
          busy={busy}
          closeLabel="Keep it"
          focusClose
          onClose={() => setAsking(undefined)}
          actions={
            <button type="button" class="tm-danger" disabled={busy} onClick={() => void remove()}>
              Remove sample
            </button>
          }
        >
          <p>
            <strong>{name}</strong> was bundled with Talkmarks to try it out. {whatGoes(asking)}
          </p>
        </Dialog>
      )}
    </>
  );
}
