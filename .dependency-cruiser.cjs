// The layer rules of lib/ and components/, checked by `npm test` (scripts/test.mjs runs depcruise on every source).
// Type-only imports count here: a cycle through types is still a cycle a reader has to untangle.
const PURE = '^lib/(model|util|merge|adapters|schedules|export|share|plan|search|backup)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'No import cycles, between files or (so) between folders.', from: {}, to: { circular: true } },
    { name: 'lib-not-components', severity: 'error', comment: 'lib/ is logic; UI lives in components/ and may use lib/, never the reverse.', from: { path: '^lib/' }, to: { path: '^components/' } },
    {
      name: 'pure-no-browser', severity: 'error',
      comment: 'Pure layers run anywhere (Node, a worker, a content script): no extension API, no Dexie.',
      from: { path: PURE }, to: { path: ['^node_modules/(dexie|webextension-polyfill|@wxt-dev/webextension-polyfill|wxt)/', '^wxt/browser$'] },
    },
    {
      name: 'pure-stays-pure', severity: 'error',
      comment: 'Pure layers never import the layers that touch the database, the browser or the page.',
      from: { path: PURE }, to: { path: '^lib/(db|protocol|background|content|backup)/' },
    },
    {
      name: 'util-is-the-floor', severity: 'error', comment: 'lib/util imports nothing else of ours.',
      from: { path: '^lib/util/' }, to: { path: '^(lib|components)/', pathNot: '^lib/util/' },
    },
    {
      name: 'model-above-util-only', severity: 'error', comment: 'lib/model (schemas and field helpers) stands on lib/util alone.',
      from: { path: '^lib/model/' }, to: { path: '^(lib|components)/', pathNot: '^lib/(model|util)/' },
    },
    {
      name: 'only-db-opens-tables', severity: 'error',
      comment: 'Only lib/db touches Dexie; everything else calls its repository functions.',
      from: { pathNot: ['^lib/db/', '^tests/', '^bench/'] }, to: { path: '^node_modules/dexie/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-below-protocol', severity: 'error', comment: 'The database layer knows nothing of messages, the background or the page.',
      from: { path: '^lib/db/' }, to: { path: '^lib/(protocol|background|content|backup)/' },
    },
    {
      name: 'content-not-background', severity: 'error', comment: 'Content scripts and the background share only the protocol.',
      from: { path: '^lib/content/' }, to: { path: '^lib/(background|db)/' },
    },
    {
      name: 'background-not-content', severity: 'error', from: { path: '^lib/background/' }, to: { path: '^lib/content/' },
    },
    { name: 'not-to-tests', severity: 'error', comment: 'What ships never imports test or bench code.', from: { path: '^(lib|components|entrypoints)/' }, to: { path: '^(tests|bench|scripts)/' } },
    // mdast is @types/mdast: types only, nothing to resolve at run time.
    { name: 'resolvable', severity: 'error', from: {}, to: { couldNotResolve: true, pathNot: '^mdast$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
