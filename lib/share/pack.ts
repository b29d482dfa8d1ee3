import { fromBase64url, toBase64url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate';
import { SHARE_VERSION, type SharedPicks } from '../model/shared-picks';
import { MAX_SHARE_BYTES, MAX_TOKEN_CHARS, sizeText } from './limits';
import { readShare, type ShareRead } from './read';

/** Keys in a fixed order and no titles: equal picks give equal links, and links stay short. */
function linkJson(share: SharedPicks): string {
  const { format, version, conference, conferenceName, from, sharer, sharedAt, include } = share;
  const picks = share.picks.map(({ id, starred, alternative, rating, tags, note }) => ({ id, starred, alternative, rating, tags, note }));
  return JSON.stringify({ format, version, conference, conferenceName, from, sharer, sharedAt, include, picks, journal: share.journal });
}

/** Picks as the token of a link: `1.<base64url of deflate-raw JSON>`, the version readable before decoding. */
export async function packShare(share: SharedPicks): Promise<string> {
  const bytes = await deflateRaw(new TextEncoder().encode(linkJson(share)));
  return `${SHARE_VERSION}.${toBase64url(bytes)}`;
}

const fail = (error: string): ShareRead => ({ ok: false, error });

/**
 * A token back into picks, or why not. Every step refuses rather than guesses: oversized or cut tokens, other
 * versions, bad base64, damaged or exploding deflate data, bad UTF-8, not JSON, fields that do not validate.
 */
export async function unpackShare(token: string): Promise<ShareRead> {
  if (token.length > MAX_TOKEN_CHARS) return fail(`is ${sizeText(token.length)} long; Talkmarks reads links up to ${sizeText(MAX_TOKEN_CHARS)}`);
  const m = /^(\d{1,6})\.(.*)$/s.exec(token);
  if (!m) return fail('is not a Talkmarks link: it has no format version');
  const version = Number(m[1]);
  if (version > SHARE_VERSION) {
    return fail(`was made by a newer Talkmarks (format ${version}; this one reads up to ${SHARE_VERSION}). Update Talkmarks, then open it again`);
  }
  if (version !== SHARE_VERSION) return fail(`has format ${version}, which no Talkmarks ever wrote`);
  const decoded = fromBase64url(m[2]!);
  if (!decoded.ok) return decoded;
  const inflated = await inflateRaw(decoded.bytes, MAX_SHARE_BYTES);
  if (!inflated.ok) return fail(inflated.error);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return fail('is damaged: its text is not UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('is damaged: its data is not JSON');
  }
  return readShare(value);
}
