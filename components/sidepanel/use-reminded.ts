import { useEffect, useState } from 'preact/hooks';
import { followPanelRequest } from '../../lib/protocol/panel-request';

/** The talk whose reminder the user clicked, while the request is fresh; follows later clicks while the panel is open. */
export function useReminded(): string | undefined {
  const [key, setKey] = useState<string>();
  useEffect(() => {
    const stop = new AbortController();
    void followPanelRequest(setKey, stop.signal).catch(() => setKey(undefined));
    return () => stop.abort();
  }, []);
  return key;
}
