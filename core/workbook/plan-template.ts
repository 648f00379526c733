// A blank report sheet for one unit (mẫu báo cáo): what readReport reads, laid out to print on A4.
import { setName } from '../checks/criteria-set-mismatch.js';
import { citedBasis } from '../criteria/legal-basis.js';
import { DEFAULT_MOVEMENT, namedMovement } from '../criteria/movement.js';
import { formatTarget } from '../criteria/target.js';
import type { CriteriaSet, Criterion, ItemLine, PartOf } from '../criteria/schema.js';
import { formatNumberVi } from '../values.js';
import { EXCEL_SHEET_NAME_MAX, safeText, xmlSafe } from '../safe-text.js';
import { normalizeLabel, ROMAN_NUMERALS, sameNumbering } from '../text.js';
import { pageHeader, withPrintLayout } from '../sheet/print-layout.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import type { CellValue } from '../cell.js';

/**
 * Excel's sheet-name limits: 31 characters (a longer name cut with «…»), none of []:*?/\ nor what XML cannot carry
 * (core/safe-text.ts), not blank, no leading/trailing apostrophe.
 */
export function sheetNameFor(unitName: string): string {
  const cleaned = xmlSafe(unitName)
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  const name = safeText(cleaned, EXCEL_SHEET_NAME_MAX).text.trim();
  return name === '' ? 'Báo cáo' : name;
}

/** The report table's columns, in order; the labels are the ones readReport looks for. */
const COLUMNS = [
  { label: 'STT', width: 5 },
  { label: 'Mã tiêu chí', width: 10 },
  { label: 'Tiêu chí', width: 48 },
  { label: 'Đơn vị tính', width: 9 },
  { label: 'Chỉ tiêu', width: 10 },
  { label: 'Điểm tối đa', width: 8 },
  { label: 'Kết quả', width: 10 },
  { label: 'Tử số', width: 8 },
  { label: 'Mẫu số', width: 8 },
  { label: 'Minh chứng', width: 28 },
  { label: 'Điểm tự chấm', width: 9 },
  { label: 'Ghi chú', width: 18 },
] as const;
const WIDTH = COLUMNS.length;
const EVIDENCE_COL = COLUMNS.findIndex((c) => c.label === 'Minh chứng');
const FIRST_INPUT_COL = COLUMNS.findIndex((c) => c.label === 'Kết quả');


const STYLE = {
  title: { bold: true },
  header: { bold: true, wrap: true, fill: '#D9E1F2', horizontalAlignment: 'center' },
  group: { bold: true, fill: '#EDEDED' },
  whole: { bold: true, fill: '#F7F7F7', wrap: true },
  given: { fill: '#F7F7F7', wrap: true },
  code: { fill: '#F7F7F7', numberFormat: '@' },
  // Typed figures, evidence and notes wrap rather than run under the next column.
  input: { fill: '#FFFFFF', wrap: true },
  evidenceRequired: { fill: '#FFF2CC', wrap: true },
  date: { numberFormat: 'dd/mm/yyyy', horizontalAlignment: 'left' },
  label: { bold: true },
  note: { italic: true },
  // Shows nothing, on screen or paper: the set's «id@version», read back by the report reader.
  machine: { numberFormat: ';;;' },
} satisfies Record<string, CellFormat>;

type Row = { values: CellValue[]; formats: (CellFormat | null)[] };

function row(cells: [number, CellValue, CellFormat?][]): Row {
  const values: CellValue[] = Array(WIDTH).fill(null);
  const formats: (CellFormat | null)[] = Array(WIDTH).fill(null);
  for (const [c, v, f] of cells) {
    values[c] = v;
    formats[c] = f ?? null;
  }
  return { values, formats };
}

/** "Ta Ma" → "ỦY BAN NHÂN DÂN XÃ TA MA"; "phường X" keeps its own word. */
function communeLine(commune: string): string {
  const n = normalizeLabel(commune);
  const named = /^(xa|phuong|thi tran) /.test(n) ? commune : `xã ${commune}`;
  return `ỦY BAN NHÂN DÂN ${named}`.toUpperCase();
}

function criterionRow(c: Criterion, index: number): Row {
  const r = row([
    [0, index, STYLE.given],
    [1, c.code, STYLE.code],
    [2, c.title, STYLE.given],
    [3, c.unit, STYLE.given],
    [4, c.target ? formatTarget(c.target, c.measure) : null, STYLE.given],
    [5, c.maxPoints, STYLE.given],
  ]);
  for (let col = FIRST_INPUT_COL; col < WIDTH; col++) r.formats[col] = STYLE.input;
  if (c.evidenceRequired) r.formats[EVIDENCE_COL] = STYLE.evidenceRequired;
  return r;
}

/**
 * An item's own bonus or deduction line (Criterion.own), on its row under the item: the unit types what it adds or
 * takes there, as the table's lines are typed; no STT of its own (it is no criterion).
 */
function itemLineRow(line: ItemLine): Row {
  const r = row([
    [1, line.code, STYLE.code],
    [2, `${line.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ'}: ${line.title}`, STYLE.given],
    [5, line.maxPoints, STYLE.given],
  ]);
  for (let col = FIRST_INPUT_COL; col < WIDTH; col++) r.formats[col] = STYLE.input;
  return r;
}

/**
 * The document's item over its parts («C3 … (5 điểm)» over C3.1, C3.2, C3.3): a heading the unit reads, with no code and
 * no cell to type in (the report reader passes over a row without a code), each part typed on its own row under it.
 */
function wholeRow(whole: PartOf): Row {
  const points = `${formatNumberVi(whole.maxPoints)} điểm`;
  const r = row([[2, `${whole.code} ${whole.title} (${whole.summed ? `các phần cộng được ${points}` : points})`]]);
  r.formats = r.formats.map(() => STYLE.whole);
  return r;
}

/** A blank report sheet for `unit`, with the criteria of its kind grouped under their group headings. */
export function planTemplate(set: CriteriaSet, unit: { name: string; kindId: string; period?: string }): SheetEdit {
  const kind = set.subjectKinds.find((k) => k.id === unit.kindId);
  const kindLabel = kind?.label ?? unit.kindId;
  // A person is no unit: a civil servant's own report asks his name (read back as the unit's, core/report/read.ts); a
  // household's, the household's name.
  const person = kind?.collective === false;
  const name = kind?.household ? 'Tên hộ gia đình:' : person ? 'Họ và tên:' : 'Tên đơn vị:';
  const basis = citedBasis(set.legalBasis);
  const rows: Row[] = [
    row([[0, set.commune ? communeLine(set.commune) : null, STYLE.title]]),
    row([[0, `BÁO CÁO KẾT QUẢ THỰC HIỆN ${(namedMovement(set) ?? DEFAULT_MOVEMENT).toLocaleUpperCase('vi')}`, STYLE.title]]),
    row([[0, set.title, STYLE.title]]),
    row([[0, basis ? `Căn cứ: ${basis}` : null, STYLE.note]]),
    row([]),
    row([[0, name, STYLE.label], [2, unit.name]]),
    row([[0, person ? 'Loại đối tượng:' : 'Loại đơn vị:', STYLE.label], [2, kindLabel]]),
    row([[0, 'Kỳ báo cáo:', STYLE.label], [2, unit.period ?? set.period.label]]),
    row([[0, 'Ngày nộp:', STYLE.label], [2, null, STYLE.date]]),
    row([[0, 'Bộ tiêu chí:', STYLE.label], [2, setName(set)]]),
    // Officers read the set by its title; the checks know it by its id (criteria-set-mismatch reads both).
    row([[0, 'Mã bộ tiêu chí:', STYLE.machine], [2, `${set.id}@${set.version}`, STYLE.machine]]),
    row(COLUMNS.map((c, i) => [i, c.label, STYLE.header])),
  ];
  const headerRow = rows.length; // 1-based, the block starts at A1

  const applies = (c: Criterion) => c.appliesTo.length === 0 || c.appliesTo.includes(unit.kindId);
  const known = new Set(set.groups.map((g) => g.id));
  // The document's own part numbers when the set keeps them as its groups' ids, all of one kind (Công văn 5155's «1»
  // to «5», a form's «I», «A»…), so the sheet reads as the document; else I, II … in the order written.
  const ownNumbers = set.groups.every((g) => sameNumbering(g.id, set.groups[0]!.id));
  const sections = [
    ...set.groups.map((g) => ({ id: g.id, title: g.title as string | undefined, criteria: set.criteria.filter((c) => c.group === g.id) })),
    { id: '', title: undefined, criteria: set.criteria.filter((c) => !known.has(c.group)) },
  ];
  let index = 0;
  let groupNo = 0;
  const notes: { address: string; text: string }[] = [];
  for (const section of sections) {
    const criteria = section.criteria.filter(applies);
    if (criteria.length === 0) continue;
    if (section.title !== undefined) {
      const heading = row([[0, ownNumbers ? section.id : (ROMAN_NUMERALS[groupNo] ?? String(groupNo + 1)), STYLE.group], [2, section.title, STYLE.group]]);
      heading.formats = heading.formats.map((f) => f ?? STYLE.group);
      rows.push(heading);
      groupNo++;
    }
    criteria.forEach((c, i) => {
      if (c.partOf && c.partOf.code !== criteria[i - 1]?.partOf?.code) rows.push(wholeRow(c.partOf));
      rows.push(criterionRow(c, ++index));
      // How the table scores it («Cách chấm: …», «Khung: …»), on the criterion's name: the unit scores itself by it.
      if (c.note?.trim()) notes.push({ address: `C${rows.length}`, text: c.note.trim() });
      rows.push(...(c.own?.lines ?? []).map(itemLineRow));
    });
  }
  rows.push(
    row([[2, 'Tổng cộng', STYLE.label]]),
    row([]),
    row([[0, 'Ô màu vàng ở cột «Minh chứng»: tiêu chí bắt buộc có minh chứng (số, ngày văn bản hoặc đường dẫn).', STYLE.note]]),
    row([[0, 'Tỷ lệ: ghi «Kết quả» (ví dụ 85,5%) hoặc «Tử số» và «Mẫu số». Tiêu chí không được giao: ghi «Không được giao».', STYLE.note]]),
    row([]),
    row([[2, 'NGƯỜI LẬP BIỂU', STYLE.label], [EVIDENCE_COL, 'THỦ TRƯỞNG ĐƠN VỊ', STYLE.label]]),
  );

  const sheet = withRowHeights({
    sheet: sheetNameFor(unit.name),
    mode: 'replace',
    blocks: [{ address: 'A1', values: rows.map((r) => r.values), cellFormats: rows.map((r) => r.formats) }],
    columnWidths: widthsFromA(COLUMNS.map((c) => c.width)),
    freeze: { rows: headerRow, columns: 0 },
    ...(notes.length > 0 ? { notes } : {}),
  });
  // The unit's name and period on every page: a report over two pages is still known by its second.
  return withPrintLayout(sheet, { titleRows: `$${headerRow}:$${headerRow}`, header: pageHeader(unit.name, unit.period ?? set.period.label) });
}
