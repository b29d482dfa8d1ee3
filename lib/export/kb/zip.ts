/**
 * A zip writer for the notes export: deflate (the browser's CompressionStream) where it saves space, else stored;
 * UTF-8 names; every entry dated 1980-01-01 00:00, the format's first day, so the same notes give the same bytes.
 */
export interface ZipEntry {
  path: string;
  text: string;
}

const table = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const encoder = new TextEncoder();

/** Little-endian fields, written in order. */
function record(fields: readonly [size: 2 | 4, value: number][], ...tails: Uint8Array[]): Uint8Array {
  const head = fields.reduce((n, [size]) => n + size, 0);
  const out = new Uint8Array(head + tails.reduce((n, t) => n + t.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [size, value] of fields) {
    if (size === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += size;
  }
  for (const tail of tails) {
    out.set(tail, at);
    at += tail.length;
  }
  return out;
}

/** The files as one zip archive. Paths are taken as given: the caller makes them safe. */
export async function zipFiles(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const texts = entries.map((e) => encoder.encode(e.text));
  // A few at a time: one stream's round trip costs more than its few kilobytes of deflate, and thousands at once thrash.
  const packs: Uint8Array[] = [];
  for (let i = 0; i < texts.length; i += 16) packs.push(...(await Promise.all(texts.slice(i, i + 16).map(deflate))));
  for (const [i, entry] of entries.entries()) {
    const name = encoder.encode(entry.path);
    const data = texts[i]!;
    const packed = packs[i]!;
    const deflated = packed.length < data.length;
    const body = deflated ? packed : data;
    const crc = crc32(data);
    const common: [2 | 4, number][] = [
      [2, 20], [2, UTF8_NAMES], [2, deflated ? 8 : 0], [2, 0], [2, DOS_DATE],
      [4, crc], [4, body.length], [4, data.length], [2, name.length], [2, 0],
    ];
    const local = record([[4, 0x04034b50], ...common], name);
    central.push(record([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]], name));
    parts.push(local, body);
    offset += local.length + body.length;
  }
  const directory = central.reduce((n, c) => n + c.length, 0);
  const end = record([[4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, directory], [4, offset], [2, 0]]);
  const out = new Uint8Array(offset + directory + end.length);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
