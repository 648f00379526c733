// Content script on the portal pages. It only listens: nothing is read until the popup asks, and then
// the page adapters of core/indicators run on this document.
import '../../../core/zod-jitless.js';
import { capturePage, listTables } from '../../../core/indicators/index.js';
import { ContentRequest } from '../messages.js';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return;
  const request = ContentRequest.safeParse(message);
  if (!request.success) return;
  const r = request.data;
  if (r.type === 'thidua/capture') {
    sendResponse(
      capturePage(document, location.href, {
        capturedAt: r.capturedAt,
        ...(r.commune ? { commune: r.commune } : {}),
        ...(r.mapping ? { mapping: r.mapping } : {}),
      }),
    );
  } else {
    sendResponse(listTables(document));
  }
});
