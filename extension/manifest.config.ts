// Manifest V3. Permissions are the least the features need: `storage` (captures, settings), `unlimitedStorage` (a
// year of daily captures of a 200-unit province with every group takes about 80 MB kept one key a data day —
// `npm run bench -- watch` measures it — eight times chrome.storage.local's 10 MB quota; it also keeps the browser
// from clearing the captures when the disk runs low; installing it shows the officer no warning), `alarms` (the
// reminder; it shows as a badge and a popup banner, so no `notifications`), `activeTab` + `scripting` (the officer's
// click on the icon grants the tab clicked on: the popup reads its address and the capture script enters it then,
// on any portal). One host permission, the 766 page, where the declared scripts run from the page's first request:
// the observer of the page's own API responses (MAIN world) and the script that keeps them (isolated world). No
// `tabs`, no <all_urls>, no other host.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { PAGE_766_MATCHES } from './src/hosts.js';

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_ext_name__',
  description: '__MSG_ext_description__',
  default_locale: 'vi',
  version: pkg.version,
  permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting'],
  host_permissions: [...PAGE_766_MATCHES],
  action: {
    default_popup: 'src/popup/index.html',
    default_title: '__MSG_app_title__',
    default_icon: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 48: 'assets/icon-48.png', 128: 'assets/icon-128.png' },
  },
  icons: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 48: 'assets/icon-48.png', 128: 'assets/icon-128.png' },
  background: { service_worker: 'src/background/worker.ts', type: 'module' },
  content_scripts: [
    { matches: [...PAGE_766_MATCHES], js: ['src/content/observer-766.ts'], run_at: 'document_start', world: 'MAIN' },
    { matches: [...PAGE_766_MATCHES], js: ['src/content/capture.ts'], run_at: 'document_start' },
  ],
  options_page: 'src/history-page/index.html',
  // Only the extension's own bundled scripts run: no remote code, no eval, no plugins, no <base> tricks.
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  },
});

/* Made for: the extension's permissions written in one place, each with the feature that needs it, so an officer (or a store reviewer) reads why each is asked and nothing wider slips in. */
