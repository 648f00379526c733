// Xếp hạng theo nhóm chỉ số (ranking, all groups) as the 766 page receives it (DOMAIN §6, `service-results`):
// `overview` (the country, or the province asked for with rootDepartmentId) with its group scores in `radar[]`, and
// `evaluation[]`, one row per unit {departmentName, departmentCode, totalScore, groupScores {CKMB, TDGQ, CLGQ, TTTT,
// MDHL, MDSH}} — provinces in the national list; a province's communes and provincial agencies, each tagged by the
// response (childGroup COMMUNE / AGENCY, or departmentType / departmentLevel), in its own. No rank field: the rank
// is the order by totalScore within each level's list.
import { definedIndicator } from '../codes.js';
import { GROUPS_766, type Group766 } from '../model-766/index.js';
import type { IndicatorValue } from '../schema.js';
import { LEVEL_GROUP } from '../units.js';
import {
  asOverview, clgqTtttOrder, figure, isObject, known, object, optionalText, pageInfo, points, readWith, score as given, scoreChange, unitHead, unitList,
  type Json, type ResponseType, type ResponseUnit,
} from './shared.js';

/** A group score: a number, or {score, maxScore}. */
function groupScore(v: unknown, path: string): { score: number | null | undefined; max?: number } {
  if (!isObject(v)) return { score: figure(v, path) };
  const max = known(figure(v.maxScore ?? v.totalMaxScore, `${path}.maxScore`));
  return { score: figure(v.score ?? v.totalScore, `${path}.score`), ...(max !== undefined ? { max } : {}) };
}

function scoresOf(r: Json, path: string) {
  const g = isObject(r.groupScores) ? r.groupScores : {};
  return Object.fromEntries(GROUPS_766.map((code) => [code, groupScore(g[code], `${path}.groupScores.${code}`)])) as Record<Group766, { score: number | null | undefined; max?: number }>;
}

/**
 * The radar's codes (the decision's five groups: online services and payment together, 22 points) as thidua's;
 * a code the response makes up is left out, never read as a property of an object.
 */
const RADAR_CODES: ReadonlyMap<string, string> = new Map([
  ['CKMB', 'CKMB'], ['TDGQ', 'TDGQ'], ['ONLINE_SERVICE', 'DVCTT'], ['MDHL', 'MDHL'], ['MDSH', 'MDSH'],
]);

/** The overview's group scores as the `radar[]` gives them, each with its maximum and ratio. */
function radarScores(d: Json): IndicatorValue[] {
  if (!Array.isArray(d.radar)) return [];
  return d.radar.flatMap((r, i) => {
    const path = `data.radar[${i}]`;
    const g = object(r, path);
    const code = RADAR_CODES.get(optionalText(g.code) ?? '');
    if (!code) return [];
    return points(code, definedIndicator(code).label, figure(g.score, `${path}.score`) ?? null, figure(g.maxScore, `${path}.maxScore`), { ratio: figure(g.ratio, `${path}.ratio`) });
  });
}

export const serviceResults: ResponseType = {
  id: 'service-results',
  title: 'Xếp hạng theo nhóm chỉ số (service-results)',
  endpoints: ['service-results'],
  read(data, endpoint) {
    return readWith(this, endpoint, () => {
      const d = object(data, 'data');
      const rows = unitList(d.evaluation, 'data.evaluation').map((r, i) => ({ r: object(r, `data.evaluation[${i}]`), path: `data.evaluation[${i}]` }));
      const all = [...(isObject(d.overview) ? [{ r: d.overview, path: 'data.overview' }] : []), ...rows];
      const scores = all.map(({ r, path }) => ({ path, s: scoresOf(r, path) }));
      const order = clgqTtttOrder(scores.map(({ path, s }) => ({
        path, clgq: known(s.CLGQ.score), tttt: known(s.TTTT.score), clgqMax: s.CLGQ.max, ttttMax: s.TTTT.max,
      })));
      // The national list's rows are provinces, untagged; a province's own list tags its rows (none assumed).
      const national = !isObject(d.overview) || unitHead(d.overview, 'data.overview').level === 'country';
      const units = all.map(({ r, path }, i): ResponseUnit => {
        const s = scores[i]!.s;
        const total = given(r.totalScore, `${path}.totalScore`);
        const overview = path === 'data.overview';
        const indicators: IndicatorValue[] = GROUPS_766.flatMap((code) => {
          const g = s[order.sourceOf(code)];
          return points(code, definedIndicator(code).label, g.score, code === 'CLGQ' ? 12 : code === 'TTTT' ? 10 : g.max);
        });
        if (overview) indicators.push(...radarScores(d).filter((g) => !indicators.some((i) => i.code === g.code)));
        indicators.push(
          ...points('TONG_SCORE', definedIndicator('TONG_SCORE').label, total, figure(r.totalMaxScore, `${path}.totalMaxScore`), { ratio: figure(r.ratio, `${path}.ratio`) }),
          ...scoreChange('TONG_SCORE', figure(r.scoreDelta, `${path}.scoreDelta`)),
        );
        const head = unitHead(r, path);
        const level = head.level ?? (overview || !national ? undefined : 'province');
        const unit: ResponseUnit = { ...head, ...(level ? { level, group: LEVEL_GROUP[level] } : {}), ...(typeof total === 'number' ? { rankScore: total } : {}), indicators, text: JSON.stringify(r) };
        return overview ? asOverview(unit) : unit;
      });
      const page = pageInfo(d);
      return { ok: true, units, ...(page ? { page } : {}), warnings: order.warnings };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/service-results (the national ranking, all groups; with
  rootDepartmentId, one province's communes and provincial agencies)
Responses: test/fixtures/real/portal/service-results-ca-nuoc-2026.json (the national ranking of 2026 as a public
crawler saved it), test/fixtures/real/portal/service-results-an-giang-2026.json (one province's, its rows tagged
childGroup); province lists and hostile variants in scripts/harness/responses-766.ts.
*/
