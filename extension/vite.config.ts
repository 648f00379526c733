// `npm run build:extension` → dist-extension/ (the unpacked extension). Vite's root is extension/, so
// manifest paths read "src/…"; core/ is imported from the repository as it is.
import { crx } from '@crxjs/vite-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CATALOGUE, chromeMessageName, LANGUAGES } from './src/i18n.js';
import manifest from './manifest.config.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** `_locales/<lang>/messages.json` from the one catalogue, for the manifest's __MSG_…__ names. */
function localesFromCatalogue(): Plugin {
  return {
    name: 'thidua-locales',
    generateBundle() {
      for (const language of LANGUAGES) {
        const messages = Object.fromEntries(
          Object.entries(CATALOGUE[language]).map(([key, message]) => [chromeMessageName(key), { message }]),
        );
        this.emitFile({ type: 'asset', fileName: `_locales/${language}/messages.json`, source: JSON.stringify(messages, null, 1) });
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [
    react(),
    // The content scripts are self-contained files: no loader chunk, no web_accessible_resources (the observer
    // runs in the page's world, where a loader could not reach chrome.runtime anyway).
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/capture.ts', 'src/content/observer-766.ts'] } }),
    localesFromCatalogue(),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist-extension', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // React in a chunk of its own, so the bundle-size report names what weighs what.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] } } },
  },
});

/* Made for: the unpacked extension built in one command from the one manifest and the one catalogue of wordings, so the locales Chrome reads and the words the pages show cannot drift apart, and the bundle report names React apart from thidua's own code. */
