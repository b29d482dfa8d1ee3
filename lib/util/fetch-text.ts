import { errorMessage } from './errors';

export type FetchText = (address: string) => Promise<string>;

/** Reads an address as text with the extension's host access, within a time limit; errors say what failed. */
export const fetchText: FetchText = async (address) => {
  let response: Response;
  try {
    response = await fetch(address, { credentials: 'omit', signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new Error(`could not fetch ${address} (${errorMessage(error)})`);
  }
  if (!response.ok) throw new Error(`${address} answered ${response.status} ${response.statusText}`.trim());
  return response.text();
};
