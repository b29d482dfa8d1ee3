import { errorMessage } from '../util/errors';

/**
 * A small WebDAV client on `fetch`: PROPFIND (Depth 1), GET, conditional PUT and MKCOL, all Talkmarks needs. The
 * `webdav` package needs Node's stream and buffer shims and a DOM parser, which an MV3 service worker lacks.
 */
export interface DavLogin {
  url: string;
  folder: string;
  user: string;
  password: string;
}

/** A failure said in words a user can act on; `status` is the HTTP status when the server answered. */
export class DavError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export interface DavEntry {
  /** The last path segment, decoded. */
  name: string;
  etag?: string;
  size?: number;
  folder: boolean;
}

const TIMEOUT_MS = 20_000;

/** `<address>/<folder>/<sub>`, each segment encoded; folders end with `/`. */
export function davUrl(login: DavLogin, ...segments: string[]): string {
  const base = login.url.endsWith('/') ? login.url : `${login.url}/`;
  const parts = [...login.folder.split('/'), ...segments].filter(Boolean).map(encodeURIComponent);
  return new URL(parts.join('/'), base).href;
}

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export async function davRequest(login: DavLogin, method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<Response> {
  try {
    return await fetch(url, {
      method,
      headers: { Authorization: basicAuth(login.user, login.password), ...headers },
      body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new DavError(
      timedOut
        ? `The server at ${new URL(url).host} did not answer within ${TIMEOUT_MS / 1000} s. Nothing was changed; the next sync tries again.`
        : `The server at ${new URL(url).host} could not be reached (${errorMessage(error)}). Your notes stay here and sync when it is back.`,
    );
  }
}

/** The words for a refusal or failure of the server; `what` names the file or folder asked for. */
export function statusError(status: number, what: string): DavError {
  if (status === 401) return new DavError('The server refused the user name or password (401). Check them; Nextcloud and ownCloud want an app password.', status);
  if (status === 403) return new DavError(`The server says this account may not use ${what} (403, no permission).`, status);
  if (status === 404 || status === 409) return new DavError(`The folder ${what} does not exist on the server.`, status);
  if (status === 405 || status === 501) return new DavError(`The address does not look like a WebDAV server: it refused to list ${what} (${status}).`, status);
  if (status === 507) return new DavError('The server is out of space (507). Nothing was changed here.', status);
  if (status >= 500) return new DavError(`The server had an error (${status}) with ${what}. Nothing was changed here; the next sync tries again.`, status);
  return new DavError(`The server answered ${status} for ${what}.`, status);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : (entities[name] ?? all),
  );
}

/** One property of a PROPFIND response, whatever namespace prefix the server uses. */
function prop(block: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([^<]*)</`, 'i').exec(block);
  return m ? xmlText(m[1]!.trim()) : undefined;
}

/** The entries of a Depth-1 PROPFIND answer, without the folder itself. Regular expressions: a worker has no DOMParser. */
export function parseMultistatus(xml: string, folderUrl: string): DavEntry[] {
  const folderPath = decodeURIComponent(new URL(folderUrl).pathname).replace(/\/+$/, '');
  const entries: DavEntry[] = [];
  for (const block of xml.split(/<(?:[\w-]+:)?response\b[^>]*>/i).slice(1)) {
    const href = prop(block, 'href');
    if (!href) continue;
    const path = decodeURIComponent(new URL(href, folderUrl).pathname).replace(/\/+$/, '');
    if (path === folderPath) continue;
    const size = prop(block, 'getcontentlength');
    entries.push({
      name: path.slice(path.lastIndexOf('/') + 1),
      etag: prop(block, 'getetag'),
      size: size === undefined ? undefined : Number(size),
      folder: /<(?:[\w-]+:)?collection\b/i.test(block),
    });
  }
  return entries;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/></d:prop></d:propfind>';

/** Lists a folder with ETags. A missing folder, a refusal or an address that is no WebDAV server throws in words. */
export async function listFolder(login: DavLogin, url: string, what: string): Promise<DavEntry[]> {
  const response = await davRequest(login, 'PROPFIND', url, { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' }, PROPFIND_BODY);
  if (response.status !== 207) throw statusError(response.status === 200 ? 405 : response.status, what);
  return parseMultistatus(await response.text(), url);
}

/** Reads a file; `maxBytes` refuses a larger one by its announced length, before its body is read. */
export async function getFile(login: DavLogin, url: string, what: string, maxBytes: number): Promise<{ text: string; etag?: string }> {
  const response = await davRequest(login, 'GET', url);
  if (!response.ok) throw statusError(response.status, what);
  const length = Number(response.headers.get('Content-Length') ?? '0');
  if (length > maxBytes) {
    await response.body?.cancel();
    throw new DavError(`${what} is ${(length / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB a device file may have: refused.`);
  }
  return { text: await response.text(), etag: response.headers.get('ETag') ?? undefined };
}

/**
 * Writes a file only if it is still the version last seen (`If-Match`), or only if there is none yet
 * (`If-None-Match: *`). `conflict` when someone else wrote it meanwhile (412).
 */
export async function putFile(login: DavLogin, url: string, body: string, etag: string | undefined, what: string): Promise<{ conflict: true } | { conflict: false; etag?: string }> {
  const condition: Record<string, string> = etag ? { 'If-Match': etag } : { 'If-None-Match': '*' };
  const response = await davRequest(login, 'PUT', url, { 'Content-Type': 'application/json', ...condition }, body);
  if (response.status === 412) return { conflict: true };
  if (!response.ok) throw statusError(response.status, what);
  return { conflict: false, etag: response.headers.get('ETag') ?? undefined };
}

/** Creates a folder; one that already exists (405) is fine. */
export async function makeFolder(login: DavLogin, url: string, what: string): Promise<void> {
  const response = await davRequest(login, 'MKCOL', url);
  if (!response.ok && response.status !== 405) throw statusError(response.status, what);
}
