/**
 * Limits of shared picks, zod-free so the content script can check a link before it sends anything.
 * A link of 300 picks with notes is ~10 kB (see docs in the issue note); these leave room and stop abuse.
 */

/** The fragment of a share link: `#talkmarks=<version>.<base64url of deflate-raw JSON>`. */
export const FRAGMENT_KEY = 'talkmarks';

/** Longest link payload read at all (characters after `talkmarks=`): longer ones are refused unread. */
export const MAX_TOKEN_CHARS = 1_000_000;

/** Most bytes the JSON of a share may expand to: decompression stops as soon as it goes past this. */
export const MAX_SHARE_BYTES = 2 * 1024 * 1024;

/** A `.talkmarks.json` file larger than this is refused before it is read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Links longer than this are likely cut or refused by chat apps: the dialog suggests the file instead. */
export const CHAT_LINK_CHARS = 8_000;

/** `1.2 MB`, `512 kB` for messages. */
export function sizeText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}
