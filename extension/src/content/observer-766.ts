// Người quan sát phản hồi (response observer) of the 766 page, in the page's own world (MAIN): the page is a
// single-page app whose figures arrive as `POST /api/v1/reporting/evaluation/<endpoint>` responses (DOMAIN §6).
// This script only watches the page's own fetch and XMLHttpRequest calls to those addresses and tells the
// extension's isolated script (content/capture.ts) by window.postMessage when each is sent (numbered in sending
// order, with its body) and when it is answered (with the response text and its status, so a list the portal
// refused is told from one the page never asked) or fails — so a capture knows what is still on its way — and likewise the procedure catalogue's answers (the names of the procedures filtered by). It issues no request, reads nothing else, and runs on that one page only (manifest).
import { MESSAGE_SOURCE } from './observed.js';

/** The evaluation lists, and the procedure catalogue the page searches when the officer filters by a procedure. */
const WATCHED = /^\/api\/v1\/reporting\/(?:evaluation\/[a-z0-9-]+|formalities)\/?$/i;
/** Larger responses are not the 766 lists (a province's 200 units is well under 1 MB). */
const MAX_TEXT = 8_000_000;

function watched(url: string): string | undefined {
  try {
    const u = new URL(url, location.href);
    return u.origin === location.origin && WATCHED.test(u.pathname) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

let sent = 0;

/** Says a request was sent; returns its number (the order of sending). */
function announce(url: string, request: string | undefined): number {
  const seq = ++sent;
  window.postMessage({ source: MESSAGE_SOURCE, kind: 'sent', seq, url, request: (request?.length ?? 0) > MAX_TEXT ? undefined : request }, location.origin);
  return seq;
}

/** Hands the answer over, or says the request ended without one (failed, or too large to be a 766 list). */
function hand(seq: number, url: string, request: string | undefined, response: string | undefined, status: number): void {
  if (response === undefined || response.length > MAX_TEXT || (request?.length ?? 0) > MAX_TEXT) {
    window.postMessage({ source: MESSAGE_SOURCE, kind: 'failed', seq, url }, location.origin);
    return;
  }
  window.postMessage({ source: MESSAGE_SOURCE, kind: 'answered', seq, url, request, response, status }, location.origin);
}

const pageFetch = window.fetch;
window.fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const answer = pageFetch.call(window, input, init);
  const url = watched(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  if (url) {
    const request = typeof init?.body === 'string' ? Promise.resolve(init.body) : input instanceof Request ? input.clone().text() : Promise.resolve(undefined);
    // The copy is taken before the page reads the body (a read body cannot be cloned).
    const text = answer.then((r) => r.clone().text().then((t) => ({ t, status: r.status })));
    void request.then((body) => {
      const seq = announce(url, body);
      return text.then(({ t, status }) => hand(seq, url, body, t, status), () => hand(seq, url, body, undefined, 0));
    }).catch(() => undefined);
  }
  return answer;
};

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
const addresses = new WeakMap<XMLHttpRequest, string>();
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
  const url = watched(String(args[1]));
  if (url) addresses.set(this, url);
  return (open as (...a: unknown[]) => void).apply(this, args);
} as typeof XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
  const url = addresses.get(this);
  if (url) {
    const request = typeof body === 'string' ? body : undefined;
    const seq = announce(url, request);
    this.addEventListener('loadend', () => {
      const text = this.status === 0 ? undefined : this.responseType === '' || this.responseType === 'text' ? this.responseText : this.responseType === 'json' ? JSON.stringify(this.response) : undefined;
      hand(seq, url, request, text, this.status);
    });
  }
  return send.call(this, body);
};

/* Made for: the 766 page, a single-page app whose figures come as API responses: its own fetch and XMLHttpRequest calls watched from the first request, and passed to the capture script. */
