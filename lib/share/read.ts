import { MAX_FILE_BYTES, sizeText } from './limits';
import { SHARE_FORMAT, SHARE_VERSION, ShareHeader, SharedPicks } from '../model/shared-picks';
import { quote } from '../util/quote';
import { errorMessage } from '../util/errors';

export type ShareRead = { ok: true; share: SharedPicks } | { ok: false; error: string };

/** Problems named at most in one message; the rest are counted. */
const LISTED = 3;

const fail = (error: string): ShareRead => ({ ok: false, error });

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Newer version, other file, or every field problem with where it is (`picks[3].rating: Too big…`). */
export function readShare(value: unknown): ShareRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`is not Talkmarks picks (expected an object with "format": "${SHARE_FORMAT}")`);
  const header = ShareHeader.safeParse(value);
  if (!header.success) {
    const format = (value as Record<string, unknown>).format;
    if (format !== SHARE_FORMAT) return fail(`is not Talkmarks picks: "format" is ${format === undefined ? 'missing' : quote(format)}`);
    return fail(`has no usable "version" (${quote((value as Record<string, unknown>).version)})`);
  }
  if (header.data.version > SHARE_VERSION) {
    return fail(`was made by a newer Talkmarks (format ${header.data.version}; this one reads up to ${SHARE_VERSION}). Update Talkmarks, then open it again`);
  }
  const parsed = SharedPicks.safeParse(value);
  if (parsed.success) return { ok: true, share: parsed.data };
  const issues = parsed.error.issues;
  const listed = issues.slice(0, LISTED).map((issue) => `${pathText(issue.path) || 'picks'}: ${issue.message}`);
  const more = issues.length > LISTED ? ` (and ${issues.length - LISTED} more)` : '';
  return fail(`has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}: ${listed.join('; ')}${more}`);
}

/** A `.talkmarks.json` file's text: size, byte order mark and JSON checked before the fields. */
export function readShareText(text: string): ShareRead {
  if (text.length > MAX_FILE_BYTES) return fail(`is ${sizeText(text.length)}; shared picks files up to ${sizeText(MAX_FILE_BYTES)} are read`);
  const body = text.replace(/^\ufeff/, '');
  if (!body.trim()) return fail('is empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail(`is not JSON (${errorMessage(error).slice(0, 200)})`);
  }
  return readShare(value);
}
