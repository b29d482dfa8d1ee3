// `npm run export:sample`: the highlights export of the real KubeCon EU 2026 schedule (tests/fixtures/real) with made-up
// stars, ratings, tags and notes, to read what a write-up looks like. Options: --preset=notes|agenda, --ics.
import { planCalendar } from '../lib/export/ics';
import { renderMarkdown } from '../lib/export/markdown';
import { presets, withPreset, type PresetName } from '../lib/export/options';
import { annotateSample, kubecon, kubeconEntries } from '../tests/support/annotated';
import { readReal } from '../tests/support/fixtures';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split('=')[1] ?? '';
const preset = (arg('preset') || 'highlights') as PresetName;
if (!(preset in presets)) throw new Error(`--preset must be one of ${Object.keys(presets).join(', ')}`);

const entries = kubeconEntries(readReal('sched/kccnceu2026-all.ics'));
const sessions = annotateSample(entries);
const source = { conference: kubecon, sessions, days: [...new Set(entries.map((e) => e.start!.slice(0, 10)))] };
if (process.argv.includes('--ics')) {
  process.stdout.write(planCalendar([source], Date.UTC(2026, 2, 27)).text);
} else {
  process.stdout.write(renderMarkdown([source], withPreset(preset, ['cool-tech', 'to-watch'])));
}
