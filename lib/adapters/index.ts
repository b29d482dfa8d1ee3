import { sched } from './sched';
import type { Adapter } from './types';

export const adapters: readonly Adapter[] = [sched];

/** The page integration for a URL, as Hypothesis' factory picks one per document. */
export function adapterFor(url: URL): Adapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}

/** The conference a page URL belongs to, from the URL alone, or undefined for pages of no platform. */
export function conferenceIdFor(url: URL): string | undefined {
  return adapterFor(url)?.conferenceId(url);
}
