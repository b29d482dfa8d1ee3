import { describe, expect, it } from 'vitest';
import { hitRanges, markParts, snippet, whyMatched } from '../../lib/search/highlight';

const marked = (text: string, terms: string[]) => markParts(text, terms).map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('marking what a search found', () => {
  it('marks each word found, whatever its case or accents, on the text as written', () => {
    expect(marked('Observability with OpenTelemetry at Müller GmbH', ['opentelemetry', 'muller'])).toBe(
      'Observability with [OpenTelemetry] at [Müller] GmbH',
    );
    expect(marked('Café  Ü', ['cafe u'])).toBe('[Café  Ü]');
    expect(marked('eBPF, eBPF and more eBPF', ['ebpf'])).toBe('[eBPF], [eBPF] and more [eBPF]');
  });

  it('joins overlapping hits and leaves text without a hit whole', () => {
    expect(hitRanges('kubernetes', ['kube', 'bern'])).toEqual([{ start: 0, end: 6 }]);
    expect(marked('Zero Trust', ['ebpf'])).toBe('Zero Trust');
    expect(markParts('', ['x'])).toEqual([{ text: '', hit: false }]);
  });

  it('keeps characters outside the Basic Plane whole', () => {
    expect(marked('🚀 Launch 🚀 day', ['launch'])).toBe('🚀 [Launch] 🚀 day');
  });
});

describe('a snippet of where the words were found', () => {
  const abstract = `In this talk we look at how large platform teams run dozens of clusters.
We then show how OpenTelemetry traces reach every service without code changes, and what it costs in production at scale over a year of use by many teams.`;

  it('cuts a passage around the first hit at word boundaries, one line, with … where cut', () => {
    const s = snippet(abstract, ['opentelemetry'], 80)!;
    expect(s).toMatch(/^…\S/);
    expect(s).toMatch(/\S…$/);
    expect(s).toContain('OpenTelemetry');
    expect(s).not.toContain('\n');
    expect(s.length).toBeLessThanOrEqual(82);
    expect(snippet('Short OpenTelemetry note', ['opentelemetry'])).toBe('Short OpenTelemetry note');
    expect(snippet(abstract, ['nothing'])).toBeUndefined();
  });

  it('says why a result matched when its row does not show it: the note first, then the abstract', () => {
    const sources = [
      { label: 'Your note', text: 'Ask about OpenTelemetry sampling' },
      { label: 'Abstract', text: abstract },
    ];
    expect(whyMatched('opentelemetry', ['Sign Language Crash Course'], sources)).toEqual({ label: 'Your note', text: 'Ask about OpenTelemetry sampling' });
    expect(whyMatched('production', ['Sign Language Crash Course'], sources)?.label).toBe('Abstract');
    // Found in the title: the row already shows why.
    expect(whyMatched('sign', ['Sign Language Crash Course'], sources)).toBeUndefined();
  });
});

describe('marking plain text (printable ASCII, nothing to fold) takes a shortcut with the same result', () => {
  const texts = [
    'Zero Trust for Kubernetes: A Practical Guide',
    'kubernetes KUBERNETES Kubernetes, kubernetes.',
    'Rollouts, then rollbacks - and "canaries" (with SLOs) ',
    'a b c d e f',
  ];
  const queries = [['kubernetes'], ['zero trust'], ['rollout', 'back'], ['ku', 'kubernetes'], ['b c'], ['nosuchthing']];
  it('every hit where folding the text character by character finds it', () => {
    for (const text of texts) {
      for (const terms of queries) {
        // A leading space is folded away: the same text, taken the slow way, one unit further on.
        const slow = hitRanges(` ${text}`, terms).map((r) => ({ start: r.start - 1, end: r.end - 1 }));
        expect(hitRanges(text, terms)).toEqual(slow);
        expect(markParts(text, terms).map((p) => p.text).join('')).toBe(text);
      }
    }
  });
});
