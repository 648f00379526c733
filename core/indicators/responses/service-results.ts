// Bảng xếp hạng toàn quốc (national ranking) as the 766 page receives it (DOMAIN §6, `service-results`): `overview`
// (Cả nước) and `evaluation[]`, one row per province {departmentName, departmentCode, totalScore, groupScores
// {CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH}}. No rank field: the rank is the order by totalScore.
import { definedIndicator } from '../codes.js';
import { GROUPS_766, type Group766 } from '../groups-766.js';
import type { IndicatorValue } from '../schema.js';
import {
  array, asOverview, clgqTtttOrder, figure, isObject, known, object, pageInfo, points, readWith, scoreChange, unitHead,
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

export const serviceResults: ResponseType = {
  id: 'service-results',
  title: 'Xếp hạng toàn quốc theo nhóm chỉ số (service-results)',
  endpoints: ['service-results'],
  read(data, endpoint) {
    return readWith(this, endpoint, () => {
      const d = object(data, 'data');
      const rows = array(d.evaluation, 'data.evaluation').map((r, i) => ({ r: object(r, `data.evaluation[${i}]`), path: `data.evaluation[${i}]` }));
      const all = [...(isObject(d.overview) ? [{ r: d.overview, path: 'data.overview' }] : []), ...rows];
      const scores = all.map(({ r, path }) => ({ path, s: scoresOf(r, path) }));
      const order = clgqTtttOrder(scores.map(({ path, s }) => ({
        path, clgq: known(s.CLGQ.score), tttt: known(s.TTTT.score), clgqMax: s.CLGQ.max, ttttMax: s.TTTT.max,
      })));
      const units = all.map(({ r, path }, i): ResponseUnit => {
        const s = scores[i]!.s;
        const total = figure(r.totalScore, `${path}.totalScore`);
        const indicators: IndicatorValue[] = GROUPS_766.flatMap((code) => {
          const g = s[order.sourceOf(code)];
          return points(code, definedIndicator(code).label, g.score, code === 'CLGQ' ? 12 : code === 'TTTT' ? 10 : g.max);
        });
        indicators.push(
          ...points('TONG_SCORE', definedIndicator('TONG_SCORE').label, total === undefined ? null : total, figure(r.totalMaxScore, `${path}.totalMaxScore`), { ratio: figure(r.ratio, `${path}.ratio`) }),
          ...scoreChange('TONG_SCORE', figure(r.scoreDelta, `${path}.scoreDelta`)),
        );
        const unit: ResponseUnit = { ...unitHead(r, path), group: 'Tỉnh, thành phố', ...(typeof total === 'number' ? { rankScore: total } : {}), indicators, text: JSON.stringify(r) };
        return path === 'data.overview' ? asOverview({ ...unit, group: 'Cả nước' }) : unit;
      });
      const page = pageInfo(d);
      return { ok: true, units, ...(page ? { page } : {}), warnings: order.warnings };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/service-results (national ranking, all groups)
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
