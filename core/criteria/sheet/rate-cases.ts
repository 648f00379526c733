// Two rates or more in one points cell, each so many per occurrence («+3 điểm/hs; +5 điểm/hs», «-2 điểm/lần; -5
// điểm/lần»), beside a row naming as many cases («Học sinh đạt giải cấp huyện; cấp tỉnh»): one criterion a case, each its
// own rate. A rule holds one rate (schema.ts: pointsEach), so the rates cannot stay levels of one per-occurrence
// criterion; read apart, none is dropped. Both layouts read them so, and say it at the points cell.
import { formatPoints } from '../../values.js';
import type { ScoringRule } from '../schema.js';

export type RateCase = { code: string; title: string; points: number };

/**
 * The cases a row's words name, apart by «;»: a later one shorter than the first completed from it, from the word they
 * share («… đạt giải cấp huyện; cấp tỉnh» → «… đạt giải cấp tỉnh») or else in place of as many last words («Đạt giải
 * nhất; nhì» → «Đạt giải nhì»). Undefined unless there are `count`.
 */
function casesOf(title: string, count: number): string[] | undefined {
  const parts = title.split(';').map((p) => p.trim()).filter(Boolean);
  if (parts.length !== count) return undefined;
  const first = parts[0]!.split(/\s+/);
  const low = (w: string) => w.toLocaleLowerCase('vi');
  return parts.map((part, k) => {
    const words = part.split(/\s+/);
    if (k === 0 || words.length >= first.length) return part.charAt(0).toLocaleUpperCase('vi') + part.slice(1);
    const shared = first.findLastIndex((w) => low(w) === low(words[0]!));
    return [...first.slice(0, shared > 0 ? shared : first.length - words.length), ...words].join(' ');
  });
}

/**
 * The rates (signed, in the cell's order) as cases of row `code`, lettered «a», «b»…: only where the points cell
 * (`written`) lists them apart by «;» as the row's words list their cases — rates one after another («2 điểm/gK 4
 * điểm/gK» beside «…; … - Cấp trường - Cấp Thành») are levels of another list. Undefined when they do not pair up.
 */
export function rateCases(code: string, title: string, written: string, points: readonly number[]): RateCase[] | undefined {
  if (written.split(';').length !== points.length) return undefined;
  return casesOf(title, points.length)?.map((t, k) => ({ code: `${code}.${String.fromCharCode(97 + k)}`, title: t, points: points[k]! }));
}

/** A case's rule: its rate per occurrence, added on top or taken where its row (of `kind`) is a bonus or a deduction. */
export function caseRule(kind: string, points: number): ScoringRule {
  const pointsEach = Math.abs(points);
  return kind === 'bonus' || kind === 'deduction' ? { kind, pointsEach } : { kind: 'per_occurrence', pointsEach };
}

/**
 * Said at the points cell (`written`): the rates read as one criterion a case, each up to `cap` (the part's maximum,
 * `from` naming it), else — the table writing none — to one occurrence for now.
 */
export function casesNote(code: string, written: string, cases: readonly RateCase[], unit: string, cap?: { points: number; from: string }): string {
  const each = cases.map((c) => `${c.code} «${c.title}» ${c.points < 0 ? 'trừ' : 'được'} ${formatPoints(Math.abs(c.points))} điểm mỗi ${unit}`).join(', ');
  const most = cap ? `mỗi tiêu chí tối đa ${formatPoints(cap.points)} điểm (${cap.from})` : 'mỗi tiêu chí tạm tính tối đa bằng một lần (bảng không ghi mức tối đa; sửa «Điểm tối đa» trên trang tiêu chí)';
  return `Mục ${code} ghi ${cases.length} mức «${written}» cho ${cases.length} trường hợp: đọc là ${cases.length} tiêu chí, mỗi trường hợp một mức (một tiêu chí chỉ giữ một mức mỗi ${unit}) — ${each}; ${most}: đơn vị ghi số ${unit} của từng trường hợp.`;
}

// Made for a school's class-emulation form: «Học sinh đạt giải cấp huyện; cấp tỉnh | +3 điểm/hs; +5 điểm/hs», its second
// rate dropped under ✔ before.
