// The older 766 pages' ranking (DOMAIN §6): `POST /jsp/rest.jsp` (service report_tinh_766_service), rows
// {TEN, MA_COQUAN, LOAI_COQUAN "2" department / "3" commune, CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH, TONG_SCORE} as
// strings. Which of CLGQ/TTTT is payment is decided by the figures' maxima (shared.ts clgqTtttOrder).
import { definedIndicator } from '../codes.js';
import { GROUPS_766 } from '../model-766/index.js';
import { LEVEL_GROUP, type UnitLevel } from '../units.js';
import { clgqTtttOrder, figure, known, object, optionalText, points, readWith, text, unitList, type ResponseType, type ResponseUnit } from './shared.js';

const GROUPS = [...GROUPS_766, 'TONG_SCORE'] as const;
/** LOAI_COQUAN: 2 a provincial department, 3 a commune (a Map: the response's own strings are never object keys). */
const KINDS: ReadonlyMap<string, UnitLevel> = new Map([['2', 'provincial-agency'], ['3', 'commune']]);

/** The rows: the body itself, or the first list under data / rows / result. */
function rowsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return unitList(data, 'phản hồi');
  const d = object(data, 'phản hồi');
  for (const key of ['data', 'rows', 'result', 'items']) if (Array.isArray(d[key])) return unitList(d[key], `phản hồi.${key}`);
  return unitList(undefined, 'phản hồi.data[]');
}

export const restJsp766: ResponseType = {
  id: 'rest-jsp-766',
  title: 'Bảng xếp hạng 766 của trang cũ (rest.jsp)',
  endpoints: ['rest.jsp'],
  read(data, endpoint) {
    return readWith(this, endpoint, () => {
      const rows = rowsOf(data).map((r, i) => ({ r: object(r, `[${i}]`), path: `[${i}]` }));
      const figures = rows.map(({ r, path }) => Object.fromEntries(GROUPS.map((g) => [g, figure(r[g], `${path}.${g}`)])) as Record<(typeof GROUPS)[number], number | null | undefined>);
      const order = clgqTtttOrder(figures.map((f, i) => ({ path: rows[i]!.path, clgq: known(f.CLGQ), tttt: known(f.TTTT) })));
      const units = rows.map(({ r, path }, i): ResponseUnit => {
        const f = figures[i]!;
        const name = text(r.TEN, `${path}.TEN`);
        const code = optionalText(r.MA_COQUAN);
        const level = KINDS.get(String(r.LOAI_COQUAN));
        const indicators = GROUPS.flatMap((g) => {
          return points(g, definedIndicator(g).label, f[order.sourceOf(g)], undefined);
        });
        return {
          ...(code ? { id: code, code } : {}),
          name,
          ...(level ? { level, group: LEVEL_GROUP[level] } : {}),
          ...(typeof f.TONG_SCORE === 'number' ? { rankScore: f.TONG_SCORE } : {}),
          indicators,
          text: JSON.stringify(r),
        };
      });
      return { ok: true, units, warnings: order.warnings };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/jsp/rest.jsp (form field params, service report_tinh_766_service), as loaded by
  https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html and its siblings
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
