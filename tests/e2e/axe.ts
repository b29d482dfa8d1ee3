import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core, injected into the page under test (the extension's pages forbid loading scripts from elsewhere). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

declare const axe: {
  run(context: Document, options: object): Promise<Record<'violations' | 'passes', { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]>>;
};

/**
 * Runs axe on the whole page (shadow roots included) and returns the serious and critical violations, and
 * how many checks passed, limited to nodes `ours` accepts (on a schedule page: our `tm-` elements). `targetSize`
 * adds axe's target-size rule.
 */
export async function axeCheck(page: Page, ours: (target: string) => boolean = () => true, { targetSize = false } = {}) {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object'))) await page.evaluate(axeSource);
  // `target-size` (WCAG 2.2, 2.5.8: 24×24 px or room around) is off in axe by default: asked for where we meet it.
  const result = await page.evaluate(
    (targetSize) => axe.run(document, { resultTypes: ['violations', 'passes'], rules: { 'target-size': { enabled: targetSize } } }),
    targetSize,
  );
  const findings = (list: typeof result.violations) =>
    list.flatMap((r) =>
      r.nodes
        .map((n) => n.target.flat(3).join(' >> '))
        .filter(ours)
        .map((target) => ({ rule: r.id, impact: r.impact, help: r.help, target })),
    );
  return {
    serious: findings(result.violations).filter((f) => f.impact === 'serious' || f.impact === 'critical'),
    all: findings(result.violations),
    passed: findings(result.passes).length,
  };
}
