// Inside Excel or not? Office.js is fetched from Microsoft's CDN only when the page shows signs of
// being an Office task pane, so the standalone page (a plain browser tab, offline or with the CDN
// blocked) never waits for Microsoft. Inside Office a missing or slow Office.js, or an Office.onReady
// that reports no Excel host, still ends in the standalone page after a bounded wait.
export type Host = 'excel' | 'standalone';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOAD_TIMEOUT_MS = 8_000;
const READY_TIMEOUT_MS = 4_000;

/** What the page can see of its surroundings, given so the rule can be tested without a browser. */
export type Surroundings = { search: string; hash: string; framed: boolean; storedHostInfo: boolean; webview2: boolean; officeMac: boolean };

/**
 * Office opens a task pane with `_host_Info=Excel$Win32$…` in its address (desktop), inside an iframe
 * (Excel on the web), in WebView2 (Windows) or in a WKWebView with Office's «Agave» bridge (Mac);
 * Office.js keeps the host info in sessionStorage when the pane navigates. None of these hold in a
 * browser tab opened by the officer.
 */
export function looksLikeOffice(s: Surroundings): boolean {
  return /[?&#]_host_Info=/i.test(`${s.search}${s.hash}`) || s.framed || s.storedHostInfo || s.webview2 || s.officeMac;
}

function surroundings(): Surroundings {
  let framed = true;
  try {
    framed = window.top !== window.self;
  } catch {
    // A cross-origin parent denies access to window.top: framed.
  }
  let storedHostInfo = false;
  try {
    storedHostInfo = !!sessionStorage.getItem('hostInfoValue');
  } catch {
    // Storage refused (file://, strict privacy settings): nothing stored.
  }
  const w = window as unknown as { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: { Agave?: unknown } } };
  return { search: location.search, hash: location.hash, framed, storedHostInfo, webview2: !!w.chrome?.webview, officeMac: !!w.webkit?.messageHandlers?.Agave };
}

/** Adds Office.js's script tag; resolves true when it ran, false when it failed or took too long. */
function loadOfficeJs(): Promise<boolean> {
  return new Promise((done) => {
    const script = document.createElement('script');
    script.src = OFFICE_JS;
    const timer = setTimeout(() => done(false), LOAD_TIMEOUT_MS);
    script.onload = () => (clearTimeout(timer), done(true));
    script.onerror = () => (clearTimeout(timer), done(false));
    document.head.append(script);
  });
}

export async function detectHost(): Promise<Host> {
  if (!looksLikeOffice(surroundings())) return 'standalone';
  if (!(await loadOfficeJs()) || typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'standalone';
  const info = await Promise.race([
    Office.onReady().catch(() => null),
    new Promise<null>((r) => setTimeout(() => r(null), READY_TIMEOUT_MS)),
  ]);
  return info?.host === Office.HostType.Excel ? 'excel' : 'standalone';
}

/* Made for: the standalone page never waiting for Microsoft: Office.js fetched only when the page looks like an Office task pane, a missing or slow one said in Vietnamese. */
