import { describe, expect, it } from 'vitest';
import { isKnownHarmless } from '../../scripts/build-warnings';

const zod = (file: string) => `/project/node_modules/zod/v4/core/${file}`;
const prose = 'A comment\n\n"// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes…"\n\nin "x" contains an annotation that Rollup cannot interpret';

describe('build warnings', () => {
  it('drops only the prose comments zod 4.5+ writes about @__PURE__ (colinhacks/zod#6619)', () => {
    expect(isKnownHarmless({ code: 'INVALID_ANNOTATION', id: zod('util.js'), message: prose })).toBe(true);
    expect(isKnownHarmless({ code: 'INVALID_ANNOTATION', id: zod('regexes.js'), message: prose })).toBe(true);
  });

  it('keeps every other warning: a real misplaced annotation, another file, another code', () => {
    expect(isKnownHarmless({ code: 'INVALID_ANNOTATION', id: zod('util.js'), message: 'A comment\n\n"/* @__PURE__ */"\n\nin …' })).toBe(false);
    expect(isKnownHarmless({ code: 'INVALID_ANNOTATION', id: zod('parse.js'), message: prose })).toBe(false);
    expect(isKnownHarmless({ code: 'INVALID_ANNOTATION', id: '/project/lib/util/time.ts', message: prose })).toBe(false);
    expect(isKnownHarmless({ code: 'CIRCULAR_DEPENDENCY', id: zod('util.js'), message: prose })).toBe(false);
  });
});
