// What a criteria sheet left out and what was used instead, in the words every face shows (the command line on
// stderr, the standalone page under the set it names).
import type { Criterion } from '../schema.js';
import { formatPoints } from '../../values.js';
import type { CriteriaSheetError, CriteriaSheetNotice } from './sheet-reader.js';

/** One line saying where, then one line per notice with its cell, if it has one. */
export function describeNotices(where: string, notices: readonly CriteriaSheetNotice[]): string {
  return [`${where}: đã tự bổ sung (không phải lỗi, sửa trên trang nếu cần):`, ...notices.map((n) => `  ${noticeText(n)}`)].join('\n');
}

/**
 * A table refused: where it was read («Trang «Tiêu chí» của tệp bo-sua.xlsx»), each error at its cell, then what was
 * filled in — the command line's message (exit 1), the standalone page's alert and a Word table's refusal, one text.
 */
export function refusalText(where: string, errors: readonly CriteriaSheetError[], notices: readonly CriteriaSheetNotice[] = []): string {
  const at = `${where.charAt(0).toUpperCase()}${where.slice(1)}`;
  return [`${at} có lỗi:`, ...errors.map((e) => `  ${noticeText(e)}`), ...(notices.length > 0 ? [describeNotices(at, notices)] : [])].join('\n');
}

/** «ô C2: …» at its cell; a notice of the table as a whole is its words alone. */
export function noticeText(n: CriteriaSheetNotice): string {
  return n.cell === undefined ? n.message : `ô ${n.cell}: ${n.message}`;
}

/**
 * «(20 điểm)» closing a group's title, by its points as written: the pattern built once a figure, not at each naming
 * (the reader names every group as it reads a table; a pattern built anew is compiled anew).
 */
const inBrackets = new Map<string, RegExp>();
function pointsInBrackets(points: string): RegExp {
  let pattern = inBrackets.get(points);
  if (pattern === undefined) inBrackets.set(points, (pattern = new RegExp(`\\([^()]*(?<![\\d.,])${points.replace(/[.,]/g, '[.,]')}\\s*(?:điểm|đ)(?!\\p{L})[^()]*\\)\\s*$`, 'iu')));
  return pattern;
}

/**
 * A group as the notices name it: «TỔ CHỨC KỲ HỌP (20 điểm)»; one of bonus or deduction rows only says so («cộng tối đa
 * 10 điểm», «trừ tối đa 20 điểm»), and a title that already writes its points in brackets is not given a second pair.
 */
export function groupWithPoints(title: string, maxPoints: number, criteria: readonly Criterion[]): string {
  const points = formatPoints(maxPoints);
  const only = (kind: string) => criteria.length > 0 && criteria.every((c) => c.rule.kind === kind);
  const kind = only('deduction') ? 'trừ tối đa ' : only('bonus') ? 'cộng tối đa ' : '';
  const stated = pointsInBrackets(points).test(title);
  return stated ? title : `${title} (${kind}${points} điểm)`;
}

/**
 * A total row counting the bonus beside the base («TỔNG CỘNG (I+II+III) | 100» over parts of 90 and a bonus part of
 * 10), in the words both layouts say at its cell; undefined when the total is not that sum.
 */
export function bonusInTotal(total: number, base: number, criteria: readonly Criterion[]): string | undefined {
  const bonus = criteria.filter((c) => c.rule.kind === 'bonus');
  const withBonus = base + bonus.reduce((s, c) => s + c.maxPoints, 0);
  if (bonus.length === 0 || Math.abs(base - total) < 1e-9 || Math.abs(withBonus - total) > 1e-9) return undefined;
  return `Dòng «Tổng cộng» ghi ${formatPoints(total)} điểm, tính cả điểm thưởng (${bonus.map((c) => `${c.code} tối đa ${formatPoints(c.maxPoints)}`).join(', ')}); không kể điểm thưởng, các tiêu chí cộng được ${formatPoints(base)} điểm.`;
}

// Made for: the same notice on the command line and the standalone page when a criteria table is read, and the same
// refusal when it cannot be used.
