// Bộ tiêu chí ⇄ trang `Tiêu chí`: a criteria set as a plain sheet an officer edits in Excel, and back.
// Every part is found by its labels: the metadata block by label–value pairs at the top, the criteria table by
// its header row, the other tables by a section title («NHÓM TIÊU CHÍ», «XẾP LOẠI»…) followed by their header.
// Reading collects every error, each with its cell and a Vietnamese message.
import { findLabeledCells, gridAddress, isBlank, isBlankRow, sheetCell } from '../report/read.js';
import type { CellValue, ReportCell, SheetGrid } from '../report/schema.js';
import { columnLetter, labelLookup, matchesLabel, normalizeLabel, parseAddress } from '../text.js';
import {
  cellText, excelSerialToIso, formatNumberVi, isoToDate, parseCell, parseNumberText,
} from '../values.js';
import type { CellFormat, SheetEdit } from '../workbook/port.js';
import { withPrintLayout } from '../workbook/print-layout.js';
import { withRowHeights } from '../workbook/row-height.js';
import { resolveKind } from './kinds.js';
import {
  AWARD_ROUND_TITLES,
  CriteriaSet,
  type AwardForm, type AwardQuota, type ClassificationBand, type CouncilPolicy, type CriteriaGroup,
  type Criterion, type Measure, type ScoringRule, type SubjectKind, type Target, type TieBreak, type Tier,
} from './schema.js';
import { formatTarget, parseTarget } from './target.js';

export const CRITERIA_SHEET_NAME = 'Tiêu chí';

export type CriteriaSheetError = { cell: string; message: string };
export type ReadCriteriaSheetResult = { ok: true; set: CriteriaSet } | { ok: false; errors: CriteriaSheetError[] };

// ---------------------------------------------------------------------------------------------------------
// Vocabulary: what the sheet says for each value. The first label of each list is the one written.

const META = {
  id: ['Mã bộ tiêu chí'],
  version: ['Phiên bản'],
  title: ['Tên bộ tiêu chí'],
  commune: ['Xã', 'Phường', 'Thị trấn'],
  district: ['Huyện', 'Quận', 'Thị xã'],
  province: ['Tỉnh'],
  document: ['Căn cứ', 'Số kế hoạch'],
  documentDate: ['Ngày ban hành'],
  documentTitle: ['Trích yếu'],
  periodLabel: ['Kỳ', 'Kỳ đánh giá'],
  from: ['Từ ngày'],
  to: ['Đến ngày'],
  deadline: ['Hạn nộp', 'Hạn nộp báo cáo'],
  deadlineWording: ['Hạn nộp theo lời kế hoạch'],
  ratioMismatch: ['Sai lệch tỷ lệ cho phép (điểm %)', 'Sai lệch tỷ lệ cho phép'],
  selfScoreGap: ['Sai lệch điểm tự chấm cho phép (phần của điểm tối đa)', 'Sai lệch điểm tự chấm cho phép'],
  council: ['Số liệu bị bác (Rút điểm / Không xét khen thưởng)', 'Số liệu bị bác'],
  notes: ['Lưu ý', 'Ghi chú'],
} as const;
type MetaKey = keyof typeof META;

const SECTION_TITLES = {
  groups: ['NHÓM TIÊU CHÍ'],
  kinds: ['LOẠI ĐỐI TƯỢNG'],
  criteria: ['DANH SÁCH TIÊU CHÍ', 'TIÊU CHÍ'],
  bands: ['XẾP LOẠI'],
  awards: ['HÌNH THỨC KHEN THƯỞNG'],
  tieBreaks: ['THỨ TỰ ƯU TIÊN KHI BẰNG ĐIỂM', 'THỨ TỰ ƯU TIÊN'],
} as const;
type SectionKey = keyof typeof SECTION_TITLES;

const CRITERIA_COLUMNS = {
  code: ['Mã', 'Mã tiêu chí'],
  title: ['Tiêu chí', 'Nội dung', 'Tên tiêu chí'],
  group: ['Nhóm', 'Nhóm tiêu chí'],
  unit: ['Đơn vị tính', 'ĐVT'],
  target: ['Chỉ tiêu'],
  maxPoints: ['Điểm tối đa', 'Điểm chuẩn'],
  rule: ['Cách tính', 'Cách tính điểm', 'Cách chấm'],
  appliesTo: ['Áp dụng cho', 'Đối tượng áp dụng'],
  evidence: ['Minh chứng'],
  source: ['Căn cứ'],
  note: ['Ghi chú'],
  portal: ['Chỉ số cổng DVC', 'Chỉ số cổng'],
  // Only where «Đơn vị tính» and «Cách tính» do not already say what is measured.
  measure: ['Đại lượng (nếu khác)', 'Đại lượng'],
} as const;

const GROUP_COLUMNS = { id: ['Mã', 'Mã nhóm'], title: ['Tên nhóm', 'Nhóm'], maxPoints: ['Điểm tối đa'] } as const;
const KIND_COLUMNS = {
  id: ['Mã'],
  label: ['Tên', 'Tên loại'],
  collective: ['Tập thể/Cá nhân', 'Tập thể hay cá nhân'],
  aliases: ['Tên gọi khác'],
} as const;
const BAND_COLUMNS = { id: ['Mã'], label: ['Xếp loại'], minPercent: ['Từ (%)', 'Từ'] } as const;
const AWARD_COLUMNS = {
  id: ['Mã'],
  label: ['Hình thức', 'Hình thức khen thưởng'],
  level: ['Cấp', 'Cấp khen'],
  round: ['Đợt xét', 'Đợt'],
  minClassification: ['Xếp loại tối thiểu'],
  gateCriteria: ['Tiêu chí bắt buộc'],
  quotas: ['Chỉ tiêu', 'Số lượng tối đa'],
  source: ['Căn cứ'],
} as const;
const TIE_COLUMNS = { order: ['STT', 'Thứ tự'], key: ['Tiêu chí so sánh'] } as const;

const MEASURE_LABELS: Record<Measure, string> = {
  ratio: 'Tỷ lệ (tử số/mẫu số)',
  percent: 'Phần trăm',
  count: 'Số lượng',
  yes_no: 'Có/Không',
  date: 'Ngày',
  points: 'Điểm',
};
const LEVEL_LABELS: Record<AwardForm['level'], string> = { xa: 'Xã', huyen: 'Huyện', tinh: 'Tỉnh', 'trung-uong': 'Trung ương' };
const COUNCIL_LABELS: Record<CouncilPolicy['onRejectedFigure'], string> = {
  withdraw_points: 'Rút điểm',
  exclude_from_awards: 'Không xét khen thưởng',
};
const TIE_LABELS: Record<TieBreak, string> = {
  percent: 'Tỷ lệ điểm cao hơn',
  total: 'Tổng điểm cao hơn',
  gates_met: 'Đạt nhiều tiêu chí bắt buộc hơn',
  fewer_flags: 'Ít cảnh báo hơn',
  earlier_submission: 'Nộp báo cáo sớm hơn',
  name: 'Theo tên đơn vị',
};
/** Quota subjects that are not a kind id. */
const QUOTA_SUBJECTS: Record<string, string> = { collective: 'tập thể', individual: 'cá nhân', all: 'tất cả' };
const EVIDENCE_REQUIRED = 'Bắt buộc';
const RULE_HELP = 'Đạt chỉ tiêu; Tỷ lệ; Bậc: 4=20; 3=15; Mỗi lần: 2; Có/Không; Thủ công; Cộng điểm; Trừ điểm: 8';

/** Which enum value a text names: its label (any spelling) or the id itself. */
function fromLabels<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  return (Object.keys(labels) as K[]).find((k) => k === text.trim()) ?? labelLookup(labels)(text);
}

// ---------------------------------------------------------------------------------------------------------
// Đơn vị tính + Cách tính → what is measured, and Cách tính as text.

/** What «Đơn vị tính» and the rule imply is measured: `%` percent, `Tỷ lệ %` ratio, `Có/Không`, `Ngày`, `Điểm`, else count. */
export function deriveMeasure(unit: string, rule: ScoringRule): Measure {
  if (rule.kind === 'yes_no') return 'yes_no';
  if (rule.kind === 'manual') return 'points';
  const u = normalizeLabel(unit);
  if (u.includes('ty le')) return 'ratio';
  if (u.includes('%') || u.includes('phan tram')) return 'percent';
  if (/^co ?[/-] ?khong$/.test(u)) return 'yes_no';
  if (u === 'ngay' || u === 'ngay/thang/nam') return 'date';
  if (u === 'diem') return 'points';
  return 'count';
}

/** "Đạt chỉ tiêu", "Tỷ lệ", "Bậc: 4=20; 3=15", "Mỗi lần: 2", "Có/Không", "Thủ công", "Cộng điểm: 1", "Trừ điểm". */
export function formatRule(rule: ScoringRule): string {
  const n = formatNumberVi;
  switch (rule.kind) {
    case 'threshold': return 'Đạt chỉ tiêu';
    case 'ratio': return 'Tỷ lệ';
    case 'tiers': return `Bậc: ${rule.tiers.map((t) => `${n(t.min)}=${n(t.points)}`).join('; ')}`;
    case 'per_occurrence': return `Mỗi lần: ${n(rule.pointsEach)}`;
    case 'yes_no': return 'Có/Không';
    case 'manual': return 'Thủ công';
    case 'bonus': return rule.pointsEach === undefined ? 'Cộng điểm' : `Cộng điểm: ${n(rule.pointsEach)}`;
    case 'deduction': return rule.pointsEach === undefined ? 'Trừ điểm' : `Trừ điểm: ${n(rule.pointsEach)}`;
  }
}

/** Reads «Cách tính»; the message says what is wrong (the caller names the cell). */
export function parseRule(text: string): { ok: true; rule: ScoringRule } | { ok: false; message: string } {
  const n = normalizeLabel(text);
  const fail = (why?: string) => ({ ok: false as const, message: why ?? `không hiểu cách tính «${text.trim()}» (viết: ${RULE_HELP})` });
  const positive = (s: string | undefined) => {
    const v = s === undefined ? undefined : parseNumberText(s);
    return v !== undefined && v > 0 ? v : undefined;
  };
  if (['dat chi tieu', 'dat/khong dat', 'threshold'].includes(n)) return { ok: true, rule: { kind: 'threshold' } };
  if (['ty le', 'ratio'].includes(n)) return { ok: true, rule: { kind: 'ratio' } };
  if (/^co ?[/-] ?khong$/.test(n) || n === 'yes_no') return { ok: true, rule: { kind: 'yes_no' } };
  if (['thu cong', 'tu cham', 'manual'].includes(n)) return { ok: true, rule: { kind: 'manual' } };
  const each = /^moi lan\s*:?\s*(.*)$/.exec(n);
  if (each) {
    const v = positive(each[1]);
    return v === undefined ? fail(`«Mỗi lần» cần số điểm dương cho mỗi lần, ví dụ «Mỗi lần: 2», đang là «${text.trim()}»`) : { ok: true, rule: { kind: 'per_occurrence', pointsEach: v } };
  }
  const plusMinus = /^(cong diem|tru diem)\s*:?\s*(.*)$/.exec(n);
  if (plusMinus) {
    const kind = plusMinus[1] === 'cong diem' ? 'bonus' : 'deduction';
    if (plusMinus[2] === '') return { ok: true, rule: { kind } };
    const v = positive(plusMinus[2]);
    return v === undefined ? fail() : { ok: true, rule: { kind, pointsEach: v } };
  }
  const tiers = /^bac\s*:?\s*(.+)$/.exec(n);
  if (tiers) {
    const parsed: Tier[] = [];
    for (const part of tiers[1]!.split(';').map((p) => p.trim()).filter(Boolean)) {
      const m = /^(?:≥|>=|=>)?\s*(.+?)\s*=\s*(.+)$/.exec(part);
      const min = m ? parseCell(m[1]!) : undefined;
      const points = m ? parseNumberText(m[2]!) : undefined;
      if (min?.kind !== 'number' || points === undefined || points < 0) {
        return fail(`không hiểu bậc «${part}» trong «${text.trim()}» (viết: Bậc: 4=20; 3=15; 2=10; 1=5)`);
      }
      parsed.push({ min: min.value, points });
    }
    if (parsed.length === 0) return fail();
    for (let i = 1; i < parsed.length; i++) {
      if (!(parsed[i]!.min < parsed[i - 1]!.min)) return fail(`các bậc phải xếp từ cao xuống thấp: «${text.trim()}»`);
      if (parsed[i]!.points > parsed[i - 1]!.points) return fail(`bậc cao hơn không được ít điểm hơn bậc thấp hơn: «${text.trim()}»`);
    }
    return { ok: true, rule: { kind: 'tiers', tiers: parsed } };
  }
  return fail();
}

// ---------------------------------------------------------------------------------------------------------
// Writing: the set as rows, each with how it should look.

type Style = 'title' | 'metaLabel' | 'metaValue' | 'metaDate' | 'section' | 'header' | 'data' | 'blank';
type LayoutRow = { cells: CellValue[]; style: Style };

/** Separators of the lists a kind's name is written in («Áp dụng cho», quotas). */
const LIST_PUNCTUATION = /[,;:]/;

/** The text that reads back as this kind: its label when unambiguous, else its id. */
function kindText(set: CriteriaSet, kind: SubjectKind): string {
  const ok = (t: string) => !LIST_PUNCTUATION.test(t) && !fromLabels(QUOTA_SUBJECTS, t) && resolveKind(set, t)?.id === kind.id;
  return [kind.label, kind.id].find(ok) ?? kind.id;
}

function bandText(bands: ClassificationBand[], band: ClassificationBand): string {
  return [band.label, band.id].find((t) => findBand(bands, t) === band) ?? band.id;
}

function findBand(bands: ClassificationBand[], text: string): ClassificationBand | undefined {
  const n = normalizeLabel(text);
  return bands.find((b) => b.id === text.trim()) ?? bands.find((b) => normalizeLabel(b.id) === n) ?? bands.find((b) => normalizeLabel(b.label) === n);
}

function findGroup(groups: CriteriaGroup[], text: string): CriteriaGroup | undefined {
  const n = normalizeLabel(text);
  return groups.find((g) => g.id === text.trim()) ?? groups.find((g) => normalizeLabel(g.id) === n) ?? groups.find((g) => normalizeLabel(g.title) === n);
}

function quotaText(set: CriteriaSet, q: AwardQuota): string {
  const kind = set.subjectKinds.find((k) => k.id === q.subject);
  const subject = QUOTA_SUBJECTS[q.subject] ?? (kind ? kindText(set, kind) : q.subject);
  return `${subject}: ${formatNumberVi(q.max)}`;
}

/** A date field: a Date cell when it is a real day, else the text as it is. */
function dateCell(iso: string | undefined): CellValue {
  if (!iso) return null;
  return isoToDate(iso) ?? iso;
}

function layout(set: CriteriaSet): LayoutRow[] {
  const rows: LayoutRow[] = [];
  const add = (style: Style, ...cells: CellValue[]) => rows.push({ style, cells });
  const meta = (key: MetaKey, value: CellValue, date = false) => add(date ? 'metaDate' : 'metaValue', null, META[key][0], value === '' ? null : value);
  const header = (columns: Record<string, readonly string[]>) => add('header', ...Object.values(columns).map((labels) => labels[0]!));
  const text = (s: string | undefined) => (s === undefined || s === '' ? null : s);

  add('title', 'BỘ TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ');
  add('blank');
  meta('id', set.id);
  meta('version', set.version);
  meta('title', set.title);
  meta('commune', set.commune);
  meta('district', set.district);
  meta('province', set.province);
  meta('document', set.legalBasis.document);
  meta('documentDate', dateCell(set.legalBasis.date), true);
  meta('documentTitle', set.legalBasis.title);
  meta('periodLabel', set.period.label);
  meta('from', dateCell(set.period.from), true);
  meta('to', dateCell(set.period.to), true);
  meta('deadline', dateCell(set.deadline), true);
  meta('deadlineWording', text(set.deadlineWording));
  meta('ratioMismatch', set.tolerances.ratioMismatch);
  meta('selfScoreGap', set.tolerances.selfScoreGap);
  meta('council', COUNCIL_LABELS[set.council.onRejectedFigure]);
  meta('notes', text(set.notes));

  add('blank');
  add('section', SECTION_TITLES.groups[0]);
  header(GROUP_COLUMNS);
  for (const g of set.groups) add('data', g.id, g.title, g.maxPoints ?? null);

  add('blank');
  add('section', SECTION_TITLES.kinds[0]);
  header(KIND_COLUMNS);
  for (const k of set.subjectKinds) add('data', k.id, k.label, k.collective ? 'Tập thể' : 'Cá nhân', text(joinList(k.aliases)));

  add('blank');
  add('section', SECTION_TITLES.criteria[0]);
  header(CRITERIA_COLUMNS);
  for (const c of set.criteria) {
    const kinds = c.appliesTo.map((id) => {
      const kind = set.subjectKinds.find((k) => k.id === id);
      return kind ? kindText(set, kind) : id;
    });
    add(
      'data',
      c.code,
      c.title,
      c.group,
      text(c.unit),
      c.target ? formatTarget(c.target, c.measure) : null,
      c.maxPoints,
      formatRule(c.rule),
      text(joinList(kinds)),
      c.evidenceRequired ? EVIDENCE_REQUIRED : null,
      text(c.source),
      text(c.note),
      c.portal ? `${c.portal.indicator} ± ${formatNumberVi(c.portal.tolerance)}${c.portal.caveat ? ` (lưu ý: ${c.portal.caveat})` : ''}` : null,
      deriveMeasure(c.unit, c.rule) === c.measure ? null : MEASURE_LABELS[c.measure],
    );
  }

  add('blank');
  add('section', SECTION_TITLES.bands[0]);
  header(BAND_COLUMNS);
  for (const b of set.classification) add('data', b.id, b.label, b.minPercent);

  add('blank');
  add('section', SECTION_TITLES.awards[0]);
  header(AWARD_COLUMNS);
  for (const f of set.awards.forms) {
    const band = set.classification.find((b) => b.id === f.minClassification);
    add(
      'data',
      f.id,
      f.label,
      LEVEL_LABELS[f.level],
      AWARD_ROUND_TITLES[f.round],
      band ? bandText(set.classification, band) : f.minClassification,
      text(joinList(f.gateCriteria)),
      text(f.quotas.map((q) => quotaText(set, q)).join('; ')),
      text(f.source),
    );
  }

  add('blank');
  add('section', SECTION_TITLES.tieBreaks[0]);
  header(TIE_COLUMNS);
  set.awards.tieBreaks.forEach((t, i) => add('data', i + 1, TIE_LABELS[t]));
  return rows;
}

function widthOf(rows: LayoutRow[]): number {
  return Math.max(...rows.map((r) => r.cells.length));
}

/** The criteria sheet's cells, from A1 (a rectangle: short rows are padded with empty cells). */
export function criteriaSetToGrid(set: CriteriaSet): CellValue[][] {
  const rows = layout(set);
  const width = widthOf(rows);
  return rows.map((r) => [...r.cells, ...Array<CellValue>(width - r.cells.length).fill(null)]);
}

const WIDTHS = [12, 50, 14, 12, 12, 10, 22, 20, 12, 30, 24, 16, 14];

const STYLES: Record<Style, CellFormat | null> = {
  title: { bold: true },
  metaLabel: { bold: true },
  // Text cells stay text ("1.0" is a version, not the number 1).
  metaValue: { numberFormat: '@' },
  metaDate: { numberFormat: 'dd/mm/yyyy', horizontalAlignment: 'left' },
  section: { bold: true, fill: '#FCE4D6' },
  header: { bold: true, wrap: true, fill: '#D9E1F2', horizontalAlignment: 'center' },
  data: { wrap: true },
  blank: null,
};

/** The criteria sheet `Tiêu chí`, formatted, as a sheet edit. */
export function planCriteriaSheet(set: CriteriaSet): SheetEdit {
  const rows = layout(set);
  const width = widthOf(rows);
  const values = criteriaSetToGrid(set);
  const cellFormats = rows.map((r) =>
    Array.from({ length: width }, (_, c): CellFormat | null => {
      if (r.style === 'metaValue' || r.style === 'metaDate') {
        if (c === 1) return STYLES.metaLabel;
        if (c !== 2) return null;
        return typeof r.cells[2] === 'number' ? null : STYLES[r.style];
      }
      if (r.style === 'data') return c === 0 ? { ...STYLES.data, numberFormat: '@' } : STYLES.data;
      if (r.style === 'header') return c < r.cells.length ? STYLES.header : null;
      return c === 0 ? STYLES[r.style] : null;
    }),
  );
  const sheet = withRowHeights({
    sheet: CRITERIA_SHEET_NAME,
    mode: 'replace',
    blocks: [{ address: 'A1', values, cellFormats }],
    columnWidths: WIDTHS.slice(0, width).map((w, i) => ({ column: columnLetter(i + 1), width: w })),
  });
  // Its sections have headers of their own, so only the code column repeats on pages across.
  return withPrintLayout(sheet, { titleColumns: '$A:$A' });
}

// ---------------------------------------------------------------------------------------------------------
// Reading.

type Columns<K extends string> = Partial<Record<K, number>>;

/** Columns of a header row, by their labels; the first column with a label wins. */
function columnsOf<K extends string>(row: readonly unknown[] | undefined, keyOf: (text: unknown) => K | undefined): Columns<K> {
  const map: Columns<K> = {};
  (row ?? []).forEach((text, c) => {
    const key = keyOf(text);
    if (key !== undefined && map[key] === undefined) map[key] = c;
  });
  return map;
}

const criteriaColumn = labelLookup(CRITERIA_COLUMNS);
const sectionTitle = labelLookup(SECTION_TITLES);

function isCriteriaHeader(row: readonly unknown[] | undefined): boolean {
  const cols = columnsOf(row, criteriaColumn);
  return cols.code !== undefined && cols.title !== undefined && cols.maxPoints !== undefined;
}

/** A row holding only a section title ("NHÓM TIÊU CHÍ", "II. XẾP LOẠI"). */
function sectionTitleOf(row: readonly unknown[] | undefined): SectionKey | undefined {
  const filled = (row ?? []).filter((v) => !isBlank(v));
  if (filled.length !== 1 || typeof filled[0] !== 'string') return undefined;
  return sectionTitle(filled[0].trim().replace(/^(?:[IVXLC]+|\d+)[.)]\s+/i, ''));
}

type Section = { key: SectionKey; start: number; header?: number; end: number };

/** Where each part of the sheet is. The criteria table may come without its title. */
function sectionsOf(grid: SheetGrid): Section[] {
  const sections: Section[] = [];
  grid.values.forEach((row, r) => {
    const last = sections.at(-1);
    const title = sectionTitleOf(row);
    if (title) {
      sections.push({ key: title, start: r, end: grid.values.length });
    } else if (last && last.header === undefined && !isBlankRow(row)) {
      last.header = r;
    } else if (isCriteriaHeader(row)) {
      sections.push({ key: 'criteria', start: r, header: r, end: grid.values.length });
    }
  });
  sections.forEach((s, i) => (s.end = sections[i + 1]?.start ?? grid.values.length));
  return sections;
}

/** Whether a grid holds a criteria table. */
function hasCriteriaTable(grid: SheetGrid): boolean {
  return grid.values.some((row) => isCriteriaHeader(row));
}

/** The workbook's criteria sheet: the one named `Tiêu chí` with a criteria table, else the first with one. */
export function findCriteriaSheet(grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => matchesLabel(g.name, [CRITERIA_SHEET_NAME]) && hasCriteriaTable(g)) ?? grids.find(hasCriteriaTable);
}

type Row<K extends string> = { first: ReportCell; cells: Partial<Record<K, ReportCell>>; filled: number };

/** What every section reader shares: the grid, where its sections are, and the error list with its helpers. */
class SheetReader {
  readonly errors: CriteriaSheetError[] = [];
  readonly sections = new Map<SectionKey, Section>();
  readonly firstSectionRow: number;

  constructor(readonly grid: SheetGrid) {
    const all = sectionsOf(grid);
    this.firstSectionRow = all[0]?.start ?? grid.values.length;
    for (const s of all) {
      const first = this.sections.get(s.key);
      if (first) this.fail(this.at(s.start, 0), `mục «${SECTION_TITLES[s.key][0]}» đã có ở ô ${this.at(first.start, 0)}`);
      else this.sections.set(s.key, s);
    }
  }

  at(r: number, c: number): string {
    return gridAddress(this.grid, r, c);
  }

  fail(cell: string, text: string): void {
    this.errors.push({ cell, message: `Ô ${cell}: ${text}` });
  }

  /** An error about the sheet as a whole (something missing), placed at its first cell. */
  failSheet(text: string): void {
    this.errors.push({ cell: this.at(0, 0), message: text });
  }

  /** The cell as text ('' when empty or absent). */
  text(cell: ReportCell | undefined): string {
    return cell ? cellText(cell.raw) : '';
  }

  required(cell: ReportCell | undefined, label: string, rowCell: ReportCell): string {
    const t = this.text(cell);
    if (t === '') this.fail(cell?.address ?? rowCell.address, `thiếu «${label}»`);
    return t;
  }

  /** A non-negative number (at most `max`); undefined when empty (an error unless `optional`) or wrong. */
  number(cell: ReportCell | undefined, label: string, optional: boolean, max?: number): number | undefined {
    if (!cell || cell.value.kind === 'empty') {
      if (!optional && cell) this.fail(cell.address, `thiếu «${label}»`);
      return undefined;
    }
    const v = cell.value;
    if (v.kind === 'number' && v.value >= 0 && (max === undefined || v.value <= max)) return v.value;
    const range = max === undefined ? 'số không âm' : `số từ 0 đến ${max}`;
    this.fail(cell.address, `«${label}» phải là ${range}, đang là «${this.text(cell)}»`);
    return undefined;
  }

  /** A day as "YYYY-MM-DD", '' when empty. A bare number is a date serial read without its format. */
  date(cell: ReportCell | undefined, label: string): string {
    if (!cell || cell.value.kind === 'empty') return '';
    const v = cell.value;
    const iso = v.kind === 'date' ? v.value : v.kind === 'number' && !v.percent ? excelSerialToIso(v.value) : undefined;
    if (iso !== undefined) return iso;
    this.fail(cell.address, `«${label}» phải là ngày dd/mm/yyyy, đang là «${this.text(cell)}»`);
    return '';
  }

  /**
   * The rows of a section's table (blank rows skipped), its columns found by their labels. Undefined when the
   * section is missing (an error unless `optional`) or unusable.
   */
  table<K extends string>(key: SectionKey, spec: Record<K, readonly string[]>, needed: NoInfer<K>[], optional = false): Row<K>[] | undefined {
    const s = this.sections.get(key);
    const title = SECTION_TITLES[key][0];
    if (!s) {
      if (optional) return undefined;
      this.failSheet(
        key === 'criteria'
          ? `Không tìm thấy bảng tiêu chí (dòng tiêu đề có «Mã», «Tiêu chí» và «Điểm tối đa») trong trang «${this.grid.name}».`
          : `Trang «${this.grid.name}» thiếu mục «${title}» (một dòng ghi «${title}», dưới là bảng ${Object.values<readonly string[]>(spec).map((l) => l[0]).join(' | ')}).`,
      );
      return undefined;
    }
    if (s.header === undefined) {
      this.fail(this.at(s.start, 0), `mục «${title}» thiếu dòng tiêu đề cột`);
      return undefined;
    }
    const columns = columnsOf(this.grid.values[s.header], labelLookup(spec));
    const missing = needed.filter((k) => columns[k] === undefined);
    if (missing.length > 0) {
      this.fail(this.at(s.header, 0), `mục «${title}» thiếu cột ${missing.map((k) => `«${spec[k][0]}»`).join(', ')}`);
      return undefined;
    }
    const used = Object.entries(columns) as [K, number][];
    const firstCol = Math.min(...used.map(([, c]) => c));
    const rows: Row<K>[] = [];
    for (let r = s.header + 1; r < s.end; r++) {
      const values = this.grid.values[r];
      if (!values || isBlankRow(values)) continue;
      const cells: Partial<Record<K, ReportCell>> = {};
      for (const [k, c] of used) cells[k] = sheetCell(this.grid, r, c);
      rows.push({ first: sheetCell(this.grid, r, firstCol), cells, filled: values.filter((v) => !isBlank(v)).length });
    }
    if (rows.length === 0 && !optional) this.fail(this.at(s.header, 0), `mục «${title}» chưa có dòng nào`);
    return rows;
  }

  /** Reports ids that repeat within one table (compared without diacritics and case). */
  uniqueIds(what: string): (cell: ReportCell, id: string) => void {
    const seen = new Map<string, string>();
    return (cell, id) => {
      if (id === '') return;
      const n = normalizeLabel(id);
      const before = seen.get(n);
      if (before !== undefined) this.fail(cell.address, `${what} «${id}» trùng với ô ${before}`);
      else seen.set(n, cell.address);
    };
  }
}

/** The metadata block: label–value pairs above the first section. */
function readMetadata(sheet: SheetReader) {
  const meta = findLabeledCells(sheet.grid, META, 0, sheet.firstSectionRow);
  const required = (key: MetaKey) => {
    const cell = meta[key];
    if (!cell) sheet.failSheet(`Trang «${sheet.grid.name}» thiếu dòng «${META[key][0]}» ở phần đầu.`);
    else if (sheet.text(cell) === '') sheet.fail(cell.address, `thiếu «${META[key][0]}»`);
    return sheet.text(cell);
  };
  const id = required('id');
  if (id !== '' && !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    sheet.fail(meta.id!.address, `«Mã bộ tiêu chí» chỉ gồm chữ thường không dấu, số và gạch nối (ví dụ ta-ma-2025), đang là «${id}»`);
  }
  const version = required('version');
  const title = required('title');
  const council = sheet.text(meta.council);
  const onRejectedFigure = council === '' ? 'withdraw_points' : fromLabels(COUNCIL_LABELS, council);
  if (onRejectedFigure === undefined) {
    sheet.fail(meta.council!.address, `«Số liệu bị bác» phải là «Rút điểm» hoặc «Không xét khen thưởng», đang là «${council}»`);
  }
  const ratioMismatch = sheet.number(meta.ratioMismatch, 'Sai lệch tỷ lệ cho phép', true);
  const selfScoreGap = sheet.number(meta.selfScoreGap, 'Sai lệch điểm tự chấm cho phép', true);
  const deadline = sheet.date(meta.deadline, 'Hạn nộp');
  const deadlineWording = sheet.text(meta.deadlineWording);
  const notes = sheet.text(meta.notes);
  return {
    id,
    version,
    title,
    commune: sheet.text(meta.commune),
    district: sheet.text(meta.district),
    province: sheet.text(meta.province),
    legalBasis: {
      document: sheet.text(meta.document),
      date: sheet.date(meta.documentDate, 'Ngày ban hành'),
      title: sheet.text(meta.documentTitle),
    },
    period: { from: sheet.date(meta.from, 'Từ ngày'), to: sheet.date(meta.to, 'Đến ngày'), label: sheet.text(meta.periodLabel) },
    ...(deadline !== '' && { deadline }),
    ...(deadlineWording !== '' && { deadlineWording }),
    tolerances: {
      ...(ratioMismatch !== undefined && { ratioMismatch }),
      ...(selfScoreGap !== undefined && { selfScoreGap }),
    },
    council: { onRejectedFigure },
    ...(notes !== '' && { notes }),
  };
}

function readGroups(sheet: SheetReader): CriteriaGroup[] | undefined {
  const rows = sheet.table('groups', GROUP_COLUMNS, ['id', 'title']);
  const unique = sheet.uniqueIds('mã nhóm');
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const title = sheet.required(cells.title, 'Tên nhóm', first);
    const maxPoints = sheet.number(cells.maxPoints, 'Điểm tối đa', true);
    unique(cells.id!, id);
    return { id, title, ...(maxPoints !== undefined && { maxPoints }) };
  });
}

function readKinds(sheet: SheetReader): SubjectKind[] | undefined {
  const rows = sheet.table('kinds', KIND_COLUMNS, ['id', 'label', 'collective']);
  const unique = sheet.uniqueIds('mã loại đối tượng');
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const label = sheet.required(cells.label, 'Tên', first);
    const which = sheet.text(cells.collective);
    const collective = matchesLabel(which, ['Tập thể']) ? true : matchesLabel(which, ['Cá nhân']) ? false : undefined;
    if (collective === undefined) sheet.fail(cells.collective!.address, `«Tập thể/Cá nhân» phải là «Tập thể» hoặc «Cá nhân», đang là «${which}»`);
    unique(cells.id!, id);
    return { id, label, collective: collective ?? true, aliases: splitList(sheet.text(cells.aliases)) };
  });
}

/** Classification bands, best first: «Từ (%)» must fall from row to row. */
function readBands(sheet: SheetReader): ClassificationBand[] | undefined {
  const rows = sheet.table('bands', BAND_COLUMNS, ['id', 'label', 'minPercent']);
  const unique = sheet.uniqueIds('mã xếp loại');
  let previous: number | undefined;
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const label = sheet.required(cells.label, 'Xếp loại', first);
    const minPercent = sheet.number(cells.minPercent, 'Từ (%)', false, 100);
    unique(cells.id!, id);
    if (minPercent !== undefined && previous !== undefined && !(minPercent < previous)) {
      sheet.fail(
        cells.minPercent!.address,
        `các mức xếp loại phải xếp từ cao xuống thấp («Từ (%)» giảm dần), ${formatNumberVi(minPercent)} không nhỏ hơn ${formatNumberVi(previous)}`,
      );
    }
    previous = minPercent ?? previous;
    return { id, label, minPercent: minPercent ?? 0 };
  });
}

/** The criteria table. References to groups and kinds are checked only against sections that were read. */
function readCriteria(sheet: SheetReader, groups: CriteriaGroup[] | undefined, kinds: SubjectKind[] | undefined): Criterion[] | undefined {
  const rows = sheet.table('criteria', CRITERIA_COLUMNS, ['code', 'title', 'maxPoints']);
  if (!rows) return undefined;
  const unique = sheet.uniqueIds('mã tiêu chí');
  const criteria: Criterion[] = [];
  for (const { cells: c, filled } of rows) {
    const code = sheet.text(c.code);
    // A lone text in the row ("II. XÃ HỘI SỐ") is a group heading officers add between criteria.
    if (filled === 1 && (code === '' || /\s/.test(code))) continue;
    if (code === '') {
      sheet.fail(c.code!.address, 'thiếu «Mã» của tiêu chí');
      continue;
    }
    unique(c.code!, code);
    const title = sheet.required(c.title, 'Tiêu chí', c.code!);

    const groupText = sheet.required(c.group, 'Nhóm', c.code!);
    const group = groups && groupText !== '' ? findGroup(groups, groupText) : undefined;
    if (groups && groupText !== '' && !group) sheet.fail(c.group!.address, `nhóm «${groupText}» không có trong mục «NHÓM TIÊU CHÍ»`);

    const ruleText = sheet.required(c.rule, 'Cách tính', c.code!);
    const parsedRule = ruleText === '' ? undefined : parseRule(ruleText);
    if (parsedRule && !parsedRule.ok) sheet.fail(c.rule!.address, parsedRule.message);
    const rule = parsedRule?.ok ? parsedRule.rule : undefined;

    const maxPoints = sheet.number(c.maxPoints, 'Điểm tối đa', false);
    if (rule?.kind === 'tiers' && maxPoints !== undefined) {
      const top = Math.max(...rule.tiers.map((t) => t.points));
      if (top > maxPoints) sheet.fail(c.rule!.address, `bậc cao nhất (${formatNumberVi(top)} điểm) vượt «Điểm tối đa» (${formatNumberVi(maxPoints)})`);
    }

    const unit = sheet.text(c.unit);
    const measureText = sheet.text(c.measure);
    let measure: Measure | undefined = rule ? deriveMeasure(unit, rule) : undefined;
    if (measureText !== '') {
      measure = fromLabels(MEASURE_LABELS, measureText);
      if (!measure) sheet.fail(c.measure!.address, `không hiểu đại lượng «${measureText}» (dùng: ${Object.values(MEASURE_LABELS).join('; ')})`);
    }

    const target = readTarget(sheet, c.target, measure);

    const appliesTo: string[] = [];
    for (const name of splitList(sheet.text(c.appliesTo))) {
      const kind = kinds ? resolveKind({ subjectKinds: kinds }, name) : undefined;
      if (kind) appliesTo.push(kind.id);
      else if (kinds) sheet.fail(c.appliesTo!.address, `loại đối tượng «${name}» không có trong mục «LOẠI ĐỐI TƯỢNG»`);
    }

    const evidenceText = sheet.text(c.evidence);
    const evidence = parseCell(evidenceText);
    const evidenceRequired = matchesLabel(evidenceText, [EVIDENCE_REQUIRED]) || (evidence.kind === 'bool' && evidence.value);
    if (evidenceText !== '' && !evidenceRequired && !(evidence.kind === 'bool' && !evidence.value)) {
      sheet.fail(c.evidence!.address, `«Minh chứng» ghi «Bắt buộc» hoặc để trống, đang là «${evidenceText}»`);
    }

    const portal = readPortal(sheet, c.portal);
    const note = sheet.text(c.note);
    if (!rule || !measure || maxPoints === undefined) continue;
    criteria.push({
      code,
      title,
      group: group?.id ?? groupText,
      unit,
      measure,
      ...(target && { target }),
      maxPoints,
      rule,
      appliesTo,
      evidenceRequired,
      source: sheet.text(c.source),
      ...(note !== '' && { note }),
      ...(portal && { portal }),
    });
  }
  return criteria;
}

/** «Chỉ tiêu»: text such as "≥ 80%", or a number Excel made of what was typed (100, or 0.8 shown as 80%). */
function readTarget(sheet: SheetReader, cell: ReportCell | undefined, measure: Measure | undefined): Target | undefined {
  if (!cell || cell.value.kind === 'empty') return undefined;
  const v = cell.value;
  const text = typeof cell.raw === 'number' && v.kind === 'number' ? `${formatNumberVi(v.value)}${v.percent ? '%' : ''}` : sheet.text(cell);
  const read = parseTarget(text, measure);
  if (read.ok) return read.target;
  sheet.fail(cell.address, read.message);
  return undefined;
}

/** «Chỉ số cổng DVC»: "TTTT ± 5" (the tolerance defaults to 5), optionally "(lưu ý: …)" when the figure differs in meaning. */
function readPortal(sheet: SheetReader, cell: ReportCell | undefined): Criterion['portal'] {
  const whole = sheet.text(cell);
  if (whole === '') return undefined;
  const noted = /^(.*?)\s*\(lưu ý:\s*(.*)\)\s*$/s.exec(whole);
  const text = noted ? noted[1]! : whole;
  const m = /^(\S+)(?:\s*(?:±|\+\/-|\+-)\s*(.+))?$/.exec(text);
  const tolerance = m?.[2] === undefined ? 5 : parseNumberText(m[2]);
  if (m && tolerance !== undefined && tolerance >= 0) return { indicator: m[1]!, tolerance, ...(noted ? { caveat: noted[2]! } : {}) };
  sheet.fail(cell!.address, `không hiểu «Chỉ số cổng DVC» «${whole}» (viết mã chỉ số và sai lệch cho phép, ví dụ «TTTT ± 5»)`);
  return undefined;
}

function readAwards(
  sheet: SheetReader,
  bands: ClassificationBand[] | undefined,
  criteria: Criterion[] | undefined,
  kinds: SubjectKind[] | undefined,
): AwardForm[] {
  const rows = sheet.table('awards', AWARD_COLUMNS, ['id', 'label', 'level', 'minClassification'], true);
  const unique = sheet.uniqueIds('mã hình thức');
  const forms: AwardForm[] = [];
  for (const { cells: c, first } of rows ?? []) {
    const id = sheet.required(c.id, 'Mã', first);
    const label = sheet.required(c.label, 'Hình thức', first);
    unique(c.id!, id);
    const levelText = sheet.text(c.level);
    const level = fromLabels(LEVEL_LABELS, levelText);
    if (!level) sheet.fail(c.level!.address, `«Cấp» phải là Xã, Huyện, Tỉnh hoặc Trung ương, đang là «${levelText}»`);
    const roundText = sheet.text(c.round);
    const round = roundText === '' ? 'hang-nam' : fromLabels(AWARD_ROUND_TITLES, roundText);
    if (!round) sheet.fail(c.round!.address, `«Đợt xét» phải là ${Object.values(AWARD_ROUND_TITLES).join(', ')} (để trống: hằng năm), đang là «${roundText}»`);
    const bandName = sheet.required(c.minClassification, 'Xếp loại tối thiểu', first);
    const band = bands && findBand(bands, bandName);
    if (bands && bandName !== '' && !band) sheet.fail(c.minClassification!.address, `xếp loại «${bandName}» không có trong mục «XẾP LOẠI»`);
    const gateCriteria: string[] = [];
    for (const name of splitList(sheet.text(c.gateCriteria))) {
      const n = normalizeLabel(name);
      const found = criteria?.find((x) => x.code === name) ?? criteria?.find((x) => normalizeLabel(x.code) === n);
      if (found) gateCriteria.push(found.code);
      else if (criteria) sheet.fail(c.gateCriteria!.address, `tiêu chí bắt buộc «${name}» không có trong bảng tiêu chí`);
    }
    const quotas = readQuotas(sheet, c.quotas, kinds ?? []);
    if (level && round && band) forms.push({ id, label, level, round, minClassification: band.id, gateCriteria, quotas, source: sheet.text(c.source) });
  }
  return forms;
}

/** «Chỉ tiêu» of an award form: "tập thể: 5; cá nhân: 5", or a kind: "thôn: 2". */
function readQuotas(sheet: SheetReader, cell: ReportCell | undefined, kinds: SubjectKind[]): AwardQuota[] {
  const quotas: AwardQuota[] = [];
  for (const part of sheet.text(cell).split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*:\s*(.+)$/.exec(part);
    const max = m ? parseNumberText(m[2]!) : undefined;
    if (!m || max === undefined || max < 0 || !Number.isInteger(max)) {
      sheet.fail(cell!.address, `không hiểu chỉ tiêu khen thưởng «${part}» (viết: tập thể: 5; cá nhân: 5)`);
      continue;
    }
    const subject = fromLabels(QUOTA_SUBJECTS, m[1]!) ?? resolveKind({ subjectKinds: kinds }, m[1]!)?.id;
    if (subject) quotas.push({ subject, max });
    else sheet.fail(cell!.address, `«${m[1]}» trong chỉ tiêu khen thưởng không phải tập thể, cá nhân, tất cả hay một loại đối tượng`);
  }
  return quotas;
}

/** Tie-breaks in row order; undefined when the section is absent (the set's default order applies). */
function readTieBreaks(sheet: SheetReader): TieBreak[] | undefined {
  const rows = sheet.table('tieBreaks', TIE_COLUMNS, ['key'], true);
  if (!rows) return undefined;
  const tieBreaks: TieBreak[] = [];
  for (const { cells } of rows) {
    const text = sheet.text(cells.key);
    const key = fromLabels(TIE_LABELS, text);
    if (!key) sheet.fail(cells.key!.address, `không hiểu thứ tự ưu tiên «${text}» (dùng: ${Object.values(TIE_LABELS).join('; ')})`);
    else if (tieBreaks.includes(key)) sheet.fail(cells.key!.address, `thứ tự ưu tiên «${text}» đã ghi ở dòng trên`);
    else tieBreaks.push(key);
  }
  return tieBreaks;
}

/** Reads a criteria sheet into a criteria set, or every error found, in reading order. */
export function readCriteriaSheet(grid: SheetGrid): ReadCriteriaSheetResult {
  const sheet = new SheetReader(grid);
  const meta = readMetadata(sheet);
  const groups = readGroups(sheet);
  const kinds = readKinds(sheet);
  const bands = readBands(sheet);
  const criteria = readCriteria(sheet, groups, kinds);
  const forms = readAwards(sheet, bands, criteria, kinds);
  const tieBreaks = readTieBreaks(sheet);
  if (sheet.errors.length > 0) return { ok: false, errors: sortByCell(sheet.errors) };

  const parsed = CriteriaSet.safeParse({
    ...meta,
    subjectKinds: kinds,
    groups,
    criteria,
    classification: bands,
    awards: { forms, ...(tieBreaks && { tieBreaks }) },
  });
  if (parsed.success) return { ok: true, set: parsed.data };
  // Everything the schema checks is checked above with a cell; this is a safety net.
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({
      cell: sheet.at(0, 0),
      message: `Bộ tiêu chí chưa hợp lệ ở «${i.path.join('.')}»: ${i.message}`,
    })),
  };
}

/** "a, b, c" → ["a", "b", "c"]; with a semicolon anywhere, only semicolons separate ("Cơ quan, ban; Đoàn thể"). */
function splitList(text: string): string[] {
  return text.split(text.includes(';') ? ';' : ',').map((s) => s.trim()).filter(Boolean);
}

/** The inverse of splitList: commas, or semicolons when an item holds a comma (a lone such item ends with one). */
function joinList(items: readonly string[]): string {
  if (!items.some((i) => i.includes(','))) return items.join(', ');
  return items.length === 1 ? `${items[0]};` : items.join('; ');
}

/** Errors in reading order (row, then column), so the officer can walk down the sheet. */
function sortByCell(errors: CriteriaSheetError[]): CriteriaSheetError[] {
  const key = (e: CriteriaSheetError) => parseAddress(e.cell) ?? { row: 0, col: 0 };
  return [...errors].sort((a, b) => key(a).row - key(b).row || key(a).col - key(b).col);
}
