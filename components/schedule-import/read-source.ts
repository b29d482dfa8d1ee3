import { FetchRefused, fetchText } from '../../lib/util/fetch-text';
import { MAX_SCHEDULE_BYTES } from '../../lib/schedules';
import { errorMessage } from '../../lib/util/errors';

export interface Source {
  text: string;
  /** File name or URL, shown to the user and kept with the import. */
  from: string;
  /** The address it came from, for formats that name their event only there. */
  address?: string;
  fileName?: string;
}

const tooBig = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB is more than any schedule (the limit is ${MAX_SCHEDULE_BYTES / 1048576} MB)`;

export async function readFile(file: File, address: string): Promise<Source> {
  if (file.size > MAX_SCHEDULE_BYTES) throw new Error(`${file.name}: ${tooBig(file.size)}`);
  return { text: await file.text(), from: file.name, fileName: file.name.replace(/\.[a-z0-9]+$/i, ''), ...(address.trim() ? { address: address.trim() } : {}) };
}

/**
 * Fetches a schedule from the extension page. Servers that allow other sites (pretalx and Sessionize exports do)
 * answer directly; others answer once the user lets Talkmarks read that site.
 */
export async function readUrl(address: string): Promise<Source> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new Error(`“${address}” is not an address (it should start with https://)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`only http(s) addresses can be imported, not ${url.protocol}`);
  let text: string;
  try {
    // Capped while it streams: a bigger answer stops downloading at the limit instead of filling memory first.
    text = await fetchText(url.href, MAX_SCHEDULE_BYTES);
  } catch (error) {
    // Too big, or sent elsewhere: reading it some other way would not help.
    if (error instanceof FetchRefused) throw error;
    const reason = errorMessage(error);
    throw new Error(`${reason}. If that server does not let other sites read it, save the file and import the file, or open the site, and use “Annotate this site” in the Talkmarks popup, which lets Talkmarks read it.`);
  }
  return { text, from: url.href, address: url.href };
}
