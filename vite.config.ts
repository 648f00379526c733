// Builds the Excel task pane (excel-addin/taskpane.html) into dist/: static files any https host can
// serve from any path (base './'). `vite` / `vite preview` serve it on https://localhost:3000 with
// the Office dev certificates (plain http with THIDUA_HTTP=1). The icons and the example workbooks are
// copied as they are, and dist/thidua-doc-lap.html is the same page as one file that opens from disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { DEV_PORT } from './excel-addin/environment.js';
import { devHttpsOptions } from './scripts/dev-certs.js';
import { cspWithInlineHashes, STANDALONE_PAGE, standaloneInputs, standalonePage } from './scripts/standalone-page.js';

const root = import.meta.dirname;
const examplesDir = resolve(root, 'examples');
const assetsDir = resolve(root, 'excel-addin/assets');

function exampleWorkbooks(): string[] {
  return existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.toLowerCase().endsWith('.xlsx')).sort() : [];
}

/** examples/*.xlsx (and examples/index.json listing them) beside the page; the icons under assets/. */
function addinFiles(): Plugin {
  const serve: Plugin['configureServer'] = (server) => {
    server.middlewares.use((req, res, next) => {
      const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^.*\/examples\//, 'examples/');
      if (!path.startsWith('examples/')) return next();
      const name = path.slice('examples/'.length);
      if (name === 'index.json') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify(exampleWorkbooks()));
      }
      if (!exampleWorkbooks().includes(name)) return next();
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.end(readFileSync(resolve(examplesDir, name)));
    });
  };
  return {
    name: 'thidua-addin-files',
    configureServer: serve,
    configurePreviewServer: serve as Plugin['configurePreviewServer'],
    generateBundle() {
      for (const f of readdirSync(assetsDir).filter((x) => x.endsWith('.png'))) {
        this.emitFile({ type: 'asset', fileName: `assets/${f}`, source: readFileSync(resolve(assetsDir, f)) });
      }
      const examples = exampleWorkbooks();
      for (const f of examples) this.emitFile({ type: 'asset', fileName: `examples/${f}`, source: readFileSync(resolve(examplesDir, f)) });
      this.emitFile({ type: 'asset', fileName: 'examples/index.json', source: JSON.stringify(examples) });
    },
  };
}

/** The page's inline script allowed by hash in its CSP; the one-file standalone page built beside it. */
function standaloneFiles(): Plugin {
  return {
    name: 'thidua-standalone-page',
    transformIndexHtml: { order: 'post', handler: (html) => cspWithInlineHashes(html) },
    async generateBundle() {
      if (this.meta.watchMode) return;
      this.emitFile({ type: 'asset', fileName: STANDALONE_PAGE, source: await standalonePage({ root, ...standaloneInputs(root, exampleWorkbooks()) }) });
    },
  };
}

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const https = command === 'serve' && !process.env.THIDUA_HTTP ? await devHttpsOptions() : undefined;
  return {
    root: resolve(root, 'excel-addin'),
    base: './',
    publicDir: false,
    plugins: [react(), addinFiles(), standaloneFiles()],
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: { taskpane: resolve(root, 'excel-addin/taskpane.html') },
        // zod and the line that makes it jitless share one chunk, so the setting is in force before any
        // chunk builds a schema (zod probes eval when an object schema is built; the page's CSP forbids it).
        output: { manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]core[\\/]zod-jitless\.ts$/.test(id) ? 'zod' : undefined) },
      },
    },
    server: { port: DEV_PORT, strictPort: true, ...(https ? { https } : {}) },
    preview: { port: DEV_PORT, strictPort: true, ...(https ? { https } : {}) },
  };
});
