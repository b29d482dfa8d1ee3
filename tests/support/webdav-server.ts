import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real WebDAV server for the tests: Debian's rclone (`rclone serve webdav`) on a temporary folder, on 127.0.0.1
 * only, behind a thin proxy (also 127.0.0.1). rclone 1.60 ignores `If-Match` and `If-None-Match` on PUT, so the proxy
 * enforces them against rclone's own ETag, and injects the faults a test asks for. No directory cache: files a test
 * puts in the folder (a hostile device file) are listed at once.
 */
export interface WebDavServer {
  /** The address the extension is given (the proxy's). */
  url: string;
  /** The folder rclone serves, to look at what the server stores. */
  dir: string;
  user: string;
  password: string;
  faults: {
    /** PUTs answered 412 before the next one goes through. */
    putConflicts: number;
    /** Every request answered with this status (e.g. 500) while set. */
    status?: number;
    /** Connections closed without an answer, as a server that is down. */
    down: boolean;
    /** Every answer held back this long, as a server too slow to use. */
    delayMs: number;
  };
  /** `gets`: the path of every GET, to see what a sync downloaded. */
  stats: { puts: number; conflicts: number; gets: string[] };
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function forward(target: number, req: IncomingMessage, body: Buffer, method = req.method!): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: `127.0.0.1:${target}` };
    if (method !== req.method) delete headers['content-length'];
    const upstream = request({ host: '127.0.0.1', port: target, path: req.url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    upstream.on('error', reject);
    upstream.end(method === req.method ? body : undefined);
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function waitUntilUp(port: number, user: string, password: string): Promise<void> {
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  for (let waited = 0; waited < 15_000; waited += 100) {
    const up = await fetch(`http://127.0.0.1:${port}/`, { method: 'PROPFIND', headers: { Authorization: auth, Depth: '0' } }).then((r) => r.status === 207, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('rclone serve webdav did not start within 15 s (is rclone installed? apt-get install rclone)');
}

export async function startWebDav(): Promise<WebDavServer> {
  const dir = mkdtempSync(join(tmpdir(), 'talkmarks-dav-'));
  const [davPort, proxyPort] = [await freePort(), await freePort()];
  const user = 'u';
  const password = 'p';
  const rclone: ChildProcess = spawn('rclone', ['serve', 'webdav', dir, '--addr', `127.0.0.1:${davPort}`, '--user', user, '--pass', password, '--dir-cache-time', '0s'], { stdio: 'ignore' });
  const faults: WebDavServer['faults'] = { putConflicts: 0, down: false, delayMs: 0 };
  const stats: WebDavServer['stats'] = { puts: 0, conflicts: 0, gets: [] };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    if (faults.down) return void req.socket.destroy();
    if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
    if (req.method === 'GET') stats.gets.push(decodeURIComponent(req.url ?? ''));
    if (faults.status) return void res.writeHead(faults.status, { 'Content-Type': 'text/plain' }).end('injected failure');
    if (req.method === 'PUT') {
      stats.puts++;
      const current = await forward(davPort, req, body, 'HEAD');
      const etag = current.status === 200 ? current.headers.etag : undefined;
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      const stale = (ifMatch !== undefined && ifMatch !== etag) || (ifNoneMatch === '*' && etag !== undefined);
      if (current.status !== 401 && (stale || faults.putConflicts > 0)) {
        if (!stale) faults.putConflicts--;
        stats.conflicts++;
        return void res.writeHead(412).end();
      }
    }
    const answer = await forward(davPort, req, body);
    res.writeHead(answer.status, answer.headers).end(answer.body);
  };
  const proxy: Server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(502).end()));
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  await waitUntilUp(davPort, user, password);
  return {
    url: `http://127.0.0.1:${proxyPort}/`,
    dir,
    user,
    password,
    faults,
    stats,
    async stop() {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      rclone.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
