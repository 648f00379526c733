// The bench's sections, in the order `npm run bench` runs them: a new section is one line here, and
// test/bench-smoke.test.ts runs every one of them on a tiny input.
type Module = Promise<{ run: () => Promise<void> }>;

export const SECTIONS = {
  scoring: (): Module => import('./scoring.js'),
  batch: (): Module => import('./batch.js'),
  standalone: (): Module => import('./standalone.js'),
  province: (): Module => import('./province.js'),
  hostile: (): Module => import('./hostile.js'),
  'addin-sync': (): Module => import('./addin-sync.js'),
  extension: (): Module => import('./extension.js'),
  taskpane: (): Module => import('./taskpane.js'),
  'responses-766': (): Module => import('./responses-766.js'),
  seal: (): Module => import('./seal.js'),
  watch: (): Module => import('./watch.js'),
  'watch-export': (): Module => import('./watch-export.js'),
  tables: (): Module => import('./tables.js'),
  rankings: (): Module => import('./rankings.js'),
};

export type Section = keyof typeof SECTIONS;
