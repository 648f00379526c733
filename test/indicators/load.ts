// Fixture pages parsed with linkedom, as `thidua capture` parses a saved page.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { CaptureResult } from '../../core/indicators/capture.js';
import { IndicatorSnapshot } from '../../core/indicators/schema.js';

export const FIXTURES = new URL('../fixtures/pages/', import.meta.url);

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadPage(name: string): Document {
  return parsePage(fixtureHtml(name));
}

export const AT = '2025-10-01T08:00:00.000Z';
export { PAGE_766_URL as DVC_766 } from '../../core/indicators/page-766.js';
export const DVC_TINH = 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html';
export const MOTCUA = 'https://motcua.dienbien.gov.vn/bao-cao/theo-doi-chi-tieu-766';
export const HUE = 'https://dichvucong.thuathienhue.gov.vn/thong-ke';

/** The successful capture, each snapshot checked against the schema; throws with the error otherwise. */
export function ok(r: CaptureResult) {
  if (!r.ok) throw new Error(`expected a capture, got: ${r.error.message}`);
  for (const s of r.snapshots) IndicatorSnapshot.parse(s);
  return r;
}

/** The refusal; throws when the capture succeeded. */
export function failed(r: CaptureResult) {
  if (r.ok) throw new Error('expected the clear error, got snapshots');
  return r;
}
