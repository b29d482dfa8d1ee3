import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../lib/export/kb/defaults';
import type { Flavour } from '../../lib/export/kb/flavours';
import { renderNotes } from '../../lib/export/kb/render';
import { journalId, type JournalEntry } from '../../lib/model/journal';
import { demo, sessions } from '../support/export-fixture';

function journal(note: string, day?: string): JournalEntry {
  return { id: journalId(demo.id, day), conference: demo.id, ...(day ? { day } : {}), note, updatedAt: 1, fieldUpdatedAt: { note: 1 } };
}

const journals = [
  journal('Trends: **eBPF** everywhere.\n\n- platform teams', undefined),
  journal('Day 1: started with the keynote.\n```\nunclosed fence', '2026-03-24'),
  journal('Sunday: workshops only, nothing starred.', '2026-03-22'),
  journal('   ', '2026-03-25'),
];

const files = (flavour: Flavour) =>
  renderNotes([{ conference: demo, sessions, journals }], { flavour, templates: defaultTemplates[flavour] }, new Map()).files;

describe('the journal in the notes export', () => {
  it('puts the day’s journal in that day’s note, under its talks, and the conference journal at the top of the index', () => {
    const all = files('obsidian');
    const day1 = all.find((f) => f.path.endsWith('Days/2026-03-24 DemoConf Europe 2026.md'))!.text;
    expect(day1).toMatch(/\[\[GitOps at Scale \(gitops\)\|GitOps at Scale\]\][^]*\n## Journal\n\nDay 1: started with the keynote\.\n```\nunclosed fence\n```\n$/);
    const index = all[0]!.text;
    expect(all[0]!.path).toBe('Talkmarks/DemoConf Europe 2026/DemoConf Europe 2026 index.md');
    expect(index).toMatch(/^---\n[^]*---\n# DemoConf Europe 2026\n\n## Journal\n\nTrends: \*\*eBPF\*\* everywhere\.\n\n- platform teams\n\n## Days\n/);
  });

  it('a day written about with no annotated talk gets its note and a place in the index; a blank journal adds nothing', () => {
    const all = files('obsidian');
    const sunday = all.find((f) => f.path.endsWith('Days/2026-03-22 DemoConf Europe 2026.md'))!.text;
    expect(sunday).toContain('# Sunday, 22 March 2026\n\n\n## Journal\n\nSunday: workshops only, nothing starred.\n');
    expect(all[0]!.text).toContain('## Days\n\n- [[2026-03-22 DemoConf Europe 2026|Sunday, 22 March 2026]] (0)\n- [[2026-03-24');
    const day2 = all.find((f) => f.path.endsWith('Days/2026-03-25 DemoConf Europe 2026.md'))!.text;
    expect(day2).not.toContain('## Journal');
  });

  it('in Logseq too, and without a journal the notes are as before', () => {
    const logseq = files('logseq');
    expect(logseq.find((f) => f.path === 'pages/DemoConf Europe 2026___2026-03-24.md')!.text).toContain('## Journal\n\nDay 1: started');
    const without = renderNotes([{ conference: demo, sessions }], { flavour: 'obsidian', templates: defaultTemplates.obsidian }, new Map()).files;
    expect(without[0]!.text).not.toContain('Journal');
    expect(without.map((f) => f.path)).not.toContain('Talkmarks/DemoConf Europe 2026/Days/2026-03-22 DemoConf Europe 2026.md');
  });
});
