import { formatBytes } from './bytes';
import { errorMessage } from './errors';

export type FetchText = (address: string, maxBytes?: number) => Promise<string>;

/** The most a fetch reads unless told otherwise: as much as a schedule file may be (lib/schedules). */
export const MAX_FETCH_BYTES = 30 * 1024 * 1024;

/** A fetch Talkmarks refused to finish (too big, or redirected to another site): the message says which. */
export class FetchRefused extends Error {}

/**
 * Where a response may come from: the address's own origin, or its host upgraded from http to https. A redirect
 * anywhere else would have the extension read, with its host access, a site the address never named.
 */
function sameSite(asked: URL, answered: URL): boolean {
  return answered.origin === asked.origin || (asked.protocol === 'http:' && answered.protocol === 'https:' && answered.host === asked.host);
}

/** The body as text, read as it streams and given up (the download stopped) past `maxBytes`. */
async function readCapped(response: Response, address: string, maxBytes: number, stop: () => void): Promise<string> {
  const tooBig = (bytes: string) => new FetchRefused(`${address} is ${bytes}, more than the ${formatBytes(maxBytes)} Talkmarks reads; it stopped reading`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    stop();
    throw tooBig(formatBytes(declared));
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      stop();
      await reader.cancel().catch(() => undefined);
      throw tooBig(`more than ${formatBytes(maxBytes)}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Reads an address as text with the extension's host access, within a time limit and `maxBytes`, and only from the
 * address's own site (a redirect elsewhere is refused); errors say what failed.
 */
export const fetchText: FetchText = async (address, maxBytes = MAX_FETCH_BYTES) => {
  const asked = new URL(address);
  const stopper = new AbortController();
  let response: Response;
  try {
    response = await fetch(asked, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.any([stopper.signal, AbortSignal.timeout(20_000)]) });
  } catch (error) {
    throw new Error(`could not fetch ${address} (${errorMessage(error)})`);
  }
  const answered = URL.canParse(response.url) ? new URL(response.url) : asked;
  if (!sameSite(asked, answered)) {
    stopper.abort();
    throw new FetchRefused(`${address} redirected to another site (${answered.origin}); Talkmarks reads only what the site itself serves`);
  }
  if (!response.ok) {
    stopper.abort();
    throw new Error(`${address} answered ${response.status} ${response.statusText}`.trim());
  }
  try {
    return await readCapped(response, address, maxBytes, () => stopper.abort());
  } catch (error) {
    if (stopper.signal.aborted) throw error;
    throw new Error(`could not read ${address} (${errorMessage(error)})`);
  }
};
