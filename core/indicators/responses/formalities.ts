// Thủ tục hành chính (procedures) on the 766 page: the officer filters the page by one procedure and the page asks
// the same six endpoints again with the procedure in the request — `formalityId` (`formalityID` for dossier-digitized)
// — and the answer has the same shape, with that procedure's figures only (the response does not repeat which
// procedure). The procedure's code and name come from the catalogue the page searches,
// `POST /api/v1/reporting/formalities` {q, currentPage, pageSize} → data.items[] {id, code, name, state, departmentId,
// publishingDepartmentIds, appliedDepartmentIds} with data.pagination. Read here: which procedure a request is
// filtered by, and the catalogue's names.
import { z } from 'zod';
import { array, isObject, object, pageInfo, readWith, type ResponseType } from './shared.js';

/** The catalogue's address (the page's search for a procedure by code or words). */
const CATALOGUE = /^https?:\/\/(?:www\.)?dichvucong\.gov\.vn\/api\/v1\/reporting\/formalities\/?(?:[?#]|$)/i;

export function isProcedureCatalogue(url: string): boolean {
  return CATALOGUE.test(url.trim());
}

/** The procedure a request of the evaluation endpoints is filtered by, as the page names the field per endpoint. */
export function procedureOf(request: unknown): string | undefined {
  if (!isObject(request)) return undefined;
  const id = request.formalityId ?? request.formalityID;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

/** A procedure as the catalogue gives it: its id (what requests carry), its code (Mã TTHC) and name. */
export const Procedure = z.object({ id: z.string().min(1), code: z.string().optional(), name: z.string().optional() });
export type Procedure = z.infer<typeof Procedure>;

const CatalogueItem = z.object({ id: z.string().min(1), code: z.string().optional(), name: z.string().optional() });
const CatalogueBody = z.object({ code: z.unknown().optional(), data: z.object({ items: z.array(z.unknown()) }) });

/**
 * The procedures a catalogue answer names (items that are not {id, code, name} are skipped, the others kept);
 * undefined when the body is not the catalogue's shape.
 */
export function readProcedureCatalogue(body: unknown): Procedure[] | undefined {
  const parsed = CatalogueBody.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.data.items.flatMap((item) => {
    const p = CatalogueItem.safeParse(item);
    if (!p.success) return [];
    const { id, code, name } = p.data;
    return [{ id, ...(code?.trim() ? { code: code.trim() } : {}), ...(name?.trim() ? { name: name.trim() } : {}) }];
  });
}

/**
 * The catalogue among the response types: it names procedures, no unit — its answer reads as no unit and its page
 * (data.pagination); the names are readProcedureCatalogue's. Its address is not under /evaluation/, so a capture of
 * the page's figures never takes it for a list of units.
 */
export const formalities: ResponseType = {
  id: 'formalities',
  title: 'Danh mục thủ tục hành chính (tên, mã của thủ tục khi lọc trang theo thủ tục)',
  endpoints: ['formalities'],
  read(data, endpoint) {
    return readWith(this, endpoint, () => {
      const d = object(data, 'data');
      array(d.items, 'data.items');
      const page = pageInfo(d);
      return { ok: true, units: [], ...(page ? { page } : {}), warnings: [] };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/formalities (the catalogue: {q, currentPage, pageSize})
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/<endpoint> with formalityId (formalityID for
  dossier-digitized): the six groups' figures of one procedure, read by the other response types
Responses: a public tracker's saved responses of Phú Thọ (2026): test/fixtures/real/watch/formalities-page-last.json
(the catalogue's last page), test/fixtures/real/watch/dvc-progress-tree-month-formality.json and
test/fixtures/real/watch/dvc-progress-tree-month-all.json (the progress tree with and without formalityId).
Issue 39 item 4 (the per-procedure drill-down).
*/
