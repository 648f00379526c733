// Shape A of the 766 page's responses (DOMAIN §6): `overview` (the province) and `evaluation[]` (its units), each
// with the group's totalScore/totalMaxScore and `metrics[]` {code, name, numerator, denominator, ratio, score,
// maxScore}. Served for Công khai, minh bạch (transparency), Mức độ hài lòng (handling-satisfaction) and Số hóa hồ
// sơ (dossier-digitized). Metric scores go under the commune-level codes the model declares (../model-766/) (a code thidua does not know
// under `<group>_<code>`, never dropped), ratios under `_TY_LE`; each with the score its formula gives (formulas-766.ts).
import { matchesHeader, normalizeLabel } from '../../text.js';
import type { CaptureWarning } from '../capture.js';
import { definedIndicator, labelsOf, METRIC_766, ratioCode, type IndicatorDefinition } from '../codes.js';
import { metricOfPortalCode, MODEL_766 } from '../model-766/index.js';
import { groupSum, metricScore } from '../formulas-766.js';
import type { IndicatorValue } from '../schema.js';
import {
  array, asOverview, figure, isObject, known, object, optionalText, pageInfo, points, readWith, score as given, scoreChange, text, unitHead, unitList, withParts,
  type Json, type ResponseType, type ResponseUnit,
} from './shared.js';

/** The groups served in this shape, as the model lays them out (the other three come as trees, each read by its own file). */
const GROUP_OF_ENDPOINT: ReadonlyMap<string, string> = new Map(MODEL_766.filter((g) => g.shape === 'metrics').map((g) => [g.endpoint, g.code]));

/**
 * The metric the portal's code names where the model declares it (certain); other metrics are matched by name. A
 * code the response makes up («__proto__», «constructor») is an unknown code, never a property of an object.
 */
function definitionOf(code: string | undefined, name: string): IndicatorDefinition | undefined {
  const known = code ? metricOfPortalCode(code) : undefined;
  if (known) return definedIndicator(known.code);
  return METRIC_766.find((d) => matchesHeader(name, labelsOf(d.code)));
}

type Define = (code: string | undefined, name: string) => IndicatorDefinition | undefined;

/** definitionOf once per distinct metric of a response: a province's list repeats each metric for every unit. */
function definitions(): Define {
  const found = new Map<string, IndicatorDefinition | undefined>();
  return (code, name) => {
    const key = `${code ?? ''}\n${name}`;
    if (!found.has(key)) found.set(key, definitionOf(code, name));
    return found.get(key);
  };
}

/** Kinds of note, in plain Vietnamese, each shown once with the units it concerns (never the portal's codes). */
export const NOTE = {
  noData: 'Cổng chưa có số liệu cho một số chỉ số: ghi «không có số liệu», không coi là 0.',
  zeroDenominator: 'Mẫu số bằng 0 (không có hồ sơ trong kỳ): không có tỷ lệ; điểm giữ như cổng tính.',
  provisional: 'Cổng ghi chú số liệu còn tạm thời (ví dụ mẫu số tạm lấy theo báo cáo quốc gia): điểm có thể còn thay đổi.',
} as const;

/**
 * One metric, as the portal gives it: its own Vietnamese name, score (null = no data), maximum, numerator,
 * denominator and ratio, and the score the formula gives; a code thidua has no name for is kept under
 * `<group>_<code>`. Its ratio also goes under the `_TY_LE` companion the criteria sets compare with.
 */
function metricIndicators(m: Json, path: string, group: string, unit: string, define: Define, warnings: CaptureWarning[]): IndicatorValue[] {
  const name = text(m.name, `${path}.name`);
  const max = known(figure(m.maxScore, `${path}.maxScore`));
  const score = given(m.score, `${path}.score`);
  const numerator = known(figure(m.numerator, `${path}.numerator`));
  const denominator = known(figure(m.denominator, `${path}.denominator`));
  // 0/0 has no ratio, whatever figure the response puts there.
  const ratio = denominator === 0 ? null : (figure(m.ratio, `${path}.ratio`) ?? null);
  const apiCode = optionalText(m.code);
  const def = define(apiCode, name);
  const code = def?.code ?? `${group}_${apiCode ?? normalizeLabel(name).replace(/\W+/g, '_').toUpperCase()}`;
  // The portal's note is for its staff («Mẫu số BCQG/GRIS…»): said once per metric in plain words, with the units.
  if (optionalText(m.dataQualityStatus) || optionalText(m.dataQualityMessage)) warnings.push({ message: `«${name}» (${unit}): ${NOTE.provisional}`, unit, kind: `«${name}»: ${NOTE.provisional}` });
  // A metric worth 0 points (PETITION_CLASSIFICATION_TTHC) explains; it has no score to miss.
  if (max === 0) return [{ code, label: name, value: score, unit: 'points', max: 0, group, ...withParts({ numerator, denominator, ratio }) }];
  if (score === null) warnings.push({ message: `«${name}» (${unit}): ${NOTE.noData}`, unit, kind: NOTE.noData });
  if (denominator === 0) warnings.push({ message: `«${name}» (${unit}): ${NOTE.zeroDenominator}`, unit, kind: NOTE.zeroDenominator });
  const maxScore = max ?? def?.max;
  const computed = metricScore(code, group, { numerator, denominator, ratio, max: maxScore });
  return [
    { code, label: name, value: score, unit: 'points', ...(maxScore !== undefined ? { max: maxScore } : {}), group, ...withParts({ numerator, denominator, ratio }), ...(computed !== undefined ? { computed } : {}) },
    { code: ratioCode(code), label: `${name} (tỷ lệ)`, value: ratio, unit: 'percent', group, ...withParts({ numerator, denominator }) },
  ];
}

function unitOf(row: unknown, path: string, group: string, define: Define, warnings: CaptureWarning[]): ResponseUnit {
  const r = object(row, path);
  const head = unitHead(r, path);
  const name = head.name;
  const total = given(r.totalScore, `${path}.totalScore`);
  const max = figure(r.totalMaxScore, `${path}.totalMaxScore`);
  const metrics = r.metrics === undefined || r.metrics === null ? [] : array(r.metrics, `${path}.metrics`);
  const detail = metrics.flatMap((m, i) => metricIndicators(object(m, `${path}.metrics[${i}]`), `${path}.metrics[${i}]`, group, name, define, warnings));
  const [groupScore] = points(group, definedIndicator(group).label, total, max, { ratio: figure(r.ratio, `${path}.ratio`) });
  const computed = groupSum(detail);
  return {
    ...head,
    ...(typeof total === 'number' ? { rankScore: total } : {}),
    indicators: [{ ...groupScore!, ...(computed !== undefined ? { computed } : {}) }, ...scoreChange(group, figure(r.scoreDelta, `${path}.scoreDelta`)), ...detail],
    text: JSON.stringify(r),
  };
}

export const evaluationMetrics: ResponseType = {
  id: 'evaluation-metrics',
  title: 'Điểm nhóm và chỉ số thành phần (overview / evaluation)',
  endpoints: [...GROUP_OF_ENDPOINT.keys()],
  read(data, endpoint) {
    return readWith(this, endpoint, () => {
      const d = object(data, 'data');
      const group = GROUP_OF_ENDPOINT.get(endpoint)!;
      const warnings: CaptureWarning[] = [];
      const define = definitions();
      const rows = unitList(d.evaluation, 'data.evaluation');
      const units = [
        ...(isObject(d.overview) ? [asOverview(unitOf(d.overview, 'data.overview', group, define, warnings))] : []),
        ...rows.map((row, i) => unitOf(row, `data.evaluation[${i}]`, group, define, warnings)),
      ];
      const page = pageInfo(d);
      return { ok: true, units, ...(page ? { page } : {}), warnings };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency (Công khai, minh bạch, 18)
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/handling-satisfaction (Mức độ hài lòng, 18)
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/dossier-digitized (Số hóa hồ sơ, 22)
Responses: test/fixtures/real/portal/transparency-phu-tho-2026-trimmed.json (a province's list as a public tracker
saved it, its data-quality notes); the others built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
