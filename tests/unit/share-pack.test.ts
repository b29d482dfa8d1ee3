import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../lib/share/base64url';
import { shareFragment, shareLink } from '../../lib/share/fragment';
import { MAX_SHARE_BYTES, MAX_TOKEN_CHARS } from '../../lib/share/limits';
import { packShare, unpackShare } from '../../lib/share/pack';
import { readShareText } from '../../lib/share/read';
import { readIcs } from '../support/ics';
import { sampleShare, sharedPicks } from '../support/share';
import { readReal } from '../support/fixtures';

/** A token of any bytes, deflated as a link is. */
const tokenOf = (text: string | Buffer, version = 1) => `${version}.${toBase64url(deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text))}`;
const refusal = async (token: string) => {
  const read = await unpackShare(token);
  expect(read.ok).toBe(false);
  return read.ok ? '' : read.error;
};

describe('packing picks into a link', () => {
  it('unpacks every valid share exactly as it was packed (round trip identity)', async () => {
    await fc.assert(
      fc.asyncProperty(sharedPicks, async (share) => {
        const read = await unpackShare(await packShare(share));
        expect(read).toEqual({ ok: true, share });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps names and notes with markup as the text they are', async () => {
    const share = { ...sampleShare(2, true), from: '<img src=x onerror=alert(1)>' };
    share.picks[0]!.note = '<script>alert(1)</script> & **bold**';
    const read = await unpackShare(await packShare(share));
    expect(read.ok && read.share.from).toBe('<img src=x onerror=alert(1)>');
    expect(read.ok && read.share.picks[0]!.note).toBe('<script>alert(1)</script> & **bold**');
  });

  it('leaves titles out of links (files carry them) and is the same for the same picks', async () => {
    const share = sampleShare(3, false);
    share.picks[0]!.title = 'A long title that links need not carry';
    const token = await packShare(share);
    expect(token).toBe(await packShare({ ...share, picks: share.picks.map(({ title: _t, ...p }) => p) }));
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it('puts the token in the fragment of the schedule page, replacing any fragment there was', () => {
    const link = shareLink('https://kccnceu2021.sched.com/list/descriptions#2021-05-04', '1.abc');
    expect(link).toBe('https://kccnceu2021.sched.com/list/descriptions#talkmarks=1.abc');
    expect(shareFragment(new URL(link).hash)).toEqual({ token: '1.abc' });
    expect(shareFragment('#2021-05-04')).toBeUndefined();
  });
});

describe('link sizes, notes taken from real KubeCon abstracts', () => {
  // Notes are unique prose, so they compress like real notes do (a repeated sample note would flatter the figures).
  const prose = readIcs(readReal('sched/kccnceu2026-all.ics'))
    .map((e) => (e.description ?? '').replace(/&nbsp;?|\\s+/g, ' ').trim())
    .filter((d) => d.length > 200);

  /** Half the picks get a note of 80–300 characters, as people write them. */
  function withNotes(count: number) {
    const share = sampleShare(count, true);
    share.picks.forEach((p, i) => {
      if (p.note) p.note = prose[i % prose.length]!.slice(0, 80 + ((i * 37) % 220)).trim();
    });
    return share;
  }

  it('measures links of 50 and 300 picks, with and without notes', async () => {
    const rows: string[] = [];
    const sizes: Record<string, number> = {};
    for (const count of [50, 300]) {
      for (const notes of [false, true]) {
        const share = notes ? withNotes(count) : sampleShare(count, false);
        const link = shareLink('https://kccnceu2021.sched.com/', await packShare(share));
        sizes[`${count}${notes ? '+notes' : ''}`] = link.length;
        rows.push(`| ${count} | ${notes ? 'on half, 80–300 chars' : 'no'} | ${JSON.stringify(share).length} | ${link.length} |`);
      }
    }
    console.log(['| picks | notes | JSON chars | link chars |', '| ---: | --- | ---: | ---: |', ...rows].join('\n'));
    // Every figure fits a chat message; 300 picks without notes stay a few kilobytes.
    expect(sizes['50']).toBeLessThan(1_500);
    expect(sizes['300']).toBeLessThan(5_000);
    expect(sizes['50+notes']).toBeLessThan(8_000);
    expect(sizes['300+notes']).toBeLessThan(40_000);
  });
});

describe('unpacking hostile or broken links', () => {
  it('refuses bad base64 and says where', async () => {
    expect(await refusal('1.abc%def')).toMatch(/character "%" at position 4/);
    expect(await refusal('1.abcde')).toMatch(/cut short/);
  });

  it('refuses damaged deflate data and text that is not JSON or not UTF-8', async () => {
    const good = await packShare(sampleShare(20, true));
    expect(await refusal(good.slice(0, good.length - 10))).toMatch(/damaged|cut short/);
    expect(await refusal(`1.${toBase64url(new TextEncoder().encode('plain text, not deflated'))}`)).toMatch(/damaged/);
    expect(await refusal(tokenOf('{"format": "talkmarks-picks", '))).toMatch(/not JSON/);
    expect(await refusal(tokenOf(Buffer.from([0xff, 0xfe, 0x7b])))).toMatch(/not UTF-8/);
  });

  it('stops a zip bomb at the size cap while it streams', async () => {
    const bomb = tokenOf(Buffer.alloc(200 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(400_000);
    expect(await refusal(bomb)).toBe(`expands to more than ${MAX_SHARE_BYTES / 1024 / 1024} MB`);
  });

  it('refuses a 10 MB payload before decoding it, in the page and in the background', async () => {
    const huge = `1.${'A'.repeat(10 * 1024 * 1024)}`;
    expect(await refusal(huge)).toMatch(/is 10\.0 MB long/);
    expect(shareFragment(`#talkmarks=${huge}`)).toEqual({ error: expect.stringMatching(/^The link is 10\.0 MB long; .* up to 977 kB/) });
    expect(MAX_TOKEN_CHARS).toBe(1_000_000);
  });

  it('tells a newer format, an unknown one and another app’s data apart', async () => {
    expect(await refusal('2.abc')).toMatch(/newer Talkmarks \(format 2; this one reads up to 1\)/);
    expect(await refusal('0.abc')).toMatch(/format 0, which no Talkmarks ever wrote/);
    expect(await refusal('abc')).toMatch(/no format version/);
    expect(await refusal(tokenOf(JSON.stringify({ ...sampleShare(1, false), version: 7 })))).toMatch(/newer Talkmarks \(format 7/);
    expect(await refusal(tokenOf(JSON.stringify({ format: 'talkmarks-backup', version: 1 })))).toMatch(/not Talkmarks picks: "format" is "talkmarks-backup"/);
    expect(await refusal(tokenOf('[1,2,3]'))).toMatch(/not Talkmarks picks/);
    // JSON whose values cannot become strings must not break the message.
    expect(await refusal(tokenOf('{"format":{"toString":""}}'))).toBe('is not Talkmarks picks: "format" is "[object Object]"');
    expect(await refusal(tokenOf('{"format":"talkmarks-picks","version":{"valueOf":1,"toString":2}}'))).toBe('has no usable "version" ("[object Object]")');
  });

  it('names every field that does not validate, with its place', async () => {
    const share = sampleShare(3, false);
    const bad = { ...share, from: 'Ana\u0007', picks: [{ ...share.picks[0], rating: 9 }, share.picks[0], { ...share.picks[2], note: 'x' }] };
    const error = await refusal(tokenOf(JSON.stringify(bad)));
    expect(error).toMatch(/^has 4 problems: from: has a control character or line break; picks\[0\]\.rating: Too big/);
    expect(error).toMatch(/\(and 1 more\)$/);
    expect(await refusal(tokenOf(JSON.stringify({ ...share, conference: 'javascript:alert(1)' })))).toMatch(/conference: must look like platform:event/);
  });
});

describe('reading a .talkmarks.json file', () => {
  it('reads what the dashboard writes, and refuses what is not one', () => {
    const share = sampleShare(2, true);
    expect(readShareText(`\ufeff${JSON.stringify(share)}`)).toEqual({ ok: true, share });
    expect(readShareText('')).toEqual({ ok: false, error: 'is empty' });
    expect(readShareText('<html>')).toMatchObject({ ok: false, error: expect.stringMatching(/^is not JSON/) });
    expect(readShareText(' '.repeat(5 * 1024 * 1024))).toMatchObject({ ok: false, error: expect.stringMatching(/^is 5\.0 MB; .* up to 4\.0 MB/) });
  });
});
