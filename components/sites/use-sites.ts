import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedSites } from '../../lib/background/site-scripts';

/** The sites the user granted, kept current as the browser adds or removes permissions from anywhere. */
export function useGrantedSites(): string[] | undefined {
  const [sites, setSites] = useState<string[]>();
  useEffect(() => {
    const refresh = () => void grantedSites().then(setSites, () => setSites([]));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return sites;
}
