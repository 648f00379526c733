// dist/thidua-doc-lap.html: the standalone page as one file an officer can open from disk (file://),
// where browsers refuse module scripts and fetches. One classic script holds the whole pane (React,
// Fluent UI, ExcelJS, the example workbooks, and the scoring worker's code as text); its Content-Security-
// Policy allows that script by hash and the worker from a blob: address, nothing else — no network at all. Built by `vite build` (vite.config.ts) beside taskpane.html.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const STANDALONE_PAGE = 'thidua-doc-lap.html';

/** The CSP hash source of an inline script's text, as browsers compute it. */
const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Adds the hash of every inline classic script of the page to its CSP's script-src. */
export function cspWithInlineHashes(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => scriptHash(m[1]!));
  if (hashes.length === 0) return html;
  return html.replace(/(http-equiv="Content-Security-Policy"\s+content="[^"]*?script-src[^;"]*)/, `$1 ${hashes.join(' ')}`);
}

/**
 * A script's text made safe inside <script>…</script>: `</script` and `<!--` cannot end or confuse it. Minified code
 * holds either only in a string, template or regular expression (the Word writer's XML comments), where `<\/` and
 * `\x3C` read as the same characters.
 */
function inlineSafe(js: string): string {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '\\x3C!--');
}

/** One entry bundled as a classic script for the page (minified, no module syntax: file:// refuses modules). */
async function classicScript(entry: string, define: Record<string, string>): Promise<string> {
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
  });
  return bundled.outputFiles[0]!.text;
}

export async function standalonePage(opts: { root: string; examples: Record<string, Uint8Array>; icon: Uint8Array }): Promise<string> {
  // The scoring thread (excel-addin/page/run-worker.ts) travels in the page as text, started from a Blob URL.
  const worker = await classicScript(resolve(opts.root, 'excel-addin/page/run-worker.ts'), {});
  const page = await classicScript(resolve(opts.root, 'excel-addin/page/standalone-file.tsx'), {
    THIDUA_RUN_WORKER: JSON.stringify(worker),
    THIDUA_EXAMPLES: JSON.stringify(Object.fromEntries(Object.entries(opts.examples).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]))),
  });
  const js = inlineSafe(page);
  const icon = `data:image/png;base64,${Buffer.from(opts.icon).toString('base64')}`;
  const html = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; object-src 'none'; base-uri 'none'; form-action 'none'" />
    <title>Thi đua chuyển đổi số</title>
    <link rel="icon" type="image/png" href="${icon}" />
  </head>
  <body style="margin: 0; font-family: 'Segoe UI', system-ui, sans-serif">
    <noscript><p style="padding: 12px 16px">Trang cần JavaScript: hãy bật JavaScript cho trang này trong cài đặt của trình duyệt rồi tải lại trang.</p></noscript>
    <div id="root"></div>
    <script>${js}</script>
  </body>
</html>
`;
  return cspWithInlineHashes(html);
}

/** The example workbooks (examples/*.xlsx) and the icon, read for the build. */
export function standaloneInputs(root: string, exampleNames: string[]): { examples: Record<string, Uint8Array>; icon: Uint8Array } {
  return {
    examples: Object.fromEntries(exampleNames.map((n) => [n, readFileSync(resolve(root, 'examples', n))])),
    icon: readFileSync(resolve(root, 'excel-addin/assets/icon-32.png')),
  };
}
