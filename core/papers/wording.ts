// Lời văn chung (shared wording) of the papers: the «Căn cứ» lines, the round's name, when the round was closed.
import { sealCode } from '../run/seal.js';
import { keyFingerprint } from '../run/signature.js';
import type { ClosedRound, RunRecord } from '../run/closing.js';
import { AWARD_ROUND_TITLES } from '../criteria/schema.js';
import { DEFAULT_MOVEMENT, namedMovement } from '../criteria/movement.js';
import { normalizeLabel } from '../text.js';
import { formatDateVi } from '../values.js';
import { legalBasesOn, type Slot } from './legal-bases.js';
import { communeKind, planLine } from './heading.js';
import { prizeTerms, type PrizeRounding, type PrizeTerms } from './prizes.js';

/**
 * The year a yearly round reviews: the year it was scored in, kept within the set's period (a set for 2023 - 2025
 * scored in January 2026 reviews 2025); for a set naming no period, the year every unit's «Kỳ báo cáo» states when
 * they all state the same one (reportsYear).
 */
export function roundYear(record: RunRecord): string {
  const year = (date: string) => {
    const y = Number(date.slice(0, 4));
    return Number.isInteger(y) && y > 0 ? y : undefined;
  };
  const from = year(record.set.period.from);
  const to = year(record.set.period.to);
  const scored = reportsYear(record) ?? year(record.scoredOn) ?? to ?? from;
  return scored === undefined ? '…' : String(Math.min(Math.max(scored, from ?? scored), to ?? scored));
}

/** A set naming no period of its movement: the papers take its year from elsewhere (the reports', else the scoring day's). */
export const namesNoPeriod = (record: RunRecord) => record.set.period.from === '' && record.set.period.to === '';

/**
 * The year the units' reports state in «Kỳ báo cáo», when the set names no period and every report of the round states
 * one and the same year; undefined when one states none, they differ, or the set names its own period.
 */
export function reportsYear(record: RunRecord): number | undefined {
  if (!namesNoPeriod(record) || record.units.length === 0) return undefined;
  const years = new Set(record.units.map((u) => u.period?.year));
  const [only] = years;
  return years.size === 1 ? only : undefined;
}

/**
 * A criterion named on paper without the scoring its table writes after its name: «Tổ chức đủ số kỳ họp thường lệ (mức
 * đạt yêu cầu): 1,5đ; thiếu 01 kỳ họp: 0đ…» lists as «Tổ chức đủ số kỳ họp thường lệ (mức đạt yêu cầu)»; so do the
 * lines under a name that say how it is scored or filled in — a formula («- Tỷ lệ … = …»), an example («(Ví dụ: …»),
 * a note to the one filling the form («Lưu ý: Chỉ điền vào 01 dòng…»), points per case («Mỗi hành vi vi phạm … trừ
 * 01 điểm», «Trừ 5đ/trường hợp, tối đa trừ 5đ. Chế tài: …»). A title that is all scoring stays whole.
 */
export function criterionName(title: string): string {
  const cut = /:\s*[+-]?\d+(?:[.,]\d+)?\s*(?:đ|điểm)(?!\p{L})|\s+Điểm\s*=|\s+Căn cứ chấm điểm\s*:|\s*\n\s*(?:[-–+]\s*[^\n]*=|\(?\s*Ví dụ|Lưu ý|[-–+]?\s*Mỗi\s|(?:Trừ|Cộng)\s+\d+(?:[.,]\d+)?\s*(?:đ|điểm)\s*\/)/iu.exec(title);
  let name = cut ? title.slice(0, cut.index).trim() : title;
  // Levels listed after the name, each after a dash, on the name's line («… trong năm - Từ 30% trở lên: 1 điểm - Từ 25%
  // …: 0,5 điểm») or a line each as a cell writes them («… yêu cầu\n- Có văn bản …: 8 điểm\n- Không …»): the first
  // level's words go too, or a unit given 0,5 is listed short of «… - Từ 30% trở lên (0,5/1)». The first level starts
  // as the next does, mid-line or at a line's start: a name's own dash («Sắp xếp nhân lực - Văn phòng …: 4 điểm\n- …»)
  // stays.
  const next = cut && /^:[ \t]*[+-]?\d+(?:[.,]\d+)?[ \t]*(?:đ|điểm)\.?([ \t]+|[ \t]*\n\s*)[-–][ \t]/iu.exec(title.slice(cut.index));
  const dash = next && (next[1]!.includes('\n') ? /\n\s*[-–][ \t](?![^]*\n\s*[-–][ \t])/u : /[ \t][-–][ \t](?!.*[ \t][-–][ \t])/u).exec(name);
  if (dash) name = name.slice(0, dash.index).trim();
  // Levels «…: n đ; …» after a colon of the name's own line or on a line under it («Tỷ lệ … thực hiện xong: ≥85%:
  // 2,0đ; 70% đến dưới 85%: 1,25đ; …», «… ký số theo quy định\nĐạt 100%: 3,0đ; từ 90% …: 1,5đ»): the words after that
  // colon or line break are the first level's, or a unit given 1,25 is listed «… xong: ≥85% (1,25/2)». Words longer
  // than what precedes them are the name's own («Tiêu chí 1: Tỷ lệ hồ sơ …»).
  const levels = cut && /^:[ \t]*[+-]?\d+(?:[.,]\d+)?[ \t]*(?:đ|điểm)[ \t]*;[^\n]*?\d+(?:[.,]\d+)?[ \t]*(?:đ|điểm)(?!\p{L})/iu.test(title.slice(cut.index));
  const first = levels ? Math.max(name.lastIndexOf(':'), name.lastIndexOf('\n')) : -1;
  if (first > 0 && name.length - first - 1 < first) name = name.slice(0, first).trim();
  // The top level inside the name's sentence, before those levels: a threshold («Thời lượng thảo luận … ≥ 40% tổng thời
  // gian kỳ họp: 2,0đ; 30% đến dưới 40%: 1,0đ; …»), or the words a lower level denies («Có ứng dụng AI triển khai chính
  // thức phục vụ đại biểu: 3,0đ; mới thí điểm: 1,5đ; chưa triển khai: 0đ»). The name ends before them, or a unit given
  // 1,0 is listed «… ≥ 40% tổng thời gian kỳ họp (1/2)».
  const inside = levels ? topLevelAt(name, title.slice(cut!.index)) : -1;
  if (inside > 0) name = name.slice(0, inside).trim();
  // Scoring found in a guide of sentences under the name («…rõ rệt\nMô hình mới … bằng văn bản. Mỗi mô hình: 2,5đ», «…
  // giới thiệu\nCó văn bản … giới thiệu: 4,0đ. Chỉ tính 01 lần …»): the guide's line is no part of the name, or a unit
  // is listed short of «… bằng văn bản. Mỗi mô hình (2,5/5)», named with «Có văn bản … giới thiệu».
  const line = name.lastIndexOf('\n');
  if (cut && line > 0 && /[.!?]\s+\p{Lu}/u.test(title.slice(line).split('\n', 2)[1]!)) name = name.slice(0, line).trim();
  name = name.replace(/\s*:$/, '');
  return name.length >= 8 ? name : title;
}

/**
 * Where the top level starts inside a name its levels follow (`levels`: from the first level's points on): a threshold
 * («≥ 40%», «≥90%»), or the words a lower level writes after «chưa» / «không» («chưa triển khai»); -1 when neither, or
 * what would be left is no name (fewer than 8 characters).
 */
function topLevelAt(name: string, levels: string): number {
  const threshold = /\s[≥>]\s*\d/u.exec(name)?.index ?? -1;
  const denied = [...levels.matchAll(/;\s*(?:chưa|không)\s+([^:;]+?)\s*:/giu)].map((m) => name.indexOf(` ${m[1]!.trim()}`)).filter((at) => at > 0);
  const at = Math.min(...[threshold, ...denied].filter((a) => a > 0));
  return Number.isFinite(at) && at >= 8 ? at : -1;
}

/**
 * A period that is not a calendar year, known by its first words: a month («Tháng 4/2026»), a quarter, a term, a school
 * year, six or nine months. A year («Năm 2025»), a phase or anything else is none: the round is said by its year.
 */
const NOT_A_YEAR = /^(?:tháng|quý|học\s+kỳ|năm\s+học|(?:6|sáu|9|chín)\s+tháng)(?=[\s\d]|$)/iu;

/**
 * The period of a yearly round that is shorter than a calendar year or not one, as the set states it («Tháng 4/2026»):
 * a school's monthly evaluation scored as the «Hằng năm» round is no year-long round, and «năm 2026» on its papers would
 * say one it never held. undefined for a year, a phase or no period.
 */
export function statedPeriod(record: RunRecord): string | undefined {
  const label = record.set.period.label.trim();
  return record.round === 'hang-nam' && NOT_A_YEAR.test(label) ? label : undefined;
}

/**
 * «năm 2025» for a yearly round, «kỳ Tháng 4/2026» for one of a period shorter than a year (statedPeriod), «đợt sơ kết
 * giai đoạn» at a phase review: what the result is the result of.
 */
export function roundName(record: RunRecord): string {
  if (record.round !== 'hang-nam') return `đợt ${AWARD_ROUND_TITLES[record.round].toLowerCase()}`;
  const period = statedPeriod(record);
  return period ? `kỳ ${period}` : `năm ${roundYear(record)}`;
}

/**
 * «phong trào thi đua chuyển đổi số năm 2025» — the set's own movement (namedMovement) or thidua's; a yearly round says
 * its year (or the school year the name ends with), not the phase, and a round of a period shorter than a year that
 * period as the set words it («phong trào … năm học 2025 - 2026, kỳ Tháng 4/2026»); a phase review says the set's period as the set words it («sơ kết giai đoạn phong trào …,
 * kỳ Giai đoạn I (2023 - 2025)»).
 */
export function movementName(record: RunRecord): string {
  const movement = namedMovement(record.set) ?? DEFAULT_MOVEMENT;
  const period = statedPeriod(record);
  // A movement named with that very period («… năm học 2025 - 2026» in a school year's round) says it once.
  if (period) return normalizeLabel(movement).endsWith(normalizeLabel(period)) ? movement : `${movement}, ${roundName(record)}`;
  if (record.round === 'hang-nam') return inSchoolYear(movement, roundYear(record)) ? movement : `${movement} ${roundName(record)}`;
  return `${AWARD_ROUND_TITLES[record.round].toLowerCase()} ${movement}${periodWords(record, ', kỳ ')}`;
}

/**
 * A movement whose name ends with the school year it is held in («… năm học 2025 - 2026»), the round's year one of its
 * two: the name says when, and «năm 2025» after it would say it twice; a school year without that year keeps it, seen.
 */
function inSchoolYear(movement: string, year: string): boolean {
  const held = /năm\s+học\s+(\d{4})\s*[-–]\s*(\d{4})$/iu.exec(movement);
  return held !== null && (held[1] === year || held[2] === year);
}

/** «, kỳ Giai đoạn I (2023 - 2025)» after `lead` — nothing for a set that names no period (never «kỳ » with nothing after it). */
export function periodWords(record: RunRecord, lead: string, close = ''): string {
  const label = record.set.period.label.trim();
  return label === '' ? '' : `${lead}${label}${close}`;
}

/** «đã được Hội đồng chốt ngày 23/11/2026» — a date, never a person: no one is named inside a «Căn cứ». */
export function closedOnText(closed: ClosedRound): string {
  return `đã được Hội đồng chốt ngày ${formatDateVi(closed.closedAt.slice(0, 10))}`;
}

/**
 * The «Căn cứ» lines of a paper: the legal bases in force on `day`, the day the deciding level receives the dossier
 * (Law 06/2026/QH16's transition turns on it, DOMAIN.md §12), then the plan.
 */
export function basesOf(closed: ClosedRound, day: string, slots?: readonly Slot[]): { lines: string[]; warnings: string[] } {
  const { citations, warnings } = legalBasesOn(day, slots);
  // A ward's own plan is the ward's («của phường»), as every other line of its papers names it.
  const { set } = closed.record;
  const plan = planLine(set.legalBasis, `Kế hoạch phát động ${namedMovement(set) ?? `${DEFAULT_MOVEMENT} của ${communeKind(set.commune)}`}`);
  return { lines: [...citations.map((c) => `Căn cứ ${c};`), plan.line], warnings: [...warnings, ...(plan.warning ? [plan.warning] : [])] };
}

/** What the officer sets for the papers: what prizes are computed from, the days the list is posted. */
export type PaperOptions = {
  /** YYYY-MM-DD: the day the chairman's decision is (to be) signed, which picks the base salary of the prizes. */
  decisionDate: string;
  /** Đồng: the officer's base salary, winning over the dated table's. */
  baseSalary?: number;
  rounding: PrizeRounding;
  /** YYYY-MM-DD: the day the commune chairman receives the council's dossier (its own awards); picks their legal bases. */
  receivedOn: string;
  /** YYYY-MM-DD: the day the province receives the submission for awards above the commune; picks its legal bases. */
  receivedUpward: string;
  /** YYYY-MM-DD, the first and last day of posting. */
  posting: { from: string; to: string };
};

/** What the prizes of these papers are computed from. */
export function termsOf(opts: PaperOptions): PrizeTerms {
  return prizeTerms(opts.decisionDate, opts.rounding, opts.baseSalary);
}

/** The working days (Monday to Friday) met stepping `step` days at a time from `iso`, `days` of them, in the order met. */
function workingDaysFrom(iso: string, days: number, step: 1 | -1): string[] {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const met: string[] = [];
  while (met.length < days) {
    do d.setUTCDate(d.getUTCDate() + step);
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
    met.push(d.toISOString().slice(0, 10));
  }
  return met;
}

/** `days` working days (Monday to Friday) ending the working day before `iso`: the first and the last. */
export function workingDaysBefore(iso: string, days: number): { from: string; to: string } {
  const met = workingDaysFrom(iso, days, -1);
  return { from: met.at(-1)!, to: met[0]! };
}

/** `days` working days (Monday to Friday) from the day after `iso`: the first and the last. */
export function workingDaysAfter(iso: string, days: number): { from: string; to: string } {
  const met = workingDaysFrom(iso, days, 1);
  return { from: met[0]!, to: met.at(-1)! };
}

/**
 * «Chủ tịch Ủy ban nhân dân tỉnh Điện Biên»: whom the commune submits awards above its own to — the province, since
 * the districts ended on 01/7/2025 (DOMAIN.md §9); a central award also goes up through it.
 */
export function provinceChair(record: RunRecord): string {
  return `Chủ tịch Ủy ban nhân dân tỉnh${record.set.province ? ` ${record.set.province}` : ''}`;
}

/**
 * «Mã niêm phong kết quả đã chốt lần 1: 7K3M-Q9TX-2B8R-WZ4D (SHA-256 …)»: the closing's seal on the paper the council
 * signs, so the folder can be checked against the paper (the command line's verify --seal), not only against itself;
 * a signed closing adds its public key's fingerprint.
 */
export function sealText(closed: ClosedRound): string {
  const seal = `Mã niêm phong kết quả đã chốt lần ${closed.number}: ${sealCode(closed.seal)} (SHA-256 ${closed.seal}).`;
  // A signed closing names its key beside the seal: the folder is then checked with the public key that has this fingerprint.
  return closed.signature ? `${seal} Ký bằng khoá của Hội đồng, vân tay khoá công khai: ${keyFingerprint(closed.signature.publicKey)}.` : seal;
}

// Made for issue 26 item 4, issue 38 item 3 and issue 46 items 3 and 4: one wording of the bases, the round, the
// dates and the options for every paper, the set's period label kept as written (a month's round, Sơn Trà's Mẫu 03, by it).
