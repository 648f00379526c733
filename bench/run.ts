// `npm run bench`: runs each benchmark section in turn (`npm run bench -- batch taskpane` runs only those).
// Add a section: one line in SECTIONS.
export {};
const SECTIONS = ['./scoring.ts', './batch.ts', './standalone.ts', './province.ts', './hostile.ts', './addin-sync.ts', './extension.ts', './taskpane.ts', './responses-766.ts', './seal.ts', './watch.ts', './tables.ts'];

const only = process.argv.slice(2);
for (const section of SECTIONS.filter((s) => only.length === 0 || only.some((o) => s === `./${o}.ts`))) {
  const { run } = (await import(section)) as { run: () => Promise<void> };
  await run();
}
