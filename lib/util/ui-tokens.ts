/**
 * The one visual language of every Talkmarks surface: colours for light and dark, spacing, type scale, corner radius
 * and font. The popup, dashboard, side panel and session-page editor read them as custom properties
 * (`assets/tokens.css`, written from this file by `scripts/ui-tokens.ts`: CSS cannot import TypeScript). The in-page
 * controls take the values themselves (`lib/content/styles.ts`): a schedule page's own rules could set our custom
 * properties, and its `rem` is its own.
 */
export const lightColours = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#59636e',
  line: '#d1d9e0',
  accent: '#0969da',
  // 4.5:1 on white: the in-page star is a glyph on whatever light background the schedule has.
  star: '#9a6700',
  chip: '#ddf4ff',
  'chip-fg': '#0a3069',
  danger: '#cf222e',
  'must-bg': '#ffebe9',
  'must-fg': '#82071e',
  // Amber for what needs attention (a session the schedule changed), beside the blue of the chips.
  'warn-bg': '#fff8c5',
  'warn-fg': '#6f4400',
  surface: '#f6f8fa',
  // Text on an accent background: white on the light accent, the page colour on the brighter dark one (4.5:1 both).
  'on-accent': '#ffffff',
} as const;

export type ColourToken = keyof typeof lightColours;

export const darkColours: Record<ColourToken, string> = {
  bg: '#0d1117',
  fg: '#e6edf3',
  muted: '#9198a1',
  line: '#3d444d',
  accent: '#4493f8',
  star: '#e3b341',
  chip: '#0c2d6b',
  'chip-fg': '#cae8ff',
  danger: '#f85149',
  'must-bg': '#5d0f12',
  'must-fg': '#ffdcd7',
  'warn-bg': '#4b2900',
  'warn-fg': '#f8e3a1',
  surface: '#161b22',
  'on-accent': '#0d1117',
};

/** Spacing steps of 4 px, by step number (`--space-N`). 24 px is also the smallest target (WCAG 2.2, 2.5.8). */
export const spacePx = { 1: 4, 2: 8, 3: 12, 4: 16, 6: 24, 8: 32 } as const;

/** The type scale as multiples of the 14 px body text (`--text-*` in rem, where the UI's root is the body). */
export const bodyPx = 14;
export const textScale = { xs: 0.78, sm: 0.85, md: 1, lg: 1.1, xl: 1.35 } as const;
export type TextStep = keyof typeof textScale;

export const radiusPx = 6;
export const fontFamily = "system-ui, -apple-system, 'Segoe UI', sans-serif";

/** A step of the type scale in pixels, for places where `rem` is not ours (a schedule page). */
export const textPx = (step: TextStep) => `${Math.round(bodyPx * textScale[step] * 100) / 100}px`;
