// Khác số liệu Cổng DVC: a criterion linked to a portal indicator (`portal: { indicator, tolerance }`) whose
// self-reported figure differs from the latest capture for the same unit and year by more than the tolerance.
// The council sees both values, when the figure was captured and from which page — and, when that capture's «Tổng điểm»
// is not its groups added up (core/watch/total-sum.ts: a misread capture), that doubt, agreeing figures included:
// a figure from a misread capture vouches for nothing.
import type { Criterion } from '../criteria/schema.js';
import { indicatorDefinition } from '../indicators/codes.js';
import type { IndicatorSnapshot, IndicatorValue } from '../indicators/schema.js';
import { sameUnit } from '../indicators/units.js';
import { formatNumber, formatValue, isPercentMeasure } from '../criteria/rules/reason.js';
import { cellText, formatDateVi } from '../values.js';
import { reportYear } from '../report/period.js';
import { totalMismatch, totalMismatchRecord, totalMismatchWords } from '../watch/total-sum.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

/**
 * The portal's figure in the criterion's unit: a rate as percent (or from the indicator's numerator/denominator),
 * a count or points as they are. Undefined when the two cannot be compared (e.g. a rate against group points) or the portal has no data.
 */
export function comparablePortalValue(criterion: Criterion, ind: IndicatorValue): number | undefined {
  // The portal has no data there: nothing to compare with (never a 0).
  if (ind.value === null) return undefined;
  if (isPercentMeasure(criterion)) {
    if (ind.unit === 'percent') return ind.value;
    return ind.numerator !== undefined && ind.denominator ? (ind.numerator / ind.denominator) * 100 : undefined;
  }
  if (criterion.measure === 'count') return ind.unit === 'count' ? ind.value : undefined;
  if (criterion.measure === 'points') return ind.unit === 'points' ? ind.value : undefined;
  return undefined;
}

/** The latest capture of `code` for the unit and year, with the indicator. */
export function latestPortalFigure(
  snapshots: readonly IndicatorSnapshot[],
  unitName: string,
  year: number,
  code: string,
): { snapshot: IndicatorSnapshot; indicator: IndicatorValue } | undefined {
  let best: { snapshot: IndicatorSnapshot; indicator: IndicatorValue } | undefined;
  for (const s of snapshots) {
    if (s.period.year !== year || !sameUnit(s.unit.name, unitName)) continue;
    const indicator = s.indicators.find((i) => i.code === code);
    if (indicator && (!best || Date.parse(s.capturedAt) > Date.parse(best.snapshot.capturedAt))) best = { snapshot: s, indicator };
  }
  return best;
}

export default defineCheck({
  id: 'portal-mismatch',
  severity: 'warning',
  title: 'Số liệu khác Cổng dịch vụ công',
  titleEn: 'Figure differs from the public-service portal',
  description:
    'Số liệu đơn vị tự báo cáo khác số liệu ghi nhận gần nhất trên cổng dịch vụ công (cùng đơn vị, cùng năm) quá mức cho phép của tiêu chí; Hội đồng xem cả hai số, ngày ghi nhận và địa chỉ trang.',
  canFlag: (set) => set.criteria.some((c) => c.portal !== undefined),
  run(ctx) {
    const snapshots = ctx.options.indicators;
    if (!snapshots?.length) return [];
    const unitName = cellText(ctx.report.unitName?.raw ?? null);
    // Without a Kỳ báo cáo, the set's period (missing-metadata flags the blank cell itself).
    const year = reportYear(ctx.report.period) ?? Number(ctx.set.period.to.slice(0, 4));
    if (unitName === '' || !Number.isInteger(year)) return [];
    const flags: FlagDraft[] = [];
    for (const { criterion, reading } of reportedCriteria(ctx)) {
      if (!criterion.portal || reading.kind !== 'value') continue;
      const found = latestPortalFigure(snapshots, unitName, year, criterion.portal.indicator);
      const portalValue = found && comparablePortalValue(criterion, found.indicator);
      if (!found || portalValue === undefined) continue;
      const gap = Math.abs(reading.value - portalValue);
      const { tolerance, indicator, caveat } = criterion.portal;
      const named = indicatorDefinition(indicator)?.label ?? indicator;
      const { snapshot } = found;
      const doubt = totalMismatch(snapshot);
      const within = gap <= tolerance + 1e-9;
      if (within && !doubt) continue;
      const day = formatDateVi(snapshot.capturedAt.slice(0, 10));
      flags.push({
        message: cellMessage(
          reading.cell,
          `đơn vị báo cáo ${formatValue(criterion, reading.value)}, cổng ${snapshot.portal} ghi ${formatValue(criterion, portalValue)} («${named}», ${snapshot.period.label || 'kỳ không rõ'}, ghi nhận ngày ${day}) — ${within ? 'khớp trong mức cho phép (lệch ' : 'lệch '}${formatNumber(gap)}, cho phép ${formatNumber(tolerance)}${within ? ')' : ''}${caveat ? `; lưu ý: ${caveat}` : ''}${doubt ? `; số liệu cổng đáng ngờ — ${totalMismatchWords(doubt).replace(/\.$/, '')}` : ''}; trang: ${snapshot.url}`,
          criterion,
        ),
        cell: reading.cell,
        criterion: criterion.code,
        details: {
          reported: reading.value,
          portal: Math.round(portalValue * 100) / 100,
          indicator,
          gap: Math.round(gap * 100) / 100,
          tolerance,
          capturedAt: snapshot.capturedAt,
          url: snapshot.url,
          pageType: snapshot.pageType,
          portalUnit: snapshot.unit.name,
          period: snapshot.period.label,
          ...(doubt ? { totalMismatch: totalMismatchRecord(doubt) } : {}),
        },
      });
    }
    return flags;
  },
});

// Made for: criteria linked to a public-service-portal indicator (Decision 766): a self-reported figure that differs
// from the extension's latest capture beyond the tolerance, shown beside the portal's value.
