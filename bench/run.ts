// `npm run bench`: runs each benchmark section in turn. Add a section: one line in SECTIONS.
export {};
const SECTIONS = ['./scoring.ts', './batch.ts', './province.ts', './hostile.ts', './addin-sync.ts', './extension.ts', './taskpane.ts', './responses-766.ts'];

for (const section of SECTIONS) {
  const { run } = (await import(section)) as { run: () => Promise<void> };
  await run();
}
