// The capture script. The popup injects it into the portal tab when the officer clicks `Ghi nhận chỉ số`
// (activeTab + scripting); only on the 766 page is it declared, to collect what observer-766.ts sees of the
// page's own API responses from the start. Nothing is read or sent until the popup asks, and then the
// page adapters of core/indicators run on this document (on the 766 page, on the responses first). On the 766 page
// the popup may also have it send the lists the page itself asks for (core/indicators/gather-766.ts), from the page:
// same origin, one at a time, kept with the page's own answers.
import '../../../core/zod-jitless.js';
import { planGather } from '../../../core/indicators/gather-766.js';
import { capturePage, captureView, endpointOf, listTables, SavedResponses, viewGroups, type PendingRequest, type RefusedList, type SeenResponse } from '../../../core/indicators/index.js';
import { parseJsonText } from '../../../core/indicators/json-text.js';
import { isPage766 } from '../hosts.js';
import { ContentRequest, type CaptureAnswer, type GatherAnswer, type Waiting } from '../messages.js';
import { MESSAGE_SOURCE } from './observed.js';

declare global {
  // Set once per page: the script may be both declared (766 page) and injected on a click.
  var thiduaCaptureInstalled: true | undefined;
}

/**
 * The responses kept, newest last (the page may load many periods and provinces in one visit): at most KEEP of
 * them and KEEP_CHARS of response text, the oldest dropped first.
 */
const KEEP = 60;
const KEEP_CHARS = 20_000_000;
const seen: SeenResponse[] = [];
const sizes: number[] = [];
/** Requests the page sent and has not had answered, by their number. */
const pending = new Map<number, PendingRequest>();
/**
 * The lists the portal answered with an error, the page's own requests or the click's, newest last (at most KEEP),
 * each with the request refused: said as refused by the portal, as a HAR of the same page says them, not as lists
 * the page never loaded — and only in a capture of the view (period, province) that request asked for.
 */
const refused: RefusedList[] = [];

function refusal(url: string, status: number, request: unknown): void {
  const endpoint = endpointOf(url);
  if (!endpoint) return;
  refused.push({ endpoint, status, ...(request !== undefined ? { request } : {}) });
  if (refused.length > KEEP) refused.shift();
}

/** A response or request body; one nested past the bound or unreadable is not kept. */
function parse(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  const parsed = parseJsonText(text, 'phản hồi');
  return parsed.ok ? parsed.value : undefined;
}

function collect(event: MessageEvent): void {
  // Only the page itself, on the 766 address, speaking the observer's format.
  if (event.source !== window || event.origin !== location.origin || !isPage766(location.href)) return;
  const data = event.data as { source?: unknown; kind?: unknown; seq?: unknown; url?: unknown; request?: unknown; response?: unknown; status?: unknown } | null;
  if (data?.source !== MESSAGE_SOURCE || typeof data.url !== 'string' || typeof data.seq !== 'number') return;
  const request = parse(data.request);
  if (data.kind === 'sent') {
    pending.set(data.seq, { url: data.url, seq: data.seq, ...(request !== undefined ? { request } : {}) });
    return;
  }
  pending.delete(data.seq);
  if (data.kind !== 'answered' || typeof data.response !== 'string') return;
  if (typeof data.status === 'number' && data.status >= 400) return refusal(data.url, data.status, request);
  keep(data.url, data.seq, request, data.response);
}

/** An answer kept, newest last; false when it is not JSON. */
function keep(url: string, seq: number, request: unknown, text: string): boolean {
  const body = parse(text);
  if (body === undefined) return false;
  seen.push({ url, seq, ...(request !== undefined ? { request } : {}), body });
  sizes.push(text.length);
  let total = sizes.reduce((a, b) => a + b, 0);
  while (seen.length > 1 && (seen.length > KEEP || total > KEEP_CHARS)) {
    seen.shift();
    total -= sizes.shift()!;
  }
  return true;
}

/**
 * One list of the plan sent from the page (its origin, its cookies, as the page sends it) and its answer kept, numbered
 * after everything the page sent so it belongs to the view the page shows. Only the 766 page's evaluation lists.
 */
async function send(url: string, body: Record<string, unknown>): Promise<GatherAnswer> {
  if (!isPage766(location.href) || new URL(url).origin !== location.origin || !endpointOf(url)) return { ok: false };
  const seq = Math.max(0, ...seen.map((s) => s.seq ?? 0), ...pending.keys()) + 1;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
    if (!response.ok) {
      refusal(url, response.status, body);
      return { ok: false, status: response.status };
    }
    return keep(url, seq, body, await response.text()) ? { ok: true } : { ok: false, status: response.status };
  } catch {
    return { ok: false };
  }
}

function install(): void {
  window.addEventListener('message', collect);
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return;
    const request = ContentRequest.safeParse(message);
    if (!request.success) return;
    const r = request.data;
    if (r.type === 'thidua/capture') {
      const opts = { capturedAt: r.capturedAt, ...(r.commune ? { commune: r.commune } : {}), ...(r.mapping ? { mapping: r.mapping } : {}) };
      const fromView = !r.mapping && isPage766(location.href);
      const waitingOn = [...pending.values()];
      // The groups of the page's own view still on their way: named for the popup to wait on, nothing captured yet.
      const waiting = fromView && r.wait ? viewGroups(seen, waitingOn)?.waiting ?? [] : [];
      if (waiting.length > 0) sendResponse({ waiting } satisfies Waiting);
      else if (!fromView) sendResponse(capturePage(document, location.href, opts));
      // The reader keeps what the page showed filtered by a procedure apart from the units' own figures.
      else sendResponse(captureView(document, location.href, seen, { ...opts, pending: waitingOn, refused }) satisfies CaptureAnswer);
    } else if (r.type === 'thidua/gather-plan') {
      // What this click already sent counts as asked (a refused list is not asked again in the same click).
      const tried = (r.tried ?? []).map((x) => ({ url: x.url, request: x.body }));
      sendResponse(planGather([...tried, ...[...seen, ...pending.values()].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))], r.max));
    } else if (r.type === 'thidua/gather-send') {
      void send(r.url, r.body).then(sendResponse);
      // The answer comes after the portal's: the channel stays open.
      return true;
    } else if (r.type === 'thidua/responses') {
      sendResponse(SavedResponses.parse({ format: 'thidua-766-responses', version: 1, pageUrl: location.href, responses: seen, refused }));
    } else {
      sendResponse(listTables(document));
    }
  });
}

if (!globalThis.thiduaCaptureInstalled) {
  globalThis.thiduaCaptureInstalled = true;
  install();
}

/* Made for: the one-click capture: core/indicators' page adapters run on the portal tab's own document (and on the 766 page's observed responses) when the popup asks, nothing read before. */
