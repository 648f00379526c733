// Shape A of the 766 page's responses (DOMAIN §6): `overview` (the province) and `evaluation[]` (its units), each
// with the group's totalScore/totalMaxScore and `metrics[]` {code, name, numerator, denominator, ratio, score,
// maxScore}. Served for Công khai, minh bạch (transparency), Mức độ hài lòng (handling-satisfaction) and Số hóa hồ
// sơ (dossier-digitized). Metric scores go under the commune-level codes of codes.ts, ratios under `_TY_LE`.
import { matchesHeader } from '../../text.js';
import type { CaptureWarning } from '../capture.js';
import { definedIndicator, labelsOf, METRIC_766, ratioCode, type IndicatorDefinition } from '../codes.js';
import type { IndicatorValue } from '../schema.js';
import {
  array, asOverview, figure, isObject, object, optionalText, pageInfo, percent, points, readWith, text, unitHead,
  type Json, type ResponseType, type ResponseUnit,
} from './shared.js';

const GROUP_OF_ENDPOINT: Record<string, string> = {
  transparency: 'CKMB',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
};

/** The API's metric codes (DOMAIN §6) for which the indicator is certain; other metrics are matched by name. */
const METRIC_CODES: Record<string, string> = {
  PUBLISH_ON_TIME: 'CKMB_CONG_BO_DUNG_HAN',
  PUBLIC_UPDATE_ON_TIME: 'CKMB_CAP_NHAT_DUNG_HAN',
  PUBLIC_CONTENT_FULL: 'CKMB_DAY_DU_BO_PHAN',
  DOSSIER_SYNC: 'CKMB_DONG_BO_DVCQG',
  DOSSIER_RECEIVING_SATISFACTION: 'MDHL_HAI_LONG_TTHC',
  PETITION_PROCESSING_ON_TIME: 'MDHL_PAKN_DUNG_HAN',
  PETITION_HANDLING_SATISFACTION: 'MDHL_HAI_LONG_PAKN',
  ORIGINAL_RESULT_AVAILABLE: 'MDSH_KET_QUA_DIEN_TU',
  REUSED_DIGITIZED_DATA: 'MDSH_KHAI_THAC_LAI',
};

function definitionOf(code: string | undefined, name: string): IndicatorDefinition | undefined {
  const known = code ? METRIC_CODES[code] : undefined;
  if (known) return definedIndicator(known);
  return METRIC_766.find((d) => matchesHeader(name, labelsOf(d.code)));
}

/** One metric's score and ratio; notes for null figures, a zero denominator and provisional data. */
function metricIndicators(m: Json, path: string, unit: string, warnings: CaptureWarning[]): IndicatorValue[] {
  const name = text(m.name, `${path}.name`);
  const max = figure(m.maxScore, `${path}.maxScore`);
  const score = figure(m.score, `${path}.score`);
  const numerator = figure(m.numerator, `${path}.numerator`);
  const denominator = figure(m.denominator, `${path}.denominator`);
  const ratio = figure(m.ratio, `${path}.ratio`);
  // A metric worth 0 points (PETITION_CLASSIFICATION_TTHC) is shown for information and not scored.
  if (max === 0) return [];
  const code = optionalText(m.code);
  const def = definitionOf(code, name);
  if (!def) {
    warnings.push({ message: `Chỉ số «${name}»${code ? ` (${code})` : ''} của «${unit}» chưa có trong danh mục chỉ số của thidua — không ghi nhận.`, unit });
    return [];
  }
  const status = optionalText(m.dataQualityStatus);
  const note = optionalText(m.dataQualityMessage);
  if (status || note) warnings.push({ message: `«${name}» (${unit}): cổng ghi chú số liệu ${[status, note].filter(Boolean).join(' — ')}.`, unit });
  if (score === undefined) warnings.push({ message: `«${name}» (${unit}): cổng chưa có điểm (không có số liệu) — không ghi điểm, không coi là 0.`, unit });
  const parts = { ...(numerator !== undefined ? { numerator } : {}), ...(denominator !== undefined ? { denominator } : {}) };
  // 0/0 has no ratio, whatever figure the response puts there.
  const shownRatio = denominator === 0 ? undefined : ratio;
  if (denominator === 0) warnings.push({ message: `«${name}» (${unit}): mẫu số bằng 0 — không có tỷ lệ; điểm giữ như cổng tính.`, unit });
  return [...points(def.code, name, score, max ?? def.max, parts), ...percent(ratioCode(def.code), `${name} (tỷ lệ)`, shownRatio, parts)];
}

function unitOf(row: unknown, path: string, group: string, warnings: CaptureWarning[]): ResponseUnit {
  const r = object(row, path);
  const head = unitHead(r, path);
  const name = head.name;
  const total = figure(r.totalScore, `${path}.totalScore`);
  const max = figure(r.totalMaxScore, `${path}.totalMaxScore`);
  const metrics = r.metrics === undefined || r.metrics === null ? [] : array(r.metrics, `${path}.metrics`);
  const indicators = [
    ...points(group, definedIndicator(group).label, total, max),
    ...metrics.flatMap((m, i) => metricIndicators(object(m, `${path}.metrics[${i}]`), `${path}.metrics[${i}]`, name, warnings)),
  ];
  return {
    ...head,
    ...(total !== undefined ? { rankScore: total } : {}),
    indicators,
    text: JSON.stringify(r),
  };
}

export const evaluationMetrics: ResponseType = {
  id: 'evaluation-metrics',
  title: 'Điểm nhóm và chỉ số thành phần (overview / evaluation)',
  endpoints: Object.keys(GROUP_OF_ENDPOINT),
  read(data, endpoint) {
    return readWith(this, endpoint, () => {
      const d = object(data, 'data');
      const group = GROUP_OF_ENDPOINT[endpoint]!;
      const warnings: CaptureWarning[] = [];
      const rows = array(d.evaluation, 'data.evaluation');
      const units = [
        ...(isObject(d.overview) ? [asOverview(unitOf(d.overview, 'data.overview', group, warnings))] : []),
        ...rows.map((row, i) => unitOf(row, `data.evaluation[${i}]`, group, warnings)),
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
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
