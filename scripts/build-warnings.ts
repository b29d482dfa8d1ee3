import type { Rollup } from 'vite';

type RollupLog = Rollup.RollupLog;

/**
 * The one build warning Talkmarks drops, and why. zod 4.5 and later (4.6.7 is the newest) explain their tree-shaking in
 * two comments that name the `@__PURE__` annotation in prose: `v4/core/util.js` line 400 and `v4/core/regexes.js` line
 * 74. Rollup takes any comment containing that word for an annotation, cannot place it, drops the comment and warns,
 * once per file per bundle: a screenful on every build. Nothing is lost (they are prose; every real annotation in
 * zod is kept), and it is reported upstream as colinhacks/zod#6619. Only this code from only those two files is
 * dropped, so a misplaced annotation anywhere else, zod's other files included, still warns.
 */
const proseComments = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|regexes)\.js$/;

export function isKnownHarmless(log: RollupLog): boolean {
  return log.code === 'INVALID_ANNOTATION' && !!log.id && proseComments.test(log.id) && !/\/\*\s*[#@]__PURE__\s*\*\//.test(log.message);
}

export function onwarn(log: RollupLog, warn: (log: RollupLog) => void): void {
  if (!isKnownHarmless(log)) warn(log);
}
