// Classification, shared by scoring, checks and awards: which subject kind a unit is (criteria/kinds.ts), which rows carry
// which criteria, what a row's cells amount to for a criterion (a value, not assigned, missing, unreadable),
// which band a percentage reaches and which award gates a card meets.
import type { ClassificationBand, CriteriaSet, Criterion, SubjectKind } from '../criteria/schema.js';
import type { ReportCell } from '../sheet/cell.js';
import type { CellValue, ParsedValue } from '../cell.js';
import type { ReportColumns, ReportRow, UnitReport } from '../report/schema.js';
import { cellText, formatNumberVi, isoToExcelSerial, parseNumberText } from '../values.js';
import type { CriterionScore } from './score-card.js';
import { levelNamed, unnamedLevels } from './level-word.js';
import { formatNumber, isPercentMeasure, occurrenceUnit } from '../criteria/rules/reason.js';
import { rateWhenNoDenominator } from '../criteria/rules/index.js';
import type { CriterionWithRule } from '../criteria/rules/rule.js';
import { codeKey, exactKey, kindTyped, planOf, type SetPlan, type TypedCode } from './set-plan.js';

export { appliesToKind, codeKey } from './set-plan.js';

/** The unit's kind as the report states it; undefined when the cell is empty or names no kind of the set. */
export function reportKind(set: CriteriaSet, report: UnitReport): SubjectKind | undefined {
  return kindTyped(set, cellText(report.unitKind?.raw));
}

export type CriterionRows = {
  /** The first row of each criterion of the set, by criterion code as the set writes it. */
  byCode: Map<string, ReportRow>;
  /** Later rows repeating a code already seen, with the row that counts. */
  duplicates: readonly { row: ReportRow; first: ReportRow }[];
  /** Rows whose code is not in the set. */
  unknown: readonly ReportRow[];
  /** The first row of each item's own bonus or deduction line (`Criterion.own`), by the line's code. */
  lines: ReadonlyMap<string, ReportRow>;
};

/**
 * Which report row carries which criterion. The first row of a code is the one scored. Worked out once per
 * report and set: scoring and several checks ask (reports and sets are not changed once read).
 */
export function criterionRows(set: CriteriaSet, report: UnitReport): CriterionRows {
  const cached = rowsCache.get(report);
  if (cached?.set === set) return cached.rows;
  const rows = findCriterionRows(set, report);
  rowsCache.set(report, { set, rows });
  return rows;
}
const rowsCache = new WeakMap<UnitReport, { set: CriteriaSet; rows: CriterionRows }>();

/**
 * The set's codes by key: each by its exact key, and by its codeKey where no other code shares it (a table lettered a, b,
 * c, d, đ, e, ê has «d» and «đ» folded alike: those are found only as written). Looked up by {@link codeOf}.
 */
export function codesByKey(set: CriteriaSet): Map<string, string> {
  return planOf(set).codes;
}

/** The set's code a typed code stands for: as written, else as officers mean it («cqs-03 » is «CQS-03»). */
export const codeOf = (codes: ReadonlyMap<string, string>, typed: string, key = codeKey(typed)): string | undefined => codes.get(exactKey(typed)) ?? codes.get(key);

/**
 * A typed code's key (codeKey) and the set's code it stands for (codeOf), per set: every report of a set types the set's
 * codes, so each is folded once rather than on every row of every report (two folds and two lookups a row were a fifth
 * of scoring, issue 59). Bounded: a run of odd codes cannot grow it without end.
 */
function typedCode(plan: SetPlan, typed: string): TypedCode {
  const known = plan.typed;
  let found = known.get(typed);
  if (!found) {
    if (known.size >= 4096) known.clear();
    const key = codeKey(typed);
    known.set(typed, (found = { key, code: codeOf(plan.codes, typed, key) }));
  }
  return found;
}

/** criterionRows worked out afresh, not remembered: for scoring, which hands them to its checks itself. */
export function findCriterionRows(set: CriteriaSet, report: UnitReport): CriterionRows {
  // The first row of a code is the one in byCode (as the rows are read, byCode holds nothing else); the first row of an
  // unknown key is kept apart, for its repeats. What most reports have none of (repeats, unknown keys, an item's own
  // lines) is made only when a row needs it: an empty map or list made for every report was most of what this allocated.
  const byCode = new Map<string, ReportRow>();
  let firstOfKey: Map<string, ReportRow> | undefined;
  let duplicates: { row: ReportRow; first: ReportRow }[] | undefined;
  let unknown: ReportRow[] | undefined;
  let unknownKeys: string[] | undefined;
  let lines: Map<string, ReportRow> | undefined;
  const plan = planOf(set);
  const lineCodes = plan.lineCodes;
  for (const row of report.rows) {
    const typed = typedCode(plan, cellText(row.code.raw));
    const key = typed.key;
    if (key === '') continue;
    const found = typed.code;
    if (found !== undefined) {
      const first = byCode.get(found);
      if (first === undefined) byCode.set(found, row);
      else {
        // A repeat the set was read as a code of its own («4.1-2»), when the set holds one.
        const again = repeatedCode(plan.codes, byCode, found);
        if (again !== undefined) byCode.set(again, row);
        else (duplicates ??= []).push({ row, first });
      }
      continue;
    }
    const first = firstOfKey?.get(key);
    if (first) {
      (duplicates ??= []).push({ row, first });
      continue;
    }
    (firstOfKey ??= new Map()).set(key, row);
    const line = lineCodes.get(key);
    if (line !== undefined) (lines ??= new Map()).set(line, row);
    else {
      (unknown ??= []).push(row);
      (unknownKeys ??= []).push(key);
    }
  }
  // Items with sub-rows (numbered sheets): the first item row of each code, for every criterion not yet found (twice).
  const items = report.itemRows?.length ? firstItemRows(plan, report.itemRows) : undefined;
  if (items) {
    for (const c of set.criteria) {
      const own = byCode.has(c.code) ? undefined : items.get(c.code);
      if (own && scored(own)) byCode.set(c.code, own);
    }
  }
  const rest = unknown === undefined ? NO_ROWS : unknown.filter((row, i) => !ownedByCriterion(plan, byCode, row, unknownKeys![i]!));
  if (items) {
    for (const c of set.criteria) {
      const own = byCode.has(c.code) ? undefined : items.get(c.code);
      if (own) byCode.set(c.code, own);
    }
  }
  return { byCode, duplicates: duplicates ?? NO_DUPLICATES, unknown: rest, lines: lines ?? NO_LINES };
}
const NO_ROWS: readonly ReportRow[] = [];
const NO_DUPLICATES: CriterionRows['duplicates'] = [];
const NO_LINES: ReadonlyMap<string, ReportRow> = new Map();

/**
 * The set's criterion a row repeating `code` is, when the set was read from a table that repeats it in the same place
 * («4.10» and «4.20» a spreadsheet turned into 4.1 and 4.2): its reader coded the second «4.1-2», the third «4.1-3»
 * (codesByPlace), so the unit's copy of that table is read the same way — not as a copy of the first row, scored 0 as
 * «thiếu tiêu chí». The first such code not yet found; undefined when the set has none.
 */
function repeatedCode(codes: ReadonlyMap<string, string>, found: ReadonlyMap<string, ReportRow>, code: string): string | undefined {
  for (let i = 2; ; i++) {
    const again = codeOf(codes, `${code}-${i}`);
    if (again === undefined || !found.has(again)) return again;
  }
}

/** The first item row of each of the set's codes. */
function firstItemRows(plan: SetPlan, itemRows: readonly ReportRow[]): Map<string, ReportRow> {
  const items = new Map<string, ReportRow>();
  for (const r of itemRows) {
    const c = typedCode(plan, cellText(r.code.raw)).code;
    if (c !== undefined && !items.has(c)) items.set(c, r);
  }
  return items;
}

const scored = (row: ReportRow) => [row.selfScore, row.verifiedScore, row.result].some((c) => c !== undefined && c.value.kind !== 'empty');

/**
 * A row the set scores under another code, on a scoring table's numbering: a level of an item (the one the unit
 * marked is the item's row, unless the item's own row carries the score), or a section heading (a letter over its
 * items: «a» over «a1», «a2»). A marked level is taken into `byCode`.
 */
function ownedByCriterion(plan: SetPlan, byCode: Map<string, ReportRow>, row: ReportRow, key: string): boolean {
  const { prefixes, sections } = plan.numbering;
  const owner = prefixes.find((p) => key.startsWith(p.prefix))?.criterion;
  if (owner) {
    if (!byCode.has(owner.code) && owner.rule.kind === 'tiers' && scored(row)) {
      // The level's own points are not the item's maximum: the sheet is not said to have changed it.
      const level = { ...row };
      delete level.maxPoints;
      byCode.set(owner.code, level);
    }
    return true;
  }
  return /^[a-zđ]$/.test(key) && sections.has(key);
}

/**
 * What a report row gives a criterion. `cell` is where the figure is (or should be). `byHand`: points typed in «Điểm tự
 * chấm» or the verified column, never a count a per-occurrence rule multiplies.
 */
export type Reading =
  | { kind: 'value'; value: number; cell: string; note?: string; byHand?: true }
  | { kind: 'not_assigned'; cell: string }
  | { kind: 'missing'; cell?: string; what: string }
  | { kind: 'invalid'; cell: string; raw: CellValue; problem: string };

type CellField = 'result' | 'numerator' | 'denominator' | 'selfScore';

/** Address of a field's cell on a row, even when the cell is blank (from the table's columns). */
export function fieldAddress(row: ReportRow, columns: ReportColumns, field: CellField | 'evidence'): string | undefined {
  const cell = row[field];
  if (cell) return cell.address;
  const letter = columns[field];
  return letter ? `${letter}${row.row}` : undefined;
}

const EXPECTED: Record<Criterion['measure'], string> = {
  percent: 'tỷ lệ %',
  ratio: 'tỷ lệ %',
  count: 'số',
  yes_no: 'Có/Không',
  date: 'ngày',
  points: 'điểm',
};

/** Cells are read for what a criterion measures; a self-score (Điểm tự chấm) is read as points. */
type Measured = Pick<Criterion, 'measure'> & Partial<Pick<Criterion, 'rule'>>;
const AS_POINTS: Measured = { measure: 'points' };

/** What the unit typed, quoted, for a message: "khoảng 80"; a number past what a spreadsheet holds (10 million digits) said as such, never «Infinity». */
function shown(cell: ReportCell): string {
  if (typeof cell.raw === 'number' && !Number.isFinite(cell.raw)) return 'một số quá lớn (vượt mọi số Excel giữ được)';
  return `"${cellText(cell.raw)}"`;
}

function unreadable(cell: ReportCell, criterion: Measured): Reading {
  const v = cell.value;
  const problem =
    v.kind === 'error'
      ? v.value.startsWith('#') ? `lỗi Excel ${v.value}` : v.value
      : `${shown(cell)} không đọc được thành ${EXPECTED[criterion.measure]}`;
  return { kind: 'invalid', cell: cell.address, raw: cell.raw, problem };
}

/** A parsed number cell in the criterion's unit, or why it cannot be. */
function numberReading(cell: ReportCell, criterion: Measured, v: Extract<ParsedValue, { kind: 'number' }>): Reading {
  const at = cell.address;
  if (isPercentMeasure(criterion)) {
    if (v.percent) return { kind: 'value', value: v.value, cell: at };
    if (v.value > 0 && v.value < 1) {
      // 0.855 without a percent format is a fraction of one: officers mean 85.5%.
      const value = Number((v.value * 100).toPrecision(15));
      return { kind: 'value', value, cell: at, note: `đọc ${formatNumberVi(v.value)} là ${formatNumber(value)}%` };
    }
    return { kind: 'value', value: v.value, cell: at };
  }
  if (v.percent) return { kind: 'invalid', cell: at, raw: cell.raw, problem: `${shown(cell)} là tỷ lệ %, tiêu chí cần ${EXPECTED[criterion.measure]}` };
  if (criterion.measure === 'yes_no') {
    if (v.value === 0 || v.value === 1) return { kind: 'value', value: v.value, cell: at };
    return { kind: 'invalid', cell: at, raw: cell.raw, problem: `${shown(cell)} không phải Có/Không (1 hoặc 0)` };
  }
  if (criterion.measure === 'date') return unreadable(cell, criterion);
  return { kind: 'value', value: v.value, cell: at };
}

/** The value written in Kết quả itself, before counts are considered (undefined when blank). */
export function statedResult(criterion: Criterion, row: ReportRow): Reading | undefined {
  return readCell(row.result, criterion);
}

/** Reads one cell as the criterion's figure; undefined when the cell is blank. */
function readCell(cell: ReportCell | undefined, criterion: Measured): Reading | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  const at = cell.address;
  switch (v.kind) {
    case 'empty':
      return undefined;
    case 'not_assigned':
      return { kind: 'not_assigned', cell: at };
    case 'number':
      return numberReading(cell, criterion, v);
    case 'fraction':
      if (!isPercentMeasure(criterion)) return unreadable(cell, criterion);
      if (v.denominator === 0) return noDenominator(criterion, at) ?? { kind: 'invalid', cell: at, raw: cell.raw, problem: `${shown(cell)} có mẫu số bằng 0` };
      return ratioOf(v.numerator, v.denominator, at, `tính từ ${formatNumber(v.numerator)}/${formatNumber(v.denominator)}`) ?? { kind: 'invalid', cell: at, raw: cell.raw, problem: noRate(v.numerator, v.denominator) };
    case 'bool':
      return criterion.measure === 'yes_no' ? { kind: 'value', value: v.value ? 1 : 0, cell: at } : unreadable(cell, criterion);
    case 'date': {
      const serial = criterion.measure === 'date' ? isoToExcelSerial(v.value) : undefined;
      return serial === undefined ? unreadable(cell, criterion) : { kind: 'value', value: serial, cell: at };
    }
    case 'text': {
      // «24 điểm», «1đ» in a points cell: the points the unit typed with their unit, read as such and said.
      const points = criterion.measure === 'points' ? pointsWritten(v.value) : undefined;
      return points === undefined ? unreadable(cell, criterion) : { kind: 'value', value: points, cell: at, note: `ô ${at} ghi «${v.value.trim()}»` };
    }
    case 'error':
      return unreadable(cell, criterion);
  }
}

/** A number followed by the word for points, alone in its cell («24 điểm», «1,5 đ», «-2đ.»); undefined otherwise. */
function pointsWritten(text: string): number | undefined {
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\.?\s*$/iu.exec(text.normalize('NFC'));
  return m ? parseNumberText(m[1]!) : undefined;
}

/** Counts with a denominator of 0, where the criterion's rule says what they stand for (no petitions: full points). */
function noDenominator(criterion: Measured, cell: string): Reading | undefined {
  const rate = criterion.rule ? rateWhenNoDenominator(criterion as Criterion) : undefined;
  return rate === undefined ? undefined : { kind: 'value', value: rate, cell, note: `mẫu số bằng 0, tính như ${formatNumber(rate)}%` };
}

/** The rate as a reading; undefined when it overflows (rateOf), so the rate is worked out once. */
function ratioOf(numerator: number, denominator: number, cell: string, note: string): Reading | undefined {
  const value = rateOf(numerator, denominator);
  return value === undefined ? undefined : { kind: 'value', value, cell, note };
}

/**
 * Tử số/mẫu số as a rate in %, to 15 digits; undefined when a denominator next to zero (5E-324) makes it overflow,
 * at once or when rounded (-1.7976931348623157e308 rounds past the largest number) — not a figure anyone reported.
 */
export function rateOf(numerator: number, denominator: number): number | undefined {
  const exact = (numerator / denominator) * 100;
  // A whole rate of at most 15 digits (most: 100, 80) is its own 15-digit rounding; -0 goes the general way, which makes it 0.
  if (Number.isInteger(exact) && exact !== 0 && Math.abs(exact) < 1e15) return exact;
  const rate = fifteenDigits(exact) ?? Number(exact.toPrecision(15));
  return Math.abs(rate) < 1e300 ? rate : undefined;
}

/**
 * Number(x.toPrecision(15)) without making the text (the number-to-text and text-to-number routines were the largest
 * part of a rate): x's 15 leading digits, rounded as toPrecision rounds them, over the power of ten that places them;
 * dividing two exact doubles rounds to the nearest double as reading the text does. Undefined where the arithmetic
 * cannot be sure (x scaled lands within 1/8 of a half — its own error is at most 1/16 —, log10 a place off, x outside
 * 1e-7…1e15, 0): the text decides. Checked against toPrecision on 27 million rates and doubles (issue 59).
 */
function fifteenDigits(x: number): number | undefined {
  const abs = Math.abs(x);
  if (!(abs >= 1e-7 && abs < 1e15)) return undefined;
  const scale = POWERS_OF_TEN[14 - Math.floor(Math.log10(abs))];
  if (scale === undefined) return undefined;
  const scaled = abs * scale;
  if (!(scaled >= 1e14 && scaled < 999_999_999_999_999) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 0.125) return undefined;
  const rate = Math.round(scaled) / scale;
  return x < 0 ? -rate : rate;
}
/** 10⁰ … 10²², each exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

const noRate = (n: number, d: number) => `tử số/mẫu số ${formatNumber(n)}/${formatNumber(d)} không cho một tỷ lệ đọc được`;

/** A plain number in a cell (tử số, mẫu số, điểm tự chấm); undefined when blank; 'unreadable' otherwise. */
export function cellNumber(cell: ReportCell | undefined): number | undefined | 'unreadable' {
  if (!cell || cell.value.kind === 'empty') return undefined;
  return cell.value.kind === 'number' ? cell.value.value : 'unreadable';
}

/**
 * A cell of points (điểm tự chấm): a number, or points typed with their unit («24 điểm», «1đ»); as cellNumber otherwise.
 * A rate («90%») is no points, as a criterion's reading says: never 90 points in the self-scores' total or a check.
 */
export function pointsNumber(cell: ReportCell | undefined): number | undefined | 'unreadable' {
  if (cell?.value.kind === 'number' && cell.value.percent) return 'unreadable';
  return cell?.value.kind === 'text' ? (pointsWritten(cell.value.value) ?? 'unreadable') : cellNumber(cell);
}

/**
 * What the row gives the criterion. Manual criteria take the unit's self-score (Điểm tự chấm) as points,
 * or a number in Kết quả; rates are computed from Tử số / Mẫu số when both are given.
 */
export function readCriterionValue(criterion: Criterion, row: ReportRow, columns: ReportColumns): Reading {
  const reading = readValue(criterion, row, columns);
  if (reading.kind !== 'invalid') return reading;
  // A word typed for the figure of an item whose levels have no names (not an Excel error): said with its levels, as named ones are.
  const cell = [row.result, row.selfScore, row.verifiedScore].find((c) => c?.address === reading.cell);
  const levels = cell && cell.value.kind !== 'error' && typeof cell.raw === 'string' ? unnamedLevels(criterion) : undefined;
  return levels === undefined ? reading : { ...reading, problem: `${reading.problem}: ${levels}` };
}

function readValue(criterion: Criterion, row: ReportRow, columns: ReportColumns): Reading {
  // A level's name typed for the level («a», «Giỏi»), in «Kết quả», or in «Điểm tự chấm» until the council scores it.
  // Only an item scored by levels has names to read (levelNamed): the others skip the cells' list.
  if (criterion.rule.kind === 'tiers') {
    for (const cell of typedIn(row.verifiedScore) ? [row.result] : [row.result, row.selfScore]) {
      const level = levelNamed(criterion, cell);
      if (level === undefined) continue;
      if ('value' in level) return { kind: 'value', value: level.value, cell: cell!.address, note: level.note };
      return { kind: 'invalid', cell: cell!.address, raw: cell!.raw, problem: `«${cellText(cell!.raw).trim()}» không đọc được thành điểm: ${level.names}` };
    }
  }
  const result = readCell(row.result, criterion);
  if (result?.kind === 'not_assigned') return result;
  // Points read as the unit and the council give them: by hand, and an office's levels, bonus and deductions scored
  // from the self-score — also beside a «Kết quả» left blank (every template has the column): a figure the unit typed
  // in «Điểm tự chấm» is read as it is where the report has no «Kết quả», never taken for nothing.
  const byHand = typedIn(row.selfScore) || typedIn(row.verifiedScore);
  // A bonus or deduction row's «Kết quả» often says what happened in words («Chủ tịch HĐND bị khiển trách»), its points
  // in «Điểm tự chấm»: the words are a description, as a manual criterion's are (an officer walk: a chairman's
  // discipline read as nothing, the unit proposed for an award). So is a figure that is not points on a row measured
  // in points: the rate that earned the bonus («100%» beside its 5 points, Cần Thơ's 5.1), kept beside the points.
  const extra = addsOrTakes(criterion);
  const described = extra && result?.kind === 'invalid' && (row.result?.value.kind === 'text' || (criterion.measure === 'points' && row.result?.value.kind !== 'error'));
  const scoredBy = row.result === undefined || ((result === undefined || described) && byHand);
  if (criterion.rule.kind === 'manual' || ((criterion.measure === 'points' || extra) && scoredBy)) return perOccurrenceSaid(criterion, readManual(criterion, row, columns, result), row, columns);
  if (described) {
    const selfCell = fieldAddress(row, columns, 'selfScore');
    if (selfCell !== undefined) return { ...result, problem: `${result.problem}, «Điểm tự chấm» (${selfCell}) để trống` };
  }
  if (isPercentMeasure(criterion)) {
    // Counts win: a rate stated beside its Tử số / Mẫu số is judged on the counts (ratio-mismatch says
    // when the two disagree); a stated rate stands alone only when the counts are not both given.
    const fromParts = result?.kind === 'invalid' ? undefined : readParts(criterion, row, columns);
    if (fromParts?.kind === 'value' && result?.kind === 'value') {
      return { kind: 'value', value: fromParts.value, cell: fromParts.cell, note: `${fromParts.note}; Kết quả ghi ${formatNumber(result.value)}%` };
    }
    if (result) return result;
    if (fromParts) return fromParts;
  }
  if (result) return result;
  return noneOrMissing(criterion, fieldAddress(row, columns, 'result'), 'chưa nhập kết quả');
}

/** Whether a cell holds anything typed. */
const typedIn = (cell: ReportCell | undefined): boolean => cell !== undefined && cell.value.kind !== 'empty';

/** What a figure that cannot be read gives: `nothing`, except that a deduction not read is none taken, not «0 điểm» (a loss to the eye). */
export function unreadGives(criterion: Pick<Criterion, 'rule'>, nothing: string): string {
  return criterion.rule.kind === 'deduction' ? 'chưa trừ điểm, đơn vị giữ điểm cho đến khi Hội đồng quyết định' : nothing;
}

/** A bonus or a deduction: a row that adds on top of the total or takes from it. */
function addsOrTakes(criterion: Criterion): criterion is CriterionWithRule<'bonus' | 'deduction'> {
  return criterion.rule.kind === 'bonus' || criterion.rule.kind === 'deduction';
}

/** A row left blank: a bonus or deduction none (nothing happened to add or take), anything else missing. */
function noneOrMissing(criterion: Criterion, cell: string | undefined, what: string): Reading {
  if (addsOrTakes(criterion)) return { kind: 'value', value: 0, cell: cell ?? '', note: 'không ghi' };
  return { kind: 'missing', cell, what };
}

/** Points given by hand: a manual criterion's, or a bonus's or deduction's not counted per occurrence (no rule computes them). */
export function pointsByHand(criterion: Criterion): boolean {
  return criterion.rule.kind === 'manual' || (addsOrTakes(criterion) && criterion.rule.pointsEach === undefined);
}

/** A bonus or deduction given per occurrence («Trừ điểm: 2»): its «Kết quả» is a count, its «Điểm tự chấm» points. */
export function countedEach(criterion: Criterion): criterion is CriterionWithRule<'bonus' | 'deduction'> {
  return addsOrTakes(criterion) && criterion.rule.pointsEach !== undefined;
}

/** Points typed by hand for a bonus or deduction counted per occurrence are taken as points: said, as «Kết quả» gave no count. */
function perOccurrenceSaid(criterion: Criterion, reading: Reading, row: ReportRow, columns: ReportColumns): Reading {
  if (reading.kind !== 'value' || !reading.byHand || !countedEach(criterion)) return reading;
  const unit = occurrenceUnit(criterion);
  return { ...reading, note: `${reading.note}, không tính theo số ${unit}: ô ${fieldAddress(row, columns, 'result') ?? 'Kết quả'} không ghi số ${unit}` };
}

function readManual(criterion: Criterion, row: ReportRow, columns: ReportColumns, result: Reading | undefined): Reading {
  // The council's verified score, where the sheet has a column for it, wins; until typed, the self-score
  // stands, pending review (flagged by not-yet-verified).
  const verified = readCell(row.verifiedScore, AS_POINTS);
  const self = row.selfScore;
  const fromSelf = readCell(self, AS_POINTS);
  // The self-score is said beside the verified one where they differ: the council sees what it changed.
  if (verified?.kind === 'value') {
    const changed = fromSelf?.kind === 'value' && fromSelf.value !== verified.value ? `; đơn vị tự chấm ${formatNumber(fromSelf.value)}` : '';
    return { kind: 'value', value: verified.value, cell: verified.cell, note: `theo điểm thẩm định${verified.note ? ` (${verified.note})` : ''}${changed}${reportedBeside(row, verified.value)}`, byHand: true };
  }
  if (verified) return verified;
  const pending = columns.verifiedScore !== undefined ? ', chưa thẩm định' : '';
  if (fromSelf?.kind === 'value') return { kind: 'value', value: fromSelf.value, cell: fromSelf.cell, note: `theo điểm tự chấm${fromSelf.note ? ` (${fromSelf.note})` : ''}${pending}${reportedBeside(row, fromSelf.value)}`, byHand: true };
  if (fromSelf) return fromSelf;
  // Kết quả of a qualitative criterion is often a description; only a number there is points.
  if (result?.kind === 'value') return result;
  return noneOrMissing(criterion, fieldAddress(row, columns, 'selfScore') ?? fieldAddress(row, columns, 'result'), 'chưa có điểm tự chấm');
}

/**
 * «; đơn vị báo cáo 92%»: the figure the unit reported in «Kết quả» beside the points taken from elsewhere, so the
 * explanation keeps it; nothing for the same number as the points (typed in both cells). Where «Kết quả» gives no
 * figure (words, a blank), the figures of «Tử số» and «Mẫu số» («; đơn vị báo cáo 870/1.000»): a criterion scored by hand
 * whose words define a rate («a = … b = … Tỷ lệ = a/b», the departments' DTI table's 6.10, 6.15, 6.16, 6.17) has the
 * unit's a and b there, which the council weighs the points against.
 */
function reportedBeside(row: ReportRow, points: number): string {
  const v = row.result?.value;
  if (v?.kind === 'fraction') return `; đơn vị báo cáo ${formatNumber(v.numerator)}/${formatNumber(v.denominator)}`;
  if (v?.kind === 'number') return v.percent || v.value !== points ? `; đơn vị báo cáo ${formatNumber(v.value)}${v.percent ? '%' : ''}` : '';
  const [a, b] = [cellNumber(row.numerator), cellNumber(row.denominator)];
  return typeof a === 'number' && typeof b === 'number' ? `; đơn vị báo cáo ${formatNumber(a)}/${formatNumber(b)}` : '';
}

/** The rate from Tử số / Mẫu số when Kết quả is blank; undefined when both are blank. */
function readParts(criterion: Criterion, row: ReportRow, columns: ReportColumns): Reading | undefined {
  const { numerator, denominator } = row;
  if (numerator?.value.kind === 'not_assigned') return { kind: 'not_assigned', cell: numerator.address };
  if (denominator?.value.kind === 'not_assigned') return { kind: 'not_assigned', cell: denominator.address };
  const n = cellNumber(numerator);
  const d = cellNumber(denominator);
  if (n === undefined && d === undefined) return undefined;
  if (n === 'unreadable') return { kind: 'invalid', cell: numerator!.address, raw: numerator!.raw, problem: `tử số ${shown(numerator!)} không phải là số` };
  if (d === 'unreadable') return { kind: 'invalid', cell: denominator!.address, raw: denominator!.raw, problem: `mẫu số ${shown(denominator!)} không phải là số` };
  if (n === undefined) return { kind: 'missing', cell: fieldAddress(row, columns, 'numerator'), what: 'thiếu tử số' };
  if (d === undefined) return { kind: 'missing', cell: fieldAddress(row, columns, 'denominator'), what: 'thiếu mẫu số' };
  if (d === 0) return noDenominator(criterion, denominator!.address) ?? { kind: 'invalid', cell: denominator!.address, raw: denominator!.raw, problem: 'mẫu số bằng 0' };
  return ratioOf(n, d, numerator!.address, `tính từ tử số/mẫu số ${formatNumber(n)}/${formatNumber(d)}`) ?? { kind: 'invalid', cell: denominator!.address, raw: denominator!.raw, problem: noRate(n, d) };
}

/** The first band (bands are listed best first) whose minimum the percentage reaches. */
export function classifyPercent(set: CriteriaSet, percent: number): ClassificationBand | undefined {
  // Indexed, no closure: every card asks (issue 59).
  const bands = set.classification;
  for (let i = 0; i < bands.length; i++) if (bands[i]!.minPercent <= percent) return bands[i];
  return undefined;
}

/** Codes of the gate criteria (tiêu chí bắt buộc) of every award form, each once, in the set's order. */
export function gateCodes(set: CriteriaSet): readonly string[] {
  return planOf(set).gateCodes;
}

/** A gate is met when its target is; without a target, when it earned its full points. */
export function gateMet(score: CriterionScore): boolean {
  if (score.status !== 'scored') return false;
  return score.met ?? (score.max > 0 && score.points >= score.max);
}
