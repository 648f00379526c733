// Điểm không phải mức bảng ghi: a criterion scored by hand whose own scoring words («Cách chấm: …», kept from the
// office's method column) give only some points — levels («>=500 triệu: 40 điểm / 350 - <500 triệu: 20 điểm / …»),
// parts that add up to the maximum («Đáp ứng …: 4/5*Điểm tối đa (8 điểm); Đã chuyển đổi sang công nghệ IPv6: 1/5
// *Điểm tối đa (2 điểm)») or points per thing counted («01 ứng dụng tương ứng 04 điểm; Tổng điểm không quá 20 điểm») —
// typed a figure they cannot give (28 between 40 and 20; 7, no sum of 8 and 2; 7, no multiple of 4). Scoring counts points by hand as typed, the table's words being
// read, not applied: which level the unit meant is the council's to decide, so the doubt is said at the cell.
// A bonus or deduction row typed by hand is held to its own words the same way, which the reader keeps in its title
// («Trừ 3đ/lần, tối đa trừ 6đ», «Được khen thưởng cấp tỉnh trở lên: 2,0đ; được biểu dương …: 1,0đ»).
import { formatNumber } from '../criteria/rules/reason.js';
import { statedPoints, type StatedPoints } from '../criteria/rules/scoring-words.js';
import { toCents } from '../criteria/rules/ways-up.js';
import { cellMessage, defineCheck, typedPoints } from './define.js';

const WHO = { selfScore: 'điểm tự chấm', verifiedScore: 'điểm thẩm định' } as const;

export default defineCheck({
  id: 'off-scoring-words',
  severity: 'warning',
  title: 'Điểm không phải mức bảng ghi',
  titleEn: 'Points the table’s scoring words do not give',
  description:
    'Tiêu chí chấm thủ công, hoặc dòng điểm cộng, điểm trừ đơn vị tự ghi điểm, mà lời cách chấm của bảng ghi các mức điểm (ví dụ «>=500 triệu: 40 điểm», «Hàng tháng: 5 điểm»), các phần cộng lại thành điểm tối đa («Đáp ứng yêu cầu: 8 điểm», «Đã chuyển đổi IPv6: 2 điểm», tối đa 10) hoặc số điểm cho mỗi lần đếm («01 ứng dụng tương ứng 04 điểm», tối đa 20) mà điểm tự chấm hoặc điểm thẩm định không phải một mức ấy, không là tổng các phần ấy, không là bội của số điểm ấy (ví dụ «Trừ 3đ/lần»); điểm vẫn tính như đã ghi, Hội đồng quyết định.',
  canFlag: (set) => set.criteria.some((c) => statedPoints(c) !== undefined),
  looksAt: (criterion) => statedPoints(criterion) !== undefined,
  criterion(ctx, { criterion, score, row, reading }, flags) {
    const words = statedPoints(criterion)!;
    for (const { column, cell, points } of typedPoints(row)) {
      // A deduction typed «-3» or «3» alike (deduction.ts): its size is what the words bind.
      const size = criterion.rule.kind === 'deduction' ? Math.abs(points) : points;
      // Above the maximum or below zero, self-score-over-max and the rule's own reason speak.
      if (size < 0 || size > criterion.maxPoints || gives(words, size, criterion.maxPoints)) continue;
      // What scoring counts, said while it is the figure typed: after the council's «Bác số liệu» it is not.
      const taken = score.points < 0 ? `trừ ${formatNumber(-score.points)}` : `tính ${formatNumber(score.points)}`;
      const counted = score.status === 'scored' && reading.kind === 'value' && reading.cell === cell ? ` → ${taken} điểm như đã ghi` : '';
      flags.push({
        message: cellMessage(cell, `${WHO[column]} ${formatNumber(points)} ${notGiven(words, criterion.maxPoints)}${counted}; Hội đồng quyết định`, criterion),
        cell,
        criterion: criterion.code,
        details: { [column]: points, ...detailsOf(words) },
      });
    }
  },
});

/**
 * Whether the words give `points`, in hundredths as scoring rounds. 0 always: a unit that reaches no level (5.18's
 * «Hàng ngày / Hàng tuần / Hàng tháng» states none below «Hàng tháng: 2 điểm») or counts nothing earns nothing.
 */
function gives(words: StatedPoints, points: number, max: number): boolean {
  const cents = toCents(points);
  if (cents === 0) return true;
  if ('levels' in words) return words.levels.some((l) => toCents(l.points) === cents);
  if ('parts' in words) return words.sums.some((sum) => toCents(sum) === cents);
  return cents === toCents(max) || cents % toCents(words.perItem.points) === 0;
}

/** What the flag's details hold of the words: the levels' points, the parts' points and their sums, or the points each. */
function detailsOf(words: StatedPoints) {
  if ('levels' in words) return { levels: words.levels.map((l) => l.points) };
  if ('parts' in words) return { parts: words.parts.map((p) => p.points), sums: words.sums };
  return { pointsEach: words.perItem.points };
}

/**
 * «không phải một mức bảng ghi (50 / 40 / 30 / 0 điểm)», «không phải tổng các phần bảng ghi (8 + 2 điểm: 0 / 2 / 8 / 10
 * điểm)», «không là bội của 4 điểm mỗi lần đếm bảng ghi («…», tối đa 20 điểm)».
 */
function notGiven(words: StatedPoints, max: number): string {
  if ('levels' in words) return `không phải một mức bảng ghi (${words.levels.map((l) => formatNumber(l.points)).join(' / ')} điểm)`;
  if ('parts' in words) return `không phải tổng các phần bảng ghi (${words.parts.map((p) => formatNumber(p.points)).join(' + ')} điểm: ${words.sums.map(formatNumber).join(' / ')} điểm)`;
  const { points, words: said } = words.perItem;
  return `không là bội của ${formatNumber(points)} điểm mỗi ${words.each ?? 'lần đếm'} bảng ghi («${said}», tối đa ${formatNumber(max)} điểm)`;
}

// Made for an engineer's walk of the district DTI table's part 5 (the real cds-cap-huyen-bo-chi-tieu.xlsx, sheet «Hoạt
// động chính quyền số»): a district's self-score of 10 on 5.20 «Số lượng cuộc họp trực tuyến» (levels 50 / 40 / 30 / 0)
// and of 7 on 5.26 (04 points an application, at most 20) were taken as typed, with no word where the council acts.
// And for Thanh Hóa's commune councils' table (hdnd-thanh-hoa-cap-xa): IX.6 «Trừ 3đ/lần» typed 2 and VIII.2 «2,0đ; …
// 1,0đ» typed 1,5 were taken as typed, without a word.
