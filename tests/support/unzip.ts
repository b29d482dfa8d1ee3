import { crc32 } from '../../lib/export/kb/zip';

export interface UnzippedFile {
  path: string;
  text: string;
  method: number;
  /** The entry's DOS date and time fields, as stored. */
  date: number;
  time: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Reads a zip back the way unzip tools do, from its central directory, and checks each entry against its local
 * header and CRC-32: a test reader, independent of the writer's bookkeeping.
 */
export async function readZip(zip: Uint8Array): Promise<UnzippedFile[]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files: UnzippedFile[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`central header ${i} missing`);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const path = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`local header of ${path} missing`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const body = zip.subarray(start, start + size);
    const data = method === 8 ? await inflate(body) : body;
    if (crc32(data) !== crc) throw new Error(`CRC of ${path} does not match`);
    files.push({ path, text: decoder.decode(data), method, date, time });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

/** The YAML between the `---` lines at the top of a note, and the rest. */
export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text.slice(0, 200)}`);
  return { yaml: match[1]!, body: match[2]! };
}
