// Manifest V3. Permissions are the least the features need: `storage` (captures, settings) and `alarms`
// (the reminder; it shows as a badge and a popup banner, so no `notifications`). No `tabs`, `scripting`
// or <all_urls>: the popup reads the active tab's address through the portal host permissions, and the
// content script is declared for the portal hosts only.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { PORTAL_MATCHES } from './src/hosts.js';

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_ext_name__',
  description: '__MSG_ext_description__',
  default_locale: 'vi',
  version: pkg.version,
  permissions: ['storage', 'alarms'],
  host_permissions: [...PORTAL_MATCHES],
  action: {
    default_popup: 'src/popup/index.html',
    default_title: '__MSG_app_title__',
    default_icon: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 48: 'assets/icon-48.png', 128: 'assets/icon-128.png' },
  },
  icons: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 48: 'assets/icon-48.png', 128: 'assets/icon-128.png' },
  background: { service_worker: 'src/background/worker.ts', type: 'module' },
  content_scripts: [{ matches: [...PORTAL_MATCHES], js: ['src/content/capture.ts'], run_at: 'document_idle' }],
  options_page: 'src/history-page/index.html',
  // Only the extension's own bundled scripts run: no remote code, no eval, no plugins, no <base> tricks.
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  },
});
