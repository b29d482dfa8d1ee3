import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../lib/export/kb/defaults';
import type { Flavour } from '../../lib/export/kb/flavours';
import { bytes } from '../../lib/export/kb/names';
import { renderNotes } from '../../lib/export/kb/render';
import { zipFiles, type ZipEntry } from '../../lib/export/kb/zip';
import { parseSchedule } from '../../lib/schedules';
import type { ExportSource } from '../../lib/export/source';
import { annotateSample, kubecon, kubeconEntries } from '../support/annotated';
import { demo, sessions } from '../support/export-fixture';
import { readReal } from '../support/fixtures';
import { readZip, splitFrontMatter } from '../support/unzip';
import { readYaml } from '../support/yaml';

const exportOf = (sources: readonly ExportSource[], flavour: Flavour, earlier = new Map<string, string>(), onlyNew = false) =>
  renderNotes(sources, { flavour, templates: defaultTemplates[flavour], onlyNew }, earlier);

/** Every link of every note, and whether it leads to a note of the same export. */
function links(files: readonly ZipEntry[], flavour: Flavour): { from: string; target: string; found: boolean }[] {
  const stems = new Set(files.map((f) => f.path.replace(/^.*\//, '').replace(/\.md$/, '')));
  const pages = new Set(files.map((f) => /^title:: (.*)$/m.exec(f.text)?.[1]));
  const paths = new Set(files.map((f) => f.path));
  const out: { from: string; target: string; found: boolean }[] = [];
  for (const f of files) {
    const body = flavour === 'logseq' ? f.text : splitFrontMatter(f.text).body;
    const pattern = flavour === 'plain' ? /\]\(([^)\s]+\.md)\)/g : /\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g;
    for (const [, target] of body.matchAll(pattern)) {
      const found =
        flavour === 'obsidian' ? stems.has(target!) : flavour === 'logseq' ? pages.has(target!) : paths.has(normalize(join(dirname(f.path), decodeURIComponent(target!))));
      out.push({ from: f.path, target: target!, found });
    }
  }
  return out;
}

describe('notes export', () => {
  it('links talk, day and index to each other in each flavour’s syntax, and every link finds its note', () => {
    const samples: Record<Flavour, string> = {
      obsidian: '[[2026-03-24 DemoConf Europe 2026|Tuesday, 24 March 2026]]',
      logseq: '[[DemoConf Europe 2026/2026-03-24]]',
      plain: '[Tuesday, 24 March 2026](../Days/2026-03-24%20DemoConf%20Europe%202026.md)',
    };
    for (const flavour of ['obsidian', 'logseq', 'plain'] as const) {
      const { files } = exportOf([{ conference: demo, sessions }], flavour);
      const all = links(files, flavour);
      expect(all.length).toBeGreaterThan(20);
      expect(all.filter((l) => !l.found)).toEqual([]);
      const gitops = files.find((f) => f.path.includes('GitOps at Scale (gitops)'))!;
      expect(gitops.text).toContain(samples[flavour]);
    }
  });

  it('makes one note per annotated talk, one per event-local day and one index per conference', () => {
    const { files, talks } = exportOf([{ conference: demo, sessions }], 'obsidian');
    expect(talks).toBe(6);
    expect(files.map((f) => f.path)).toEqual([
      'Talkmarks/DemoConf Europe 2026/DemoConf Europe 2026 index.md',
      'Talkmarks/DemoConf Europe 2026/Days/2026-03-24 DemoConf Europe 2026.md',
      'Talkmarks/DemoConf Europe 2026/Days/2026-03-25 DemoConf Europe 2026.md',
      'Talkmarks/DemoConf Europe 2026/Talks/GitOps at Scale (gitops).md',
      'Talkmarks/DemoConf Europe 2026/Talks/eBPF everywhere live (ebpf).md',
      'Talkmarks/DemoConf Europe 2026/Talks/Late Keynote (late).md',
      'Talkmarks/DemoConf Europe 2026/Talks/img src=x onerror=alert(1) (hostile).md',
      'Talkmarks/DemoConf Europe 2026/Talks/1. Tabs and fences (tabbed).md',
      'Talkmarks/DemoConf Europe 2026/Talks/No Time (untimed).md',
    ]);
    const index = files[0]!.text;
    // By rating, best first; by tag, each tag a heading.
    expect(index.indexOf('### ★★★★★ 5/5')).toBeLessThan(index.indexOf('### ★★★☆☆ 3/5'));
    expect(index).toContain('### Cool tech\n\n- [[eBPF everywhere live (ebpf)|eBPF *everywhere* live]]');
  });

  it('re-exported: names stay, and “only new talks” leaves the notes written before alone', () => {
    const first = exportOf([{ conference: demo, sessions: sessions.slice(0, 2) }], 'obsidian');
    const renamed = sessions.map((s, i) => (i === 0 ? { ...s, entry: { ...s.entry, title: 'eBPF, renamed' } } : s));
    const again = exportOf([{ conference: demo, sessions: renamed }], 'obsidian', first.names, true);
    const talkPaths = again.files.filter((f) => f.path.includes('/Talks/')).map((f) => f.path.replace(/^.*\//, ''));
    expect(talkPaths).not.toContain('eBPF everywhere live (ebpf).md');
    expect(talkPaths).toContain('Late Keynote (late).md');
    const full = exportOf([{ conference: demo, sessions: renamed }], 'obsidian', first.names);
    const ebpf = full.files.find((f) => f.path.endsWith('/eBPF everywhere live (ebpf).md'))!;
    expect(readYaml(splitFrontMatter(ebpf.text).yaml)).toMatchObject({ title: 'eBPF, renamed', aliases: ['eBPF, renamed'] });
  });

  it('zips the notes with fixed dates: the same notes give the same bytes, and zip readers read them back', async () => {
    const { files } = exportOf([{ conference: demo, sessions }], 'obsidian');
    const zip = await zipFiles(files);
    expect(await zipFiles(files)).toEqual(zip);
    const read = await readZip(zip);
    expect(read.map((f) => [f.path, f.text])).toEqual(files.map((f) => [f.path, f.text]));
    expect(new Set(read.map((f) => `${f.date}/${f.time}`))).toEqual(new Set(['33/0']));
    expect(read.some((f) => f.method === 8)).toBe(true);
    if (existsSync('/usr/bin/unzip')) {
      const path = join(mkdtempSync(join(tmpdir(), 'tm-notes-')), 'notes.zip');
      writeFileSync(path, zip);
      expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
    }
  });

  it('exports a real schedule (596 sessions of sched’s all.ics) and a real FOSDEM schedule: names valid and unique, front matter reads back', () => {
    const fosdem = parseSchedule(readReal('frab/fosdem-2021-schedule.xml'), { timeZone: 'Europe/Brussels' });
    const sources = [
      { conference: kubecon, sessions: annotateSample(kubeconEntries(readReal('sched/kccnceu2026-all.ics')), 5) },
      { conference: fosdem.conference, sessions: annotateSample(fosdem.entries, 5) },
    ];
    const { files, talks, names } = exportOf(sources, 'obsidian');
    expect(talks).toBe(sources.reduce((n, s) => n + s.sessions.filter((x) => x.annotation.starred || x.annotation.rating || x.annotation.note || x.annotation.tags.length).length, 0));
    expect(talks).toBeGreaterThan(100);
    expect(new Set(files.map((f) => f.path.toLowerCase())).size).toBe(files.length);
    expect(files.every((f) => bytes(f.path.replace(/^.*\//, '')) <= 120)).toBe(true);
    expect(names.size).toBe(talks);
    for (const f of files.filter((x) => x.path.includes('/Talks/'))) {
      const fm = readYaml(splitFrontMatter(f.text).yaml) as Record<string, unknown>;
      expect(fm.talkmarks_id).toMatch(/^(sched|frab):/);
      expect(typeof fm.title).toBe('string');
    }
    expect(links(files, 'obsidian').filter((l) => !l.found)).toEqual([]);
  });
});
