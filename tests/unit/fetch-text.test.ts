import { afterEach, describe, expect, it, vi } from 'vitest';
import { readUrl } from '../../components/schedule-import/read-source';
import { FetchRefused, fetchText } from '../../lib/util/fetch-text';

/** A response streamed in `chunks`, as `url` after any redirects; counts the chunks the reader pulled. */
function streamed(chunks: Uint8Array[], { url, headers = {} }: { url: string; headers?: Record<string, string> }) {
  const pulled = { count: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks.length) return controller.close();
      controller.enqueue(chunks[pulled.count++]!);
    },
    cancel() {
      pulled.cancelled = true;
    },
  }, { highWaterMark: 0 });
  const response = new Response(body, { status: 200, headers });
  Object.defineProperty(response, 'url', { value: url });
  return { response, pulled };
}

const serve = (response: Response) => vi.stubGlobal('fetch', vi.fn(async () => response));
afterEach(() => void vi.unstubAllGlobals());

const MB = 1024 * 1024;
const chunk = (bytes: number) => new Uint8Array(bytes).fill(0x61);

describe('fetchText', () => {
  it('reads a body as it streams, characters split across chunks included', async () => {
    const euro = new TextEncoder().encode('a€b');
    serve(streamed([euro.slice(0, 2), euro.slice(2)], { url: 'https://pretalx.example.org/democon/schedule/widget/v2.json' }).response);
    expect(await fetchText('https://pretalx.example.org/democon/schedule/widget/v2.json')).toBe('a€b');
  });

  it('stops downloading past the cap, without reading the rest', async () => {
    const { response, pulled } = streamed(Array.from({ length: 100 }, () => chunk(MB / 4)), { url: 'https://evil.example/huge.json' });
    serve(response);
    const error = await fetchText('https://evil.example/huge.json', MB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchRefused);
    expect((error as Error).message).toBe('https://evil.example/huge.json is more than 1 MB, more than the 1 MB Talkmarks reads; it stopped reading');
    expect(pulled.count).toBeLessThanOrEqual(6);
    expect(pulled.cancelled).toBe(true);
  });

  it('refuses at once an answer that declares more than the cap', async () => {
    const { response, pulled } = streamed([chunk(10)], { url: 'https://x.example/a.ics', headers: { 'content-length': String(40 * MB) } });
    serve(response);
    await expect(fetchText('https://x.example/a.ics')).rejects.toThrow('https://x.example/a.ics is 40 MB, more than the 30 MB Talkmarks reads');
    expect(pulled.count).toBe(0);
  });

  it('refuses an answer that a redirect brought from another site', async () => {
    serve(streamed([chunk(10)], { url: 'https://intranet.example/secret' }).response);
    await expect(fetchText('https://demo.pretalx.org/democon/schedule/widget/v2.json')).rejects.toThrow(
      'https://demo.pretalx.org/democon/schedule/widget/v2.json redirected to another site (https://intranet.example); Talkmarks reads only what the site itself serves',
    );
  });

  it('gives the schedule import the refusal as it is, without suggesting another way to read the same file', async () => {
    serve(streamed([chunk(10)], { url: 'https://elsewhere.example/all.ics' }).response);
    await expect(readUrl('https://demo2026.sched.com/all.ics')).rejects.toThrow(/^https:\/\/demo2026\.sched\.com\/all\.ics redirected to another site \(https:\/\/elsewhere\.example\); Talkmarks reads only what the site itself serves$/);
  });

  it('follows a redirect within the site, and from http to https on the same host', async () => {
    serve(streamed([new TextEncoder().encode('ok')], { url: 'https://x.example/moved/a.ics' }).response);
    expect(await fetchText('https://x.example/a.ics')).toBe('ok');
    serve(streamed([new TextEncoder().encode('ok')], { url: 'https://x.example/a.ics' }).response);
    expect(await fetchText('http://x.example/a.ics')).toBe('ok');
    serve(streamed([new TextEncoder().encode('no')], { url: 'http://x.example/a.ics' }).response);
    await expect(fetchText('https://x.example/a.ics')).rejects.toThrow(/redirected to another site \(http:\/\/x\.example\)/);
  });
});
