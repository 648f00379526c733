// Điều kiện xếp loại (the council's finding on a band's condition): a band may ask more than points («Xuất sắc: từ 90
// điểm» and «Không có cán bộ, công chức bị kỷ luật trong năm»); thidua grades by points and the council finds whether
// the rest is met, typing «Đạt» or «Không đạt» on «Biểu quyết» beside the nominee's vote (plan-votes.ts,
// read-votes.ts). The words are kept as typed on the vote (`Vote.finding`) and sealed with it; what they mean is read
// here, once, for the sheet, the closing and the papers alike — a word that says neither is never guessed.
import { normalizeLabel } from '../text.js';
import type { Nominee, Vote } from './vote.js';

/** What the council found: the condition met, or not. */
export type Finding = 'met' | 'unmet';

/**
 * «Đạt», «đạt», «ĐẠT», «Không đạt», «không đạt.», «Ko đạt», «Chưa đạt»; undefined for anything else («x», «?», «đạt một
 * phần»): a mark that could mean either is the council's to write again, never read as one.
 */
export function parseFinding(typed: string): Finding | undefined {
  const t = normalizeLabel(typed).replace(/[.!;,]+$/, '').replace(/\s+/g, ' ').trim();
  if (t === 'dat') return 'met';
  if (/^(khong|ko|k|chua) dat$/.test(t)) return 'unmet';
  return undefined;
}

/** A nominee graded by points into a band that asks more: the band and what it asks. */
export type BandCondition = { band: string; condition: string };

/** A nominee as «Biểu quyết» lists it: with the band it was graded into by points, where that band asks more. */
export type ListedNominee = Nominee & { condition?: BandCondition };

/** The nominees of a run with the band each was graded into by points, where that band asks more (`graded`: each unit's band after sanctions). */
export function conditionsOf<N extends Nominee>(
  nominees: readonly N[],
  bands: readonly { label: string; condition?: string | undefined }[],
  graded: readonly { sheet: string; unitName: string; band: string | null | undefined }[],
): (N & ListedNominee)[] {
  const bandOf = new Map(graded.map((g) => [`${g.sheet}\u0000${g.unitName}`, g.band]));
  return nominees.map((n) => {
    const band = bands.find((b) => b.condition && b.label === bandOf.get(`${n.sheet}\u0000${n.unitName}`));
    return band ? { ...n, condition: { band: band.label, condition: band.condition! } } : n;
  });
}

/**
 * The council's finding on one unit, from its votes (a unit voted for two forms may carry it on each row): one when every
 * row that carries words says the same; none when two say otherwise (read-votes.ts says it at their cells).
 */
export function unitFinding(votes: readonly Pick<Vote, 'sheet' | 'unitName' | 'finding'>[], unit: { sheet: string; unitName: string }): { finding?: Finding; typed?: string } {
  const mine = votes.filter((v) => v.sheet === unit.sheet && normalizeLabel(v.unitName) === normalizeLabel(unit.unitName) && v.finding);
  const read = new Set(mine.map((v) => parseFinding(v.finding!)));
  const [finding] = read;
  return read.size === 1 && finding ? { finding, typed: mine[0]!.finding! } : {};
}

// Made for: the council's «đạt / không đạt» on Hải Phòng's «Hoàn thành xuất sắc nhiệm vụ» (QĐ 212 Phụ lục 03) and the
// example commune's «Xuất sắc» given a condition, written on paper before and followed by no paper.
