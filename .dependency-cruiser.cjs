// The house's layering, checked by `npm test` (test/layers.test.ts runs dependency-cruiser on the tree).
// core/ is pure and layered one way: a file may import its own layer and the ones BELOW it, never above.
// A file's layer is the first that matches its path; docs/ARCHITECTURE.md lists the same layers, in the same order
// (test/architecture-doc.test.ts compares them, file by file of core/).
const CORE_LAYERS = [
  ['ground: text, values, cells, schema messages, safe text, grouping, JSON in pieces, texts remembered', '^core/(text|values|cell|zod-jitless|schema-messages|safe-text|grouped|json-pieces|remembered)\\.ts$'],
  ['sheet vocabulary: grids, edits, print layout, row heights', '^core/sheet/'],
  ['reports and portal pages', '^core/(report|indicators)/'],
  ['the province watch: captures by day, digest, brief, clusters', '^core/watch/'],
  ['criteria sets: schema, built-in sets, loading', '^core/criteria/(?!sheet/|rules/)'],
  ['rule kinds (cách tính): how each scores a value and how the criteria sheet words it', '^core/criteria/rules/'],
  ['criteria sheets: a set read from a sheet and written to one', '^core/criteria/sheet/'],
  ['flags and council decisions', '^core/(flags|council)/'],
  ['scoring', '^core/scoring/'],
  ['checks and ranking', '^core/(checks|ranking)/'],
  ['workbook planners', '^core/workbook/'],
  ['the run', '^core/run/'],
  ['papers drafted from a closed run', '^core/papers/'],
];
const FACES = ['cli', 'excel-addin', 'extension'];
// The add-in's two faces: the task pane (excel-addin/taskpane/) and the standalone page (excel-addin/page/), apart;
// what both draw is excel-addin/shared/, which imports neither. The page is the pane's tabs drawn in a plain
// browser with its own panels in their slots: its entry alone (standalone-file.tsx) draws the pane.
const ADDIN_APART = [
  ['page-imports-no-taskpane', "the standalone page never imports the task pane: what both draw is in excel-addin/shared/ (only the page's entry draws the pane)",
    { path: '^excel-addin/page/', pathNot: '^excel-addin/page/standalone-file\\.tsx$' }, '^excel-addin/taskpane/'],
  ['taskpane-imports-no-page', 'the task pane never imports the standalone page: the page hands its panels to the pane as slots',
    { path: '^excel-addin/taskpane/' }, '^excel-addin/page/'],
  ['shared-imports-no-face', 'excel-addin/shared/ is drawn by the task pane and the standalone page: it imports neither',
    { path: '^excel-addin/shared/' }, '^excel-addin/(taskpane|page)/'],
];

const either = (paths) => paths.join('|');
const layerRules = CORE_LAYERS.slice(0, -1).map(([name], i) => ({
  name: `core-layer-${i + 1}-imports-up`,
  comment: `«${name}» imports only its own layer and the ones below it`,
  severity: 'error',
  from: { path: CORE_LAYERS[i][1], pathNot: either(CORE_LAYERS.slice(0, i).map(([, p]) => p)) || undefined },
  to: { path: either(CORE_LAYERS.slice(i + 1).map(([, p]) => p)), pathNot: either(CORE_LAYERS.slice(0, i + 1).map(([, p]) => p)) },
}));

const config = {
  forbidden: [
    { name: 'no-circles', comment: 'no import circles anywhere', severity: 'error', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'core-imports-only-zod',
      comment: 'core/ runs unchanged everywhere: no npm package but zod, no Node built-in',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypesNot: ['local', 'type-only'], pathNot: '(^|/)node_modules/zod/' },
    },
    {
      name: 'core-imports-only-core',
      comment: 'core/ never imports adapters, faces, scripts or tests',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(adapters|cli|excel-addin|extension|bench|scripts|test|examples)/' },
    },
    ...FACES.map((face) => ({
      name: `${face}-imports-no-other-face`,
      comment: 'a face imports core/ and adapters/, never another face',
      severity: 'error',
      from: { path: `^${face}/` },
      to: { path: `^(${FACES.filter((f) => f !== face).join('|')})/` },
    })),
    ...ADDIN_APART.map(([name, comment, from, to]) => ({ name, comment, severity: 'error', from, to: { path: to } })),
    {
      name: 'extension-no-folder-circles',
      comment: "the extension's folders import one another one way: no folder imports one that imports it back, directly or round a loop",
      severity: 'error',
      scope: 'folder',
      from: { path: '^extension/' },
      to: { circular: true },
    },
    {
      name: 'adapters-import-no-face',
      comment: 'adapters/ are shared by every face: they never import one (nor bench, scripts, tests)',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: `^(${FACES.join('|')}|bench|scripts|test|examples)/` },
    },
    {
      name: 'ooxml-reading-imports-no-writer',
      comment: 'reading a package never needs the writer: only the port over both (workbook.ts) imports adapters/ooxml/write/',
      severity: 'error',
      from: { path: '^adapters/ooxml/[^/]+\\.ts$', pathNot: '^adapters/ooxml/workbook\\.ts$' },
      to: { path: '^adapters/ooxml/write/' },
    },
    {
      name: 'bench-imports-no-test',
      comment: 'bench/ measures the product with shared harnesses (scripts/harness/), never with test/ files',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // bench/.tmp: what the bench builds and writes while it runs.
    exclude: { path: '^(dist|dist-cli|node_modules|bench/\\.tmp)/' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
// dependency-cruiser refuses keys it does not know: the layers ride along unlisted, for the architecture doc's test.
module.exports = Object.defineProperty(config, 'CORE_LAYERS', { value: CORE_LAYERS });

// Made for: one screen that says how the code may import, so a layering slip fails `npm test` instead of
// waiting for a reader to notice.
