// What the page pays for: the content scripts' runtime imports (type-only ones are erased) must not reach zod,
// Dexie or Preact. The session-page editor is the exception by design: the background injects it on demand.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  extends: './.dependency-cruiser.cjs',
  forbidden: [
    {
      name: 'content-scripts-lean',
      severity: 'error',
      comment: 'Content scripts run on every schedule page: no zod, Dexie or Preact (the on-demand editor aside).',
      from: { path: '^entrypoints/[^/]+\\.content\\.ts$' },
      to: { path: '^node_modules/(zod|dexie|preact)/', reachable: true },
    },
  ],
  options: { tsPreCompilationDeps: false },
};
