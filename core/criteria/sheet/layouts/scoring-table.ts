// Bảng điểm của cơ quan: the scoring table a plan's appendix gives (a Word table, or pasted into Excel) —
// STT | TIÊU CHUẨN THI ĐUA | ĐIỂM over Chuẩn | Thưởng | Trừ, standards → sections → items → sub-items numbered
// any way (I / 1 / a / a1 / a1.1; 1 / 1.1 / 1.1.1), a «Tổng cộng» row at the top or the bottom, points typed as
// text («3.5», «0,5», «100 điểm»). A parent is worth the sum of its children unless they are levels of one item
// (choose one: tiers); a row with points only under Trừ is a deduction, only under Thưởng a bonus; a row of text
// only is the note of the item above it. Each item is scored by hand (the unit's self-score, then the council's).
import { numberedCodes } from '../../../report/read.js';
import { isBlank, isBlankRow, sheetCell } from '../../../sheet/grid.js';
import { stackedColumns, stackedHeader, type StackedHeader } from '../../../report/header-rows.js';
import type { ReportCell, SheetGrid } from '../../../sheet/cell.js';
import { labelLookup, normalizeLabel } from '../../../text.js';
import { cellText, formatNumberVi, parseNumberText } from '../../../values.js';
import type { CriteriaGroup, Criterion } from '../../schema.js';
import { finishSet } from '../finish.js';
import { kindNamer } from '../infer.js';
import { readAwards, readBands, readMetadata } from '../common-parts.js';
import { SheetReader, type CriteriaLayout, type ReadCriteriaSheetOptions, type ReadCriteriaSheetResult } from '../sheet-reader.js';
import { OWN_CRITERIA_COLUMNS, SCORING_TABLE_COLUMNS, CRITERIA_COLUMNS, SECTION_TITLES } from '../vocabulary.js';

type Key = keyof typeof SCORING_TABLE_COLUMNS;
export const scoringColumn = labelLookup(SCORING_TABLE_COLUMNS);
const ownColumn = labelLookup(CRITERIA_COLUMNS);
const sectionTitle = labelLookup(SECTION_TITLES);

type Table = { row: number; header: StackedHeader; columns: Partial<Record<Key, number>> };

/** The first header (of up to three levels) naming a number column, a name column and a points column. */
export function findScoringTable(grid: SheetGrid, maxRows = 60): Table | undefined {
  for (let r = 0; r < Math.min(maxRows, grid.values.length); r++) {
    if (isBlankRow(grid.values[r])) continue;
    const header = stackedHeader(grid.values, r);
    const columns = stackedColumns(header, scoringColumn);
    if (columns.ordinal !== undefined && columns.title !== undefined && columns.maxPoints !== undefined) return { row: r, header, columns };
  }
  return undefined;
}

const isTotalText = (text: string) => /^(tong cong|tong diem|tong so diem)\b|^cong$/.test(normalizeLabel(text));

/**
 * An office's table rather than our own sheet: none of our own columns (Cách tính, Chỉ tiêu…) or sections, and
 * something only offices do — a header of two or more levels, a Thưởng or Trừ column, a name column under an
 * office's name, or a total row right under the header.
 */
function detect(grid: SheetGrid): boolean {
  const table = findScoringTable(grid);
  if (!table) return false;
  const own = new Set(table.header.labels.flatMap((ls) => ls.map((l) => ownColumn(l))));
  if (OWN_CRITERIA_COLUMNS.some((k) => own.has(k)) || grid.values.some((row) => row.length > 0 && typeof row.find((v) => !isBlank(v)) === 'string' && sectionTitle(row.find((v) => !isBlank(v))) !== undefined && row.filter((v) => !isBlank(v)).length === 1)) return false;
  const { columns, header, row } = table;
  const titleLabel = header.labels[columns.title!]!;
  const firstRow = grid.values.slice(row + header.depth).find((v) => !isBlankRow(v)) ?? [];
  return (
    header.depth > 1 ||
    columns.bonus !== undefined ||
    columns.deduction !== undefined ||
    !titleLabel.some((l) => ownColumn(l) === 'title') ||
    firstRow.slice(0, 3).some((v) => typeof v === 'string' && isTotalText(v))
  );
}

/** «3.5», «0,5», «100 điểm», «-0,5 đ», «(−1)» → the number; undefined when empty; NaN when it is not points. */
function pointsOf(cell: ReportCell | undefined): number | undefined {
  if (!cell || cell.value.kind === 'empty') return undefined;
  if (cell.value.kind === 'number') return cell.value.value;
  const t = cellText(cell.raw).trim().replace(/^\((.*)\)$/, '$1').replace(/\s*(điểm|đ)\.?$/i, '').replace(/^[\u2212\u2013]/, '-');
  return parseNumberText(t) ?? Number.NaN;
}

/** How a row is numbered: the scheme and depth of «I», «1.2», «a», «a1.1» (levels of the tree). */
function schemeOf(raw: string, lastRoman: number | undefined): string {
  const t = raw.replace(/[.)]+$/, '');
  const digits = /^\d+((?:\.\d+)*)$/.exec(t);
  if (digits) return `1${digits[1]!.split('.').length}`;
  const lettered = /^[a-zđ]\d+((?:\.\d+)*)$/i.exec(t);
  if (lettered) return `a1${lettered[1]!.split('.').length}`;
  // «C» after «II» is a section letter; «III» after «II», a standard.
  if (/^[IVXLC]+$/.test(t) && (t.length > 1 || romanValue(t) === (lastRoman ?? 0) + 1)) return 'I';
  if (/^[a-zđ]$/i.test(t)) return 'a';
  return `?${t}`;
}

function romanValue(t: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const a = v[t[i]!]!;
    n += a < (v[t[i + 1]!] ?? 0) ? -a : a;
  }
  return n;
}

type Node = {
  code: string;
  scheme: string;
  title: string;
  codeCell: ReportCell;
  max?: number;
  maxCell?: ReportCell;
  kind: 'item' | 'bonus' | 'deduction';
  /** Its points could not be read (said at their cell): nothing more is said of it. */
  unreadable: boolean;
  points?: number;
  children: Node[];
  notes: string[];
};

/** Words that make sub-items levels of one item rather than parts of it. */
const LEVEL_WORDS = /^(dat muc|dat|hoan thanh|khong hoan thanh|chua hoan thanh|muc)\b/;

function read(grid: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaSheetResult {
  const table = findScoringTable(grid)!;
  const sheet = new SheetReader(grid, table.row);
  const headerCell = sheet.at(table.row, table.columns.ordinal!);
  const meta = readMetadata(sheet, options.fileName, options.caption);
  const { nodes, totals } = readRows(sheet, table);
  const criteria: Criterion[] = [];
  const groups: CriteriaGroup[] = [];
  const ctx: Settling = { sheet, out: criteria, unique: sheet.uniqueIds('mã tiêu chí') };
  const defaultGroup = { id: 'TC', title: 'Tiêu chí' };
  for (const top of nodes) {
    const heading = top.children.length > 0 && !isLevels(top);
    const group = heading ? { id: top.code, title: top.title || top.code } : defaultGroup;
    const before = criteria.length;
    if (heading) {
      for (const child of top.children) settle(ctx, child, group.id);
      checkSum(sheet, top);
    } else settle(ctx, top, group.id);
    const mine = criteria.slice(before);
    const sum = (bonus: boolean) => mine.filter((c) => (c.rule.kind === 'bonus') === bonus && c.rule.kind !== 'deduction').reduce((s, c) => s + c.maxPoints, 0);
    const existing = groups.find((g) => g.id === group.id);
    if (existing) existing.maxPoints = (existing.maxPoints ?? 0) + sum(false);
    else if (mine.length > 0 || heading) groups.push({ ...group, maxPoints: top.max ?? (sum(false) || sum(true)) });
  }
  if (groups.some((g) => g !== defaultGroup && g.id !== defaultGroup.id)) {
    sheet.note(headerCell, `Nhóm tiêu chí lấy từ các dòng tiêu chuẩn: ${groups.map((g) => `${g.id}. ${g.title} (${formatNumberVi(g.maxPoints ?? 0)} điểm)`).join('; ')}.`);
  }
  const base = criteria.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction').reduce((s, c) => s + c.maxPoints, 0);
  for (const total of totals) {
    if (Math.abs(total.value - base) > 1e-9) {
      sheet.note(total.cell.address, `Dòng tổng ghi ${formatNumberVi(total.value)} điểm, nhưng cộng điểm chuẩn các tiêu chí (trừ điểm thưởng, điểm trừ) được ${formatNumberVi(base)}: kiểm tra lại bảng; chấm theo điểm của từng tiêu chí.`);
    }
  }
  const kinds = kindNamer(sheet, undefined).kinds(headerCell);
  const bands = readBands(sheet);
  const forms = readAwards(sheet, bands, criteria, kinds);
  sheet.note(headerCell, 'Bảng điểm không có cột «Cách tính»: mọi tiêu chí chấm thủ công (đơn vị tự chấm, Hội đồng thẩm định); các mức của một tiêu chí chọn một, không cộng.');
  return finishSet(sheet, { ...meta, subjectKinds: kinds, groups, criteria, classification: bands, awards: { forms } });
}

/** The table's rows as a tree by their numbering; the total rows apart. */
function readRows(sheet: SheetReader, table: Table): { nodes: Node[]; totals: { value: number; cell: ReportCell }[] } {
  const { grid } = sheet;
  const c = table.columns;
  const start = table.row + table.header.depth;
  const roots: Node[] = [];
  const stack: Node[] = [];
  const totals: { value: number; cell: ReportCell }[] = [];
  let lastRoman: number | undefined;
  const rows: { r: number; raw: string; title: string }[] = [];
  for (let r = start; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    if (isBlankRow(values)) continue;
    const texts = values.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
    // The column numbering under the header: (1) (2) (3)… or 1 2 3…
    if (rows.length === 0 && texts.length >= 3 && texts.every((t, i) => t === `(${i + 1})` || t === String(i + 1))) continue;
    let raw = cellText(values[c.ordinal!]).trim();
    let title = cellText(values[c.title!]).trim();
    if (texts.slice(0, 3).some(isTotalText)) {
      const cell = sheetCell(grid, r, c.maxPoints!);
      const value = pointsOf(cell);
      const stated = value !== undefined && !Number.isNaN(value) ? { value, cell } : statedInText(sheet, r, texts);
      if (stated) totals.push(stated);
      continue;
    }
    // «I. CÔNG TÁC …» written in the name cell, the number cell left empty.
    const inTitle = raw === '' ? /^([IVXLC]+|\d+(?:\.\d+)*|[a-zđ]\d*(?:\.\d+)*)[.)]\s+(.+)$/i.exec(title) : null;
    if (inTitle) [raw, title] = [inTitle[1]!, inTitle[2]!];
    rows.push({ r, raw, title });
  }
  const codes = numberedCodes(rows.map((x) => x.raw));
  rows.forEach(({ r, raw, title }, i) => {
    const cell = (k: Key) => (c[k] === undefined ? undefined : sheetCell(grid, r, c[k]!));
    let unreadable = false;
    const [max, bonus, deduction] = (['maxPoints', 'bonus', 'deduction'] as const).map((k) => {
      const p = pointsOf(cell(k));
      if (p === undefined || !Number.isNaN(p)) return p;
      sheet.fail(cell(k)!.address, `điểm phải là số (ví dụ 2 hoặc 0,5), đang là «${cellText(cell(k)!.raw)}»`);
      unreadable = true;
      return undefined;
    });
    const current = stack.at(-1);
    if (raw === '') {
      // A row of text only is the note of the item above; points without a number make a numbered part of it.
      if (max === undefined && bonus === undefined && deduction === undefined) {
        if (current) current.notes.push(title || cellText(grid.values[r]!.find((v) => !isBlank(v))));
        return;
      }
      if (!current) {
        sheet.fail(sheet.at(r, c.ordinal!), 'dòng có điểm nhưng chưa có số thứ tự, và không ở dưới mục nào');
        return;
      }
    }
    const kind = max === undefined && deduction !== undefined ? 'deduction' : max === undefined && bonus !== undefined ? 'bonus' : 'item';
    const node: Node = {
      code: raw === '' ? `${current!.code}.${current!.children.length + 1}` : codes[i]!,
      scheme: raw === '' ? `${current!.scheme}+` : schemeOf(raw, lastRoman),
      title,
      codeCell: sheetCell(grid, r, c.ordinal!),
      ...(max !== undefined && { max: Math.abs(max), maxCell: cell('maxPoints')! }),
      kind,
      unreadable,
      ...(kind !== 'item' && { points: Math.abs((kind === 'deduction' ? deduction : bonus)!) }),
      children: [],
      notes: cell('note') && cellText(cell('note')!.raw).trim() !== '' ? [cellText(cell('note')!.raw).trim()] : [],
    };
    if (node.scheme === 'I') lastRoman = romanValue(raw.replace(/[.)]+$/, ''));
    // A number seen above is a sibling of that row (the rows under it closed); a new kind of number goes one level down.
    const at = stack.findIndex((n) => n.scheme === node.scheme);
    if (at >= 0) stack.length = at;
    const parent = stack.at(-1);
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  });
  return { nodes: roots, totals };
}

/** A total written in a merged cell's text («Tổng cộng: 100 điểm»). */
function statedInText(sheet: SheetReader, r: number, texts: string[]): { value: number; cell: ReportCell } | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)?\s*$/i.exec(texts.join(' '));
  const value = m ? parseNumberText(m[1]!) : undefined;
  const c = (sheet.grid.values[r] ?? []).findIndex((v) => !isBlank(v));
  return value === undefined ? undefined : { value, cell: sheetCell(sheet.grid, r, Math.max(c, 0)) };
}

/** Children that are levels of one item: points stepping down to the parent's maximum, or worded as levels. */
function isLevels(node: Node): boolean {
  const items = node.children.filter((k) => k.kind === 'item');
  if (items.length < 2 || items.some((k) => k.max === undefined || k.children.some((g) => g.kind === 'item'))) return false;
  const maxima = items.map((k) => k.max!);
  const top = Math.max(...maxima);
  const sum = maxima.reduce((s, m) => s + m, 0);
  const worded = items.every((k) => LEVEL_WORDS.test(normalizeLabel(k.title)));
  if (worded) return node.max === undefined || top <= node.max + 1e-9;
  const stepping = maxima.every((m, i) => i === 0 || m < maxima[i - 1]!);
  return node.max !== undefined && stepping && Math.abs(top - node.max) < 1e-9 && Math.abs(sum - node.max) > 1e-9;
}

type Settling = { sheet: SheetReader; out: Criterion[]; unique: (cell: ReportCell, id: string) => void };

/** The criteria a node gives: itself (a leaf, or an item with levels), else its children's; its bonus and deductions beside. */
function settle(ctx: Settling, node: Node, group: string): void {
  const { sheet } = ctx;
  const items = node.children.filter((k) => k.kind === 'item');
  const push = (c: Omit<Criterion, 'code' | 'title' | 'group' | 'appliesTo' | 'evidenceRequired' | 'source' | 'unit' | 'measure'>) => {
    ctx.unique(node.codeCell, node.code);
    const notes = [c.note, ...node.notes].filter(Boolean).join(' ');
    ctx.out.push({
      code: node.code, title: node.title || node.code, group, unit: 'điểm', measure: 'points', appliesTo: [], evidenceRequired: false, source: '',
      ...c, ...(notes !== '' && { note: notes }),
    });
  };
  if (node.kind !== 'item') {
    push({ maxPoints: node.points!, rule: { kind: node.kind } });
  } else if (items.length === 0) {
    if (node.max !== undefined) push({ maxPoints: node.max, rule: { kind: 'manual' } });
    else if (node.children.length === 0 && !node.unreadable) sheet.fail(node.codeCell.address, `mục ${node.code} chưa có điểm ở cột «Điểm chuẩn»`);
  } else if (isLevels(node)) {
    const levels = [...items].sort((a, b) => b.max! - a.max!);
    const max = node.max ?? levels[0]!.max!;
    const said = levels.map((k) => `${k.code} ${k.title} (${formatNumberVi(k.max!)} điểm)`).join('; ');
    push({
      maxPoints: max,
      rule: { kind: 'tiers', tiers: levels.filter((k) => k.max! > 0).map((k) => ({ min: k.max!, points: k.max! })) },
      note: `Chọn một mức, không cộng: ${said}. Điểm tự chấm ghi ở dòng ${node.code} hoặc ở dòng mức đạt; điểm giữa hai mức tính mức thấp hơn.`,
    });
    sheet.note(node.codeCell.address, `Mục ${node.code}: các dòng ${levels.map((k) => k.code).join(', ')} là các mức của một tiêu chí (chọn một, không cộng), tối đa ${formatNumberVi(max)} điểm.`);
  } else {
    for (const child of items) settle(ctx, child, group);
    checkSum(sheet, node);
  }
  for (const extra of node.children.filter((k) => k.kind !== 'item')) settle(ctx, extra, group);
}

/** What a node is worth: a leaf or levels its maximum, a parent the sum of its children. */
function worth(node: Node): number {
  const items = node.children.filter((k) => k.kind === 'item');
  if (items.length === 0 || isLevels(node)) return node.max ?? Math.max(0, ...items.map((k) => k.max ?? 0));
  return items.reduce((s, k) => s + worth(k), 0);
}

/** A parent's stated maximum against the sum of its children (said, with its cell, when they differ). */
function checkSum(sheet: SheetReader, node: Node): void {
  const items = node.children.filter((k) => k.kind === 'item');
  const sum = items.reduce((s, k) => s + worth(k), 0);
  if (node.max === undefined || Math.abs(sum - node.max) < 1e-9) return;
  sheet.note(
    node.maxCell!.address,
    `Mục ${node.code} ghi ${formatNumberVi(node.max)} điểm, nhưng các mục con ${items.map((k) => k.code).join(', ')} cộng được ${formatNumberVi(sum)}: dùng điểm của từng mục con.`,
  );
}

export default {
  id: 'scoring-table',
  detect,
  read,
} satisfies CriteriaLayout;

// Made for: a provincial department's emulation scoring appendix issued as a Word document (STT | TIÊU CHUẨN THI ĐUA |
// ĐIỂM over Chuẩn | Thưởng | Trừ, «Tổng cộng … 100» under the header, items a1…a9 with deductions a1.1 and levels
// C1.1/C1.2/C1.3), the same table pasted into Excel, and a unit's copy with its «Tự chấm» column added.
