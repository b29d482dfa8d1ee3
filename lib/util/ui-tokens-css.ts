import { bodyPx, darkColours, fontFamily, lightColours, radiusPx, spacePx, textScale, type ColourToken } from './ui-tokens';

const colours = (set: Record<ColourToken, string>, indent: string) =>
  Object.entries(set).map(([name, value]) => `${indent}--${name}: ${value};`);

/**
 * `assets/tokens.css`: the tokens as the custom properties the UI's stylesheets use. `:host` is the session-page
 * editor's shadow root; dark follows the system there, as extension pages do.
 */
export function tokensCss(): string {
  return [
    '/* Written by `npx tsx scripts/ui-tokens.ts` from lib/util/ui-tokens.ts: edit the tokens there, not here. */',
    ':root, :host {',
    '  color-scheme: light dark;',
    ...colours(lightColours, '  '),
    ...Object.entries(spacePx).map(([step, px]) => `  --space-${step}: ${px}px;`),
    ...Object.entries(textScale).map(([step, scale]) => `  --text-${step}: ${scale}rem;`),
    `  --radius: ${radiusPx}px;`,
    `  --text-body: ${bodyPx}px;`,
    `  --font: ${fontFamily};`,
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root, :host {',
    ...colours(darkColours, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
