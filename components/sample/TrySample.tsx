import { useState } from 'preact/hooks';
import { getDb } from '../../lib/db/database';
import { importSample } from '../../lib/db/sample';
import { errorMessage } from '../../lib/util/errors';
import { readSample, SAMPLE_FROM } from './sample-file';

type State = { step: 'idle' } | { step: 'importing' } | { step: 'error'; message: string };

/**
 * "Try a sample conference": a real schedule bundled with Talkmarks, imported like any schedule file, so stars,
 * notes, the plan, exports and sharing can be tried offline before any conference page is visited.
 */
export function TrySample({ onImported }: { onImported?: (conference: string) => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = async () => {
    setState({ step: 'importing' });
    try {
      const result = await importSample(getDb(), await readSample(), SAMPLE_FROM);
      setState({ step: 'idle' });
      onImported?.(result.conference);
    } catch (error) {
      setState({ step: 'error', message: `The sample was not imported: ${errorMessage(error)}` });
    }
  };
  return (
    <div class="tm-sample-offer">
      <button type="button" class="tm-primary" disabled={state.step === 'importing'} onClick={() => void run()}>
        {state.step === 'importing' ? 'Importing the sample…' : 'Try a sample conference'}
      </button>{' '}
      <span class="tm-muted">
        KubeCon + CloudNativeCon Europe 2026: 596 sessions over five days, bundled with Talkmarks, works offline. Remove it
        whenever you like.
      </span>
      {state.step === 'error' && (
        <p class="tm-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
