import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openSidePanel } from '../../lib/protocol/side-panel';
import { errorMessage } from '../../lib/util/errors';

/** The popup's way into the side panel, which stays open while the user reads slides or watches the stream. */
export function OpenSidePanel() {
  const [error, setError] = useState('');
  // Known before the click: both browsers refuse to open the panel once an await has let the user action pass.
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id), () => undefined), []);
  const open = () =>
    openSidePanel(windowId).then(
      () => window.close(),
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <>
      <button type="button" onClick={() => void open()} title="Keeps your notes open beside the slides or the stream">
        Open side panel
      </button>
      {error && <p role="alert">Could not open the side panel: {error}</p>}
    </>
  );
}
