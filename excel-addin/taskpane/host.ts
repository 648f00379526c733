// Inside Excel or not? Office.js comes from Microsoft's CDN by a plain script tag; outside Office
// (or offline) it is missing, or Office.onReady reports no host. Either way the pane runs standalone.
export type Host = 'excel' | 'standalone';

const READY_TIMEOUT_MS = 4_000;

export async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'standalone';
  const info = await Promise.race([
    Office.onReady().catch(() => null),
    new Promise<null>((r) => setTimeout(() => r(null), READY_TIMEOUT_MS)),
  ]);
  return info?.host === Office.HostType.Excel ? 'excel' : 'standalone';
}
