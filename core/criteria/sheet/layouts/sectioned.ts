// Bảng tiêu chí: a criteria table found by its header row (Mã | Tiêu chí | Điểm tối đa…), alone or with the
// metadata block above it and the other parts each under its section title (NHÓM TIÊU CHÍ, XẾP LOẠI…).
// Only the table is required; what the sheet leaves out is inferred and said as a notice. The layout's own sections
// (NHÓM TIÊU CHÍ, LOẠI ĐỐI TƯỢNG, the criteria table, THỨ TỰ ƯU TIÊN) are read here; the metadata block, XẾP LOẠI and
// HÌNH THỨC KHEN THƯỞNG as every layout reads them (../common-parts.ts).
import { isTotal, numberedCodes } from '../../../report/read.js';
import type { ReportCell, SheetGrid } from '../../../sheet/cell.js';
import { labelLookup, matchesLabel, sameNumbering } from '../../../text.js';
import { isBlank, seenAt, sheetCell } from '../../../sheet/grid.js';
import { cellText, formatPoints, parseCell, parseNumberText } from '../../../values.js';
import { bonusInTotal } from '../notice-text.js';
import type { CriteriaGroup, Criterion, Measure, ScoringRule, SubjectKind, Target, TieBreak } from '../../schema.js';
import { parseTarget } from '../../target.js';
import { SUBJECT_WORDS } from '../../kinds.js';
import { cappedSum, noteVerifier, readAwards, readBands, readMetadata } from '../common-parts.js';
import { addsNote, largestNumberIn, maximumInWords, oneOfRows, rangeNote, readPointsText, rowMark, takesNote, titlesTake, type PointsText } from '../points-text.js';
import { codeKey, nextNumber } from '../tree-codes.js';
import { leadsAsTotal } from '../leading-total.js';
import { holdsFloors, keepUnreadWords, noteScoresInTable, noteUnreadFigures } from '../unread-figures.js';
import { noteSignColumn, noteUnlabelledSign, unlabelledSignColumn, type SignRead } from '../sign-column.js';
import { finishSet, noteNoBase } from '../finish.js';
import { countsOf } from '../stated-figures.js';
import { alikeNote, isUnder, numberedAlike } from './sectioned/numbers-alike.js';
import { NUMBER_IN_TITLE } from './scoring-table/rows.js';
import { isTotalText } from './scoring-table/stated.js';
import { groupNamer, headingOf, kindNamer, type Heading } from '../infer.js';
import { readRubric, type RubricRule } from '../rubric.js';
import { caseRule, casesNote, rateCases, type RateCase } from '../rate-cases.js';
import { foldItemLines } from '../item-lines.js';
import { cellLines, readCellLevels } from '../cell-levels.js';
import { foldPartOf } from '../part-of.js';
import { namedPointsApart } from '../named-points.js';
import { deriveMeasure, parseRule } from '../rule.js';
import { columnsOf, criteriaColumn, hasCriteriaTable, SheetReader, type CriteriaLayout, type ReadCriteriaSheetOptions, type ReadCriteriaSheetResult, type Row } from '../sheet-reader.js';
import { CRITERIA_COLUMNS, EVIDENCE_REQUIRED, fromLabels, GROUP_COLUMNS, KIND_COLUMNS, MEASURE_LABELS, splitList, TIE_COLUMNS, TIE_LABELS } from '../vocabulary.js';

type GroupNamer = ReturnType<typeof groupNamer>;
type KindNamer = ReturnType<typeof kindNamer>;

/** The groups of the «NHÓM TIÊU CHÍ» section; `apart`: the reconciliation's words of names writing other points than their maxima. */
function readGroups(sheet: SheetReader, apart: string[]): CriteriaGroup[] | undefined {
  const rows = sheet.table('groups', GROUP_COLUMNS, ['id', 'title'], true);
  const unique = sheet.uniqueIds('mã nhóm');
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const title = sheet.required(cells.title, 'Tên nhóm', first);
    const maxPoints = sheet.number(cells.maxPoints, 'Điểm tối đa', true);
    unique(cells.id!, id);
    // A frame granted by default writes its maximum again as «Điểm có sẵn»: another figure is not what thidua scores.
    const granted = sheet.number(cells.granted, 'Điểm có sẵn', true);
    if (granted !== undefined && granted !== maxPoints) sheet.fail(cells.granted!.address, `«Điểm có sẵn» của nhóm ${id} là điểm tối đa của nhóm (${maxPoints === undefined ? 'chưa ghi' : formatPoints(maxPoints)}), các dòng trừ điểm của nhóm trừ vào đó: ghi ${maxPoints === undefined ? '«Điểm tối đa» của nhóm' : formatPoints(maxPoints)} hoặc để trống, đang là ${formatPoints(granted)}`);
    const group = { id, title, ...(maxPoints !== undefined && { maxPoints }), ...(granted !== undefined && granted === maxPoints && { granted: true as const }) };
    const said = namedPointsApart(sheet, group, cells);
    if (said) apart.push(said);
    return group;
  });
}

function readKinds(sheet: SheetReader): SubjectKind[] | undefined {
  const rows = sheet.table('kinds', KIND_COLUMNS, ['id', 'label', 'collective'], true);
  const unique = sheet.uniqueIds('mã loại đối tượng');
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const label = sheet.required(cells.label, 'Tên', first);
    const which = sheet.text(cells.collective);
    const subject = SUBJECT_WORDS.find((w) => matchesLabel(which, [w]));
    if (subject === undefined) sheet.fail(cells.collective!.address, `«Tập thể/Cá nhân» phải là «Tập thể», «Cá nhân» hoặc «Hộ gia đình», đang là «${which}»`);
    unique(cells.id!, id);
    return { id, label, collective: subject === undefined || subject === 'tập thể', ...(subject === 'hộ gia đình' ? { household: true as const } : {}), aliases: splitList(sheet.text(cells.aliases)) };
  });
}

/** What a row of the criteria table states in «Điểm tối đa»: a number, words read as points (common-parts), or nothing. */
function statedPoints(sheet: SheetReader, cell: ReportCell | undefined): { points?: number; text?: PointsText; empty: boolean } {
  if (!cell || cell.value.kind === 'empty') return { empty: true };
  if (cell.value.kind === 'number') return { points: cell.value.value, empty: false };
  const text = readPointsText(sheet.text(cell));
  return { ...(text?.kind === 'points' && { points: text.points }), ...(text && { text }), empty: false };
}

/**
 * What a heading says of the rows under it, in the words the stated figures read it by (countsOf): «B. ĐIỂM TRỪ»,
 * «CÁC LỖI TRỪ ĐIỂM» take; «Điểm cộng», «CÁC TRƯỜNG HỢP CỘNG ĐIỂM» add on top.
 */
function headingSays(heading: Heading | undefined): 'takes' | 'bonus' | undefined {
  const counts = heading ? countsOf(heading.title, undefined) : 'base';
  return counts === 'deduction' ? 'takes' : counts === 'bonus' ? 'bonus' : undefined;
}

/** A «Hoặc» row between two items («or»: alternatives). */
const isOr = (texts: readonly string[]) => texts.length === 1 && /^hoặc$/i.test(texts[0]!.trim());

/** A row that adds up its sub-items, or a numbered section with its stated maximum. */
type Parent = { max: ReportCell | undefined; children: Criterion[] };

/**
 * The criteria table, with its groups and kinds: those of the sections when present (references checked
 * against them), else inferred. Without a «Cách tính» column every criterion is scored by hand.
 */
function readCriteria(sheet: SheetReader, groups: GroupNamer, kinds: KindNamer, fileName?: string): Criterion[] | undefined {
  let rows = sheet.table('criteria', CRITERIA_COLUMNS, ['title', 'maxPoints']);
  if (!rows) return undefined;
  if (rows.length > 0 && !rows[0]!.cells.code && !rows[0]!.cells.ordinal) {
    sheet.fail(sheet.headerCell('criteria')!, 'bảng tiêu chí thiếu cột «Mã» (hoặc «STT»)');
    return undefined;
  }
  // A column of figures none of the table's columns is (a «Trọng số», an «Điểm tối thiểu»): said, not dropped.
  const span = sheet.span('criteria')!;
  const header = sheet.grid.values[span.header] ?? [];
  const own = labelLookup(CRITERIA_COLUMNS);
  // A lowest column is read only as floors below zero (./unread-figures.ts): thresholds to reach are said as not read.
  const floors = header.findIndex((v) => own(v) === 'minPoints');
  const readsFloors = floors >= 0 && holdsFloors(sheet.grid.values, floors, span.header + 1, span.end);
  const taken = header.flatMap((v, c) => (own(v) === undefined || (own(v) === 'minPoints' && !readsFloors) ? [] : [c]));
  const labels = header.map((v) => (isBlank(v) ? [] : [cellText(v).trim()]));
  // A «Loại» column retyped without its header, known by its marks (./sign-column.ts).
  const unlabelled = rows[0]?.cells.sign === undefined ? unlabelledSignColumn(sheet.grid.values, labels, new Set(taken), span.header + 1, span.end) : undefined;
  if (unlabelled !== undefined) rows = rows.map((row) => ({ ...row, cells: { ...row.cells, sign: sheetCell(sheet.grid, row.r, unlabelled) } }));
  const signColumn = unlabelled ?? header.findIndex((v) => own(v) === 'sign');
  const signLabel = unlabelled !== undefined ? noteUnlabelledSign(sheet, span.header, unlabelled, span.header + 1, span.end) : cellText(header[signColumn]).trim();
  /** What each criterion's «Loại» cell says, for the column's note. */
  const signs: SignRead[] = [];
  /** The parts whose heading made their rows deductions or bonuses, said once each. */
  const headingNoted = new Set<string>();
  noteUnreadFigures(sheet, span.header, labels, new Set(taken), span.header + 1, span.end);
  keepUnreadWords(sheet, span.header, labels, new Set(taken), span.header + 1, span.end);
  const columnOf = (key: string) => {
    const c = header.findIndex((v) => own(v) === key);
    return c >= 0 ? c : undefined;
  };
  noteScoresInTable(sheet, span.header, labels, { selfScore: columnOf('selfScore'), verifiedScore: columnOf('verifiedScore'), evidence: columnOf('evidence') }, span.header + 1, span.end, fileName);
  const criteria: Criterion[] = [];
  // Codes as written, each kept apart (d ≠ đ): a row without one, or with one met above, is coded by its place.
  const seen = new Map<string, string>();
  // Sections whose numbers start again (a «1» met above): every item of such a section carries its letter, not only
  // the ones met above (B.1–B.3 then 4–6).
  const restarted = new Map<string, string>();
  const placed = (cell: ReportCell, code: string, heading: Heading | undefined): string => {
    // A heading's numeral or letter is a place; a heading written out («XÃ HỘI SỐ») is not.
    const within = heading && !/\s/.test(heading.id) ? `${heading.id}.` : '';
    let made = code === '' ? `${within}${criteria.filter((x) => x.code.startsWith(within)).length + 1}` : code;
    const again = within !== '' && !made.startsWith(within) && (restarted.has(within) || seen.has(codeKey(made)));
    if (again) made = `${within}${made}`;
    for (let n = 2; seen.has(codeKey(made)); n++) made = `${code || within}-${n}`;
    if (code === '') sheet.note(cell.address, `Dòng có điểm nhưng chưa có mã: mã tiêu chí là «${made}» (theo chỗ của dòng trong bảng).`);
    else if (again && restarted.has(within) && !seen.has(codeKey(code))) sheet.note(cell.address, `Phần ${heading!.id} đánh số lại từ đầu (ô ${restarted.get(within)}): mã tiêu chí của dòng này là «${made}».`);
    else if (made !== code) sheet.note(cell.address, `Mã «${code}» đã có ở ô ${seen.get(codeKey(code))}: mã tiêu chí của dòng này là «${made}» (theo chỗ của dòng trong bảng).`);
    if (again && !restarted.has(within)) restarted.set(within, cell.address);
    seen.set(codeKey(made), cell.address);
    return made;
  };
  const noRuleColumn = rows.length > 0 && rows[0]!.cells.rule === undefined && rows[0]!.cells.rubric === undefined;
  /** Items read as the levels closing their cells, for the table's note. */
  let levelledInCell = 0;
  let codes = codesOf(sheet, rows);
  // A row whose number opens its words («1. Về phẩm chất … | 10», its number cell empty) over rows numbered under that
  // number («1.1», «1.2»…), or lettered from «a» as an officer renumbers them: numbered so, the rows its sub-items (read
  // by its place, it stood beside them and was counted with them).
  const cellsOf = rows.map((row) => row.cells);
  const nextCode: (string | undefined)[] = [];
  for (let i = codes.length - 1, seen: string | undefined; i >= 0; seen = codes[i] || seen, i--) nextCode[i] = seen;
  let lettered: string | undefined;
  codes = codes.map((code, i) => {
    // Its lettered rows coded under it («1.a»), as its numbered ones are, up to the next row numbered otherwise.
    if (lettered !== undefined && /^\p{Ll}$/u.test(code)) return `${lettered}.${code}`;
    if (code !== '') lettered = undefined;
    const next = nextCode[i];
    const own = code === '' ? NUMBER_IN_TITLE.exec(sheet.text(cellsOf[i]!.title).trim())?.[1] : undefined;
    if (own === undefined || !(next?.startsWith(`${own}.`) || next === 'a')) return code;
    if (next === 'a') lettered = own;
    sheet.note((cellsOf[i]!.code ?? cellsOf[i]!.ordinal)!.address, `Dòng không ghi số thứ tự nhưng lời mở đầu bằng «${own}.», và các dòng dưới nó đánh số ${next}…: đọc là mục ${own}, các dòng đó là mục con của nó${next === 'a' ? ` (mã ${own}.a…)` : ''}.`);
    return own;
  });
  // The first row the table's total, written above its parts without the word «Tổng»: said, and not a criterion.
  const lead = rows[0];
  const leadPoints = lead && statedPoints(sheet, lead.cells.maxPoints).points;
  if (lead && leadsAsTotal({ code: codes[0]!, value: leadPoints }, rows.slice(1).map((r, i) => ({ code: codes[i + 1]!, value: statedPoints(sheet, r.cells.maxPoints).points })))) {
    sheet.note(lead.cells.maxPoints!.address, `Dòng «${sheet.text(lead.cells.title).trim()}» ghi ${formatPoints(leadPoints!)} điểm, bằng các phần dưới nó cộng lại: đọc là dòng tổng của bảng, không phải tiêu chí.`);
    [rows, codes] = [rows.slice(1), codes.slice(1)];
  }
  // Total rows as the stated figures know them («Tổng điểm đánh giá: …/100»): a part's total between items is skipped, the
  // last ends the table (what follows is signatures and notes), never a criterion.
  const totals = rows.map(({ cells: c, texts }, i) => isTotal(codes[i]) || isTotal(sheet.text(c.title)) || texts.slice(0, 3).some(isTotalText));
  const itemAfter = (i: number) => rows.some((r, j) => j > i && !totals[j] && codes[j] !== '' && statedPoints(sheet, r.cells.maxPoints).points !== undefined);
  const end = totals.findIndex((total, i) => total && !itemAfter(i));
  const kept = (end < 0 ? rows : rows.slice(0, end)).flatMap((_, i) => (totals[i] ? [] : [i]));
  const table = kept.map((i) => rows[i]!);
  codes = kept.map((i) => codes[i]!);
  const headingOfRow = (i: number) => {
    const { cells: c, texts } = table[i]!;
    return headingOf({ code: codes[i]!, title: sheet.text(c.title), rule: sheet.text(c.rule ?? c.rubric), texts, max: c.maxPoints, ...(c.title && { titleCell: c.title }) });
  };
  const stated = table.map(({ cells: c }) => statedPoints(sheet, c.maxPoints));
  const byTitles = titlesTake(table.map(({ cells: c }, i) => ({ title: sheet.text(c.title), points: stated[i]!.points })));
  const hasPoints = (i: number) => stated[i]!.points !== undefined || (stated[i]!.text !== undefined && stated[i]!.text!.kind !== 'note');
  // Lines of words in lower case right under an item with points («1 | Thực hiện mục tiêu … | 15» over «Tốc độ tăng
  // trưởng kinh tế GRDP», «Thu ngân sách»…): what the item covers, not group headings, which a table writes in capitals
  // or after a marker («XÃ HỘI SỐ», «II. Xã hội số»), or naming the rows below as deductions or bonuses («Điểm trừ»).
  const lineUnder = new Set<number>();
  table.forEach((_, i) => {
    if (!hasPoints(i) || codes[i] === '' || headingOfRow(i)) return;
    for (let j = i + 1; j < table.length && codes[j] === '' && !hasPoints(j) && stated[j]!.text?.kind !== 'note' && !isOr(table[j]!.texts); j++) {
      const words = table[j]!.texts.length === 1 ? table[j]!.texts[0]!.trim() : '';
      const head = headingOfRow(j);
      if (head && (head.id !== words || words === words.toLocaleUpperCase('vi') || headingSays(head) !== undefined)) break;
      lineUnder.add(j);
    }
  });
  const headingAt = (i: number) => (lineUnder.has(i) ? undefined : headingOfRow(i));
  // Sub-parts numbered like the items under them (./sectioned/numbers-alike.ts): coded with their part («I.2»).
  const numbered = table.map((_, i) => ({ code: codes[i]!, points: stated[i]!.points }));
  const alike = numberedAlike(numbered);
  if (alike) {
    const first = Math.min(...alike.code.keys());
    sheet.note((table[first]!.cells.code ?? table[first]!.cells.ordinal)!.address, alikeNote(alike, numbered, (i) => Number(/\d+$/.exec(table[i]!.first.address)![0])));
    for (const [i, code] of alike.code) codes[i] = code;
  }
  // Rows below a numbered item (its code and a dot: «1.2» under «1»; as told apart above), and whether any of them carries points.
  const below = (i: number) => table.flatMap((_, j) => (j > i && (alike ? isUnder(alike, j, i) : codes[i] !== '' && codes[j]!.startsWith(`${codes[i]}.`)) ? [j] : []));
  // A row without points under an item with points describes that item (C3.1 → C3.1.1 → C3.1.1.1, text only).
  const describes = new Map<number, number>();
  // Rows under an item that are its levels, not sub-items adding up («1 | Tỷ lệ hồ sơ đúng hạn | 10» over «a) | Đạt
  // 100% | 10», «b) | Từ 80% đến dưới 100% | 8», «c) | Dưới 80% | 0»): each a row of its own with nothing under it,
  // their points stepping down to 0 from the item's own, or the highest the item's own where its words choose one of them
  // («các ý sau không cộng dồn») — levels, as the scoring table's are (scoring-table/node.ts isLevels). Or the same levels
  // typed in the content column with no number («a) Đạt 100%: 10 điểm», «- Dưới 80%: 0 điểm»), right after the item and
  // before the next numbered row: their points in the points column, else in their words as a cell's level lines are
  // read (cell-levels.ts) — not sibling criteria with made-up codes.
  const levelRows = (i: number): LevelRows | undefined => {
    const max = stated[i]!.points;
    const numbered = below(i);
    const under = numbered.length > 0 ? numbered : unnumberedAfter(i);
    if (max === undefined || under.length < 2 || under.some((j) => below(j).length > 0)) return undefined;
    const titles = under.map((j) => sheet.text(table[j]!.cells.title));
    // The rows' words read as a cell's level lines are (cell-levels.ts), one level a row: the points where the points
    // column is empty; else said where they write other points than its cell («a) Đạt 100%: 10 điểm | 8»).
    const read = cellLines(titles.join('\n'), max);
    const words = read?.levels.length === under.length ? read.levels.map((l) => l.points) : undefined;
    const fromWords = numbered.length === 0 && under.every((j) => stated[j]!.points === undefined && stated[j]!.text === undefined);
    const points = fromWords ? words : under.map((j) => stated[j]!.points);
    if (!points || points.some((p) => p === undefined)) return undefined;
    const ps = points as number[];
    const apart = words && !fromWords ? under.flatMap((j, k) => (words[k] === ps[k] ? [] : [{ at: j, words: words[k]! }])) : [];
    const chosen = oneOfRows(sheet.text(table[i]!.cells.title));
    const oneOf = chosen !== undefined && (chosen.count === undefined || chosen.count === ps.length) && Math.max(...ps) === max;
    const name = (j: number) => (numbered.length > 0 ? { code: codes[j]!.slice(codes[i]!.length) } : { row: Number(/\d+$/.exec(table[j]!.first.address)![0]) });
    const rows = under.map((j, k) => ({ at: j, ...name(j), title: titles[k]!, points: ps[k]! }));
    if (oneOf || (ps[0] === max && ps.at(-1) === 0 && ps.every((p, k) => k === 0 || p < ps[k - 1]!))) return { max, rows, apart };
    // Unnumbered rows, each a different figure, the highest the item's own and not adding up to it (10 / 8 / 6 under
    // 10): levels or criteria of their own, the table does not say — read as its rows are numbered, the doubt said.
    const doubt = numbered.length === 0 && Math.max(...ps) === max && new Set(ps).size === ps.length && ps.reduce((a, p) => a + p, 0) !== max;
    return doubt ? { max, rows, doubtful: true, apart } : undefined;
  };
  // The rows right after an item with no number of their own, up to the next numbered row (none a heading, «hoặc» or words for points).
  const unnumberedAfter = (i: number) => {
    const run: number[] = [];
    for (let j = i + 1; j < table.length && codes[j] === '' && !headingAt(j) && !isOr(table[j]!.texts) && stated[j]!.text?.kind !== 'note'; j++) run.push(j);
    return run;
  };
  table.forEach((_, i) => {
    if (!hasPoints(i) || headingAt(i)) return;
    // Rows come parent first: the last item with points above a row is its nearest, the one it describes.
    for (const j of below(i)) if (!hasPoints(j) && stated[j]!.text?.kind !== 'note' && !below(j).some(hasPoints)) describes.set(j, i);
    // So do the rows right after it that carry neither a number nor points (its points spelt out line by line, its
    // indicators listed under a bullet in the number column: «Trục 1 | … | 15» over «- | Thu ngân sách»).
    for (let j = i + 1; j < table.length && (codes[j] === '' || BULLET_ONLY.test(sheet.text(table[j]!.cells.code ?? table[j]!.cells.ordinal))) && !hasPoints(j) && stated[j]!.text?.kind !== 'note' && !isOr(table[j]!.texts) && !headingAt(j); j++) describes.set(j, i);
    // And numbered rows right after it, none with points nor rows with points under them, numbered as a list of their
    // own («Trục 1 | … | 15» over «a) Thu ngân sách», «b) …»): not its next sibling («2» after «1»), which lacks points.
    const run: number[] = [];
    for (let j = i + 1; j < table.length && !describes.has(j) && codes[j] !== '' && !hasPoints(j) && stated[j]!.text?.kind !== 'note' && !isOr(table[j]!.texts) && !headingAt(j) && !below(j).some(hasPoints); j++) run.push(j);
    if (run.length > 0 && codes[run[0]!] !== nextNumber(codes[i]!) && !run.some((j) => codes[j]!.startsWith(`${codes[i]}.`))) for (const j of run) describes.set(j, i);
  });
  // Top-level numbered sections («1» over «1.1», «1.2»…) are the groups when the table has no group headings.
  const numberedSections = !table.some((_, i) => headingAt(i)) && table.some((_, i) => !codes[i]!.includes('.') && below(i).some(hasPoints));
  // A row with the item's own points right under it, no number of its own, the numbering going on after it («1 | Chấp
  // hành thời gian | 5» over «Đạt ít nhất 90 phút | 5», then «2»): how the item is measured, not the item a number was
  // left off (coded «2», it pushed the next «2» to «2-2», every figure said to agree). After the sections are told:
  // the row makes its item a part, not a section of the table.
  table.forEach((_, i) => {
    const j = i + 1;
    const [points, own] = [stated[i]!.points, stated[j]?.points];
    if (points === undefined || own === undefined || codes[i] === '' || headingAt(i) || codes[j] !== '' || headingAt(j)) return;
    // The row alone: the next row numbered.
    const next = codes[j + 1];
    if (!next || nextNumber(codes[i]!) !== next) return;
    const [item, at] = [codes[i]!, `«${next}»`];
    if (own === points) {
      describes.set(j, i);
      sheet.note(table[j]!.cells.maxPoints!.address, `Dòng không số thứ tự ngay dưới mục ${item} ghi đúng ${formatPoints(points)} điểm như mục ${item}, và dòng đánh số sau nó là ${at}: đọc là cách chấm của mục ${item} (tối đa ${formatPoints(points)} điểm), không phải một mục bị bỏ số thứ tự.`);
      return;
    }
    // Other points: its part (the item's figure then held to it, as an office's table reads it), not the next item.
    codes[j] = `${item}.1`;
    sheet.note((table[j]!.cells.code ?? table[j]!.cells.ordinal)!.address, `Dòng có điểm nhưng chưa có số thứ tự, ngay sau mục ${item}: dòng đánh số sau nó là ${at}, nên đọc là phần của mục ${item} (mục ${item}.1), không phải mục bị bỏ số thứ tự.`);
  });
  const parents = new Map<string, Parent>();
  // The code each parent row was placed under (its sub-items found by the rows, when the numbering is told apart).
  const parentCode = new Map<number, string>();
  let heading: Heading | undefined;
  // Where the current heading's row is and how many criteria stood before it.
  let opened: { cell: ReportCell; before: number } | undefined;
  // The last part stating its points with no item under it («C | ĐIỂM THƯỞNG | 5»): the part is scored as one item.
  // One right over another part heads it (as a unit's copy reads it: core/report/read.ts).
  const closeLonePart = () => {
    if (!heading || !opened || heading.maxPoints === undefined || criteria.length > opened.before) return;
    const bonus = headingSays(heading) === 'bonus';
    const code = placed(opened.cell, heading.id, undefined);
    const rule: ScoringRule = { kind: bonus ? 'bonus' : 'manual' };
    criteria.push({
      code, title: heading.title, group: groups.of('', undefined, heading, opened.cell)!, unit: 'điểm', measure: deriveMeasure('điểm', rule),
      maxPoints: heading.maxPoints, rule, appliesTo: [], evidenceRequired: false, source: '',
    });
    sheet.note(opened.cell.address, `Nhóm ${heading.id} (${heading.title}) ghi ${formatPoints(heading.maxPoints)} điểm, không có mục nào dưới nó: chấm cả nhóm như một mục${bonus ? ' điểm thưởng, cộng thêm vào tổng' : ''}, tối đa ${formatPoints(heading.maxPoints)} điểm.`);
  };
  for (const [i, { cells: c, texts }] of table.entries()) {
    const written = codes[i]!;
    const codeCell = (c.code ?? c.ordinal)!;
    // «Hoặc» between two items: they are alternatives, one counted; the group's maximum caps them (said there).
    if (isOr(texts)) {
      const [before, after] = [criteria.at(-1)?.code ?? codes[i - 1], codes[i + 1]];
      sheet.note(codeCell.address, `Dòng «${texts[0]!.trim()}»: mục ${before} hoặc mục ${after} — hai cách đạt, chỉ tính một; điểm tối đa của nhóm giới hạn tổng.`);
      continue;
    }
    // Group headings officers add between criteria: "II. XÃ HỘI SỐ", or "II | Xã hội số" with no «Cách tính».
    const asHeading = headingAt(i);
    if (asHeading) {
      // A part numbered as the one it follows is its sibling, not under it: the one before, with points and no row
      // under it («II | Tiến độ, kết quả giải quyết | 18,88» before «III»), is scored as one item.
      if (heading && sameNumbering(heading.id, asHeading.id)) closeLonePart();
      heading = asHeading;
      opened = { cell: codeCell, before: criteria.length };
      continue;
    }
    if (describes.has(i)) continue;
    const code = placed(codeCell, written, heading);
    // An item with sub-items ("1" over "1.1", "1.2") is scored by its sub-items; its points are checked against theirs.
    // With a «Cách tính» of its own it is scored itself (its sub-items are its deductions or bonus).
    const byRows = sheet.text(c.rule) === '';
    const rowsRead = byRows ? levelRows(i) : undefined;
    if (rowsRead?.doubtful) sheet.note(codeCell.address, doubtfulLevels(code, rowsRead));
    for (const a of rowsRead?.apart ?? []) {
      const cell = table[a.at]!.cells.maxPoints!;
      const typed = formatPoints(stated[a.at]!.points!);
      sheet.note(cell.address, `Mục ${code}: ô ${cell.address} ghi ${typed} điểm nhưng lời của dòng («${sheet.text(table[a.at]!.cells.title)}») ghi ${formatPoints(a.words)} điểm: thidua đọc theo ô điểm (${typed}). Nếu lời mới đúng, sửa ô ${cell.address} rồi nhập lại.`);
    }
    const levels = rowsRead?.doubtful ? undefined : rowsRead;
    if (byRows && (below(i).some((j) => !describes.has(j)) || levels)) {
      if (numberedSections && !code.includes('.') && below(i).length > 0) {
        describedBy(sheet, table, describes, i, codes, codeCell);
        // Its maximum in its points cell, else in its words («4 | Công tác tổ chức … (10 điểm)»), as a roman part's is.
        const max = stated[i]!.points ?? maximumInWords(sheet.text(c.title));
        const cell = stated[i]!.points !== undefined ? c.maxPoints! : c.title!;
        heading = { id: code, title: sheet.text(c.title) || code, ...(max !== undefined && { maxPoints: max, cell: cell.address }) };
      } else if (levels) {
        const group = groups.of(c.group ? cellText(seenAt(sheet.grid, c.group.address)).trim() : '', c.group, heading, codeCell);
        if (group !== undefined) criteria.push(levelsItem(sheet, levels, code, c, codeCell, group));
        for (const j of levels.rows) describes.set(j.at, i);
      } else {
        parents.set(code, { max: c.maxPoints, children: [] });
        parentCode.set(i, code);
      }
      continue;
    }
    const title = sheet.required(c.title, 'Tiêu chí', codeCell);
    const group = groups.of(c.group ? cellText(seenAt(sheet.grid, c.group.address)).trim() : '', c.group, heading, codeCell);
    const words = stated[i]!.text;
    if (words?.kind === 'note') {
      // «(không xếp loại)», «theo thực tế»: words, not points; the row is not scored.
      sheet.note(c.maxPoints!.address, `Mục ${code} ghi «${words.text}» thay cho điểm: mục này không phải tiêu chí chấm điểm, không tính vào tổng.`);
      continue;
    }
    const byWords = words && words.kind !== 'points' ? wordsRule(sheet, words, c.maxPoints!, code, title, heading) : undefined;
    const writtenMax = byWords?.maxPoints ?? stated[i]!.points ?? unreadablePoints(sheet, c.maxPoints, code);
    // Its lowest in a column of its own («-5 | 0»), below zero: read as the range one cell writes («-5 – 0»).
    const lowest = readsFloors ? statedPoints(sheet, c.minPoints).points : undefined;
    const floor = lowest !== undefined && lowest < 0 && writtenMax !== undefined && writtenMax >= 0 && !c.rule ? lowest : undefined;
    if (floor !== undefined && writtenMax! > 0) sheet.note(c.minPoints!.address, rangeNote(code, { min: floor, max: writtenMax! }));
    // Marked «Trừ» in its «Loại» column (typed once over merged rows, it stands on each), or in its own words, its points
    // written above zero: taken, as «-5» is; without a mark, what its part's heading says («B. ĐIỂM TRỪ»).
    const sign = c.sign ? cellText(seenAt(sheet.grid, c.sign.address)).trim() : '';
    const { says: own, titled } = rowMark(sign, title, c.rule ? undefined : writtenMax, byTitles);
    const says = own ?? (sign === '' ? headingSays(heading) : undefined);
    const marked = writtenMax !== undefined && writtenMax > 0 && !c.rule && says === 'takes' ? writtenMax : undefined;
    // Under a bonus heading with a rubric of its own, the rubric's reading keeps its words (rubricOf).
    const bonusMark = writtenMax !== undefined && writtenMax > 0 && !c.rule && says === 'bonus' && !(sign === '' && c.rubric);
    if ((marked !== undefined || bonusMark) && sign === '' && !titled && heading && !headingNoted.has(heading.id)) {
      headingNoted.add(heading.id);
      sheet.note(opened!.cell.address, `Phần ${heading.id} («${heading.title}»): các dòng dưới nó là ${marked !== undefined ? 'điểm trừ, trừ' : 'điểm cộng thêm, cộng'} tối đa như mỗi dòng ghi, không tính vào tổng điểm chuẩn.`);
    }
    if (bonusMark && titled) sheet.note(c.maxPoints!.address, addsNote(code, `«${title}» (tên mục ghi là điểm cộng)`, writtenMax!));
    else if (bonusMark && sign !== '') sheet.note(c.sign!.address, addsNote(code, `«${sign}» ở cột «${signLabel}»`, writtenMax!));
    // Below zero with no rule of its own («-5», «-5 – 0», «-5 | 0»): a deduction of up to that much, as an office's table reads it.
    const takes = marked ?? (floor !== undefined && writtenMax === 0 ? -floor : writtenMax !== undefined && writtenMax < 0 && !c.rule ? -writtenMax : undefined);
    const wrote = titled ? `«${title}» (tên mục ghi là điểm trừ)` : marked !== undefined ? `«${sign}» ở cột «${signLabel}»` : floor !== undefined ? `điểm từ ${formatPoints(floor)} đến 0` : `«${sheet.text(c.maxPoints)}»`;
    // Taken as its heading says: said once, at the heading.
    if (takes !== undefined && !(marked !== undefined && sign === '' && !titled)) sheet.note((marked !== undefined && !titled ? c.sign : c.maxPoints)!.address, takesNote(code, wrote, takes));
    const maxPoints = takes ?? writtenMax;
    if (sign !== '') signs.push({ word: sign, base: takes === undefined && !bonusMark });
    // Scored by hand for want of any written rule, an item may close its cell with its levels (cell-levels.ts), read or
    // said as the scoring table's are; a «Cách tính» written (thidua's own sheet) is the rule, its words left as they are.
    const inCell = takes === undefined && !bonusMark && !byWords && noRuleColumn ? readCellLevels(sheet, codeCell.address, code, title, maxPoints, undefined, undefined, { title }) : undefined;
    if (inCell) levelledInCell++;
    const read = takes !== undefined ? { rule: { kind: 'deduction' as const }, unit: 'điểm' } : bonusMark ? { rule: { kind: 'bonus' as const }, unit: 'điểm' } : inCell ? { rule: inCell.rule, unit: 'điểm', note: inCell.note } : byWords && !c.rule ? byWords : c.rule || noRuleColumn ? ruleOf(sheet, c.rule, codeCell) : rubricOf(sheet, c.rubric!, maxPoints, heading);
    const rule = read?.rule;
    const ruleCell = c.rule ?? c.rubric;
    if (rule?.kind === 'tiers' && maxPoints !== undefined) {
      const top = Math.max(...rule.tiers.map((t) => t.points));
      if (top > maxPoints) sheet.fail(ruleCell!.address, `bậc cao nhất (${formatPoints(top)} điểm) vượt «Điểm tối đa» (${formatPoints(maxPoints)})`);
    }

    const unit = sheet.text(c.unit) || (read?.unit ?? '');
    const measureText = sheet.text(c.measure);
    let measure: Measure | undefined = rule ? deriveMeasure(unit, rule) : undefined;
    if (measureText !== '') {
      measure = fromLabels(MEASURE_LABELS, measureText);
      if (!measure) sheet.fail(c.measure!.address, `không hiểu đại lượng «${measureText}» (dùng: ${Object.values(MEASURE_LABELS).join('; ')})`);
    }

    // No «Chỉ tiêu» typed: a rate read from a rubric's words («Tỷ lệ × Điểm tối đa») has its full points at 100%, as rubric.ts
    // gives it — a rate without a target is a set the loader refuses.
    const target = readTarget(sheet, c.target, measure) ?? (read as Pick<RubricRule, 'target'> | undefined)?.target;

    const appliesTo = splitList(sheet.text(c.appliesTo)).flatMap((name) => kinds.of(name, c.appliesTo!) ?? []);

    const evidence = readEvidence(sheet, c.evidence, c.selfScore);

    const portal = readPortal(sheet, c.portal);
    const description = describedBy(sheet, table, describes, i, codes, codeCell);
    const note = [sheet.text(c.note), read?.note ?? '', evidence.note ?? '', description].filter(Boolean).join(' ');
    if (!rule || !measure || maxPoints === undefined || group === undefined) continue;
    const criterion: Criterion = {
      code,
      title: inCell?.title ?? title,
      group,
      unit,
      measure,
      ...(target && { target }),
      maxPoints,
      rule,
      appliesTo,
      evidenceRequired: evidence.required,
      source: sheet.text(c.source),
      ...(note !== '' && { note }),
      ...(portal && { portal }),
    };
    // Rates beside the cases the row names: a criterion a case, each its rate, of the row's kind (rate-cases.ts).
    const made = byWords?.cases?.map((k): Criterion => {
      const each = caseRule(rule.kind, k.points);
      return { ...criterion, code: k.code, title: k.title, unit: byWords.unit, measure: measureText === '' ? deriveMeasure(byWords.unit, each) : measure, maxPoints: heading?.maxPoints ?? Math.abs(k.points), rule: each, note: [`Một trường hợp của dòng ${code} «${title}» («${sheet.text(c.maxPoints)}»).`, note].filter(Boolean).join(' ') };
    }) ?? [criterion];
    for (const one of made) {
      criteria.push(one);
      // Told apart by their numbering, a criterion counts in every row above it (a sub-part adds its divisions' items).
      if (alike) for (const [j, p] of parentCode) if (isUnder(alike, i, j)) parents.get(p)!.children.push(one);
      const parent = alike ? undefined : [...parents.keys()].filter((p) => code.startsWith(`${p}.`)).sort((a, b) => b.length - a.length)[0];
      if (parent !== undefined) parents.get(parent)!.children.push(one);
    }
  }
  closeLonePart();
  if (signColumn >= 0) noteSignColumn(sheet, sheet.at(span.header, signColumn), signLabel, signs);
  // Compared only when every criterion read: a sum short of a row in error would say nothing.
  if (sheet.errors.length === 0) {
    for (const [code, { max, children }] of parents) checkSubItems(sheet, code, max, children);
    checkTotal(sheet, end < 0 ? undefined : rows[end]!.cells.maxPoints, criteria, groups.stated());
  }
  if (noRuleColumn) {
    const but = levelledInCell > 0 ? `, trừ ${levelledInCell} mục ghi các mức trong ô nội dung (chọn một mức, nói ở từng mục)` : '';
    sheet.note(sheet.headerCell('criteria'), `Bảng tiêu chí không có cột «Cách tính»: mọi tiêu chí chấm thủ công (cán bộ nhập điểm từ 0 đến điểm tối đa)${but}.`);
  }
  return criteria;
}

/**
 * The rule a points cell states in words: points per occurrence («2 điểm/lần»; negative, a deduction), capped as it
 * says or by the group's maximum; levels in one cell («2 điểm» over «4 điểm»: choose one); rates per occurrence («+3
 * điểm/hs; +5 điểm/hs»), a criterion a case the row's words name (`cases`, split by the caller), else the row's one,
 * the unit writing its points, as an office's table reads them. Said once at the cell.
 */
function wordsRule(sheet: SheetReader, words: Exclude<PointsText, { kind: 'points' | 'note' }>, cell: ReportCell, code: string, title: string, heading: Heading | undefined): (RubricRule & { maxPoints: number; cases?: RateCase[] }) | undefined {
  if (words.kind === 'range') {
    sheet.note(cell.address, rangeNote(code, words));
    return { rule: { kind: 'manual' }, unit: 'điểm', maxPoints: words.max, note: `Điểm từ ${formatPoints(words.min)} đến ${formatPoints(words.max)}.` };
  }
  if (words.kind === 'levels' && words.unit !== undefined) {
    const taken = words.points.every((p) => p < 0);
    const rule: ScoringRule = { kind: taken ? 'deduction' : 'manual' };
    const group = heading?.maxPoints === undefined ? undefined : { points: heading.maxPoints, from: `bằng điểm tối đa của nhóm ${heading.id}` };
    const most = group?.points ?? Math.max(...words.points.map(Math.abs));
    const cases = rateCases(code, title, sheet.text(cell), words.points);
    if (cases) {
      sheet.note(cell.address, casesNote(code, sheet.text(cell), cases, words.unit, group));
      return { rule, unit: words.unit, maxPoints: most, cases };
    }
    const each = `${words.points.map((p) => formatPoints(Math.abs(p))).join(' / ')} điểm mỗi ${words.unit} tùy mức`;
    sheet.note(cell.address, `Mục ${code}: ${taken ? 'trừ' : 'được'} ${each}, tối đa ${formatPoints(most)} điểm (${group?.from ?? 'bảng không ghi mức tối đa: tạm tính bằng một lần, sửa «Điểm tối đa» trên trang tiêu chí'}): đơn vị ghi số điểm.`);
    return { rule, unit: 'điểm', maxPoints: most, note: `${taken ? 'Trừ' : 'Được'} ${each}.` };
  }
  if (words.kind === 'levels') {
    const levels = [...new Set(words.points.filter((p) => p > 0))].sort((a, b) => b - a);
    if (levels.length === 0) return undefined;
    sheet.note(cell.address, `Mục ${code} ghi các mức ${words.points.map((p) => formatPoints(p)).join(' / ')} điểm trong một ô: chọn một mức, tối đa ${formatPoints(levels[0]!)} điểm.`);
    return { rule: { kind: 'tiers', tiers: levels.map((p) => ({ min: p, points: p })) }, unit: 'điểm', maxPoints: levels[0]!, note: `Chọn một mức: ${words.points.map((p) => formatPoints(p)).join(' / ')} điểm.` };
  }
  const each = Math.abs(words.points);
  const cap = words.cap ?? heading?.maxPoints ?? each;
  const kind = words.points < 0 ? 'deduction' : 'per_occurrence';
  const capFrom = words.cap !== undefined ? 'như ô ghi'
    : heading?.maxPoints !== undefined ? `bằng điểm tối đa của nhóm ${heading.id}`
    : 'bảng không ghi mức tối đa: tạm tính bằng một lần, sửa «Điểm tối đa» trên trang tiêu chí';
  sheet.note(cell.address, `Mục ${code}: ${words.points < 0 ? 'trừ' : 'được'} ${formatPoints(each)} điểm mỗi ${words.unit}, tối đa ${formatPoints(cap)} điểm (${capFrom}); kết quả ghi số ${words.unit}.`);
  return { rule: kind === 'deduction' ? { kind, pointsEach: each } : { kind, pointsEach: each }, unit: words.unit, maxPoints: cap };
}

/**
 * «Điểm tối đa» that reads as no points: empty, or words that are none (kept as written, scored by hand up to the largest
 * number they hold, said at the cell); a number out of range stays an error.
 */
function unreadablePoints(sheet: SheetReader, cell: ReportCell | undefined, code: string): number | undefined {
  if (cell?.value.kind === 'number') return sheet.number(cell, 'Điểm tối đa', false);
  const text = sheet.text(cell);
  const max = largestNumberIn(text) ?? 0;
  sheet.note(
    cell?.address,
    text === ''
      ? `Mục ${code} chưa ghi «Điểm tối đa»: giữ làm tiêu chí chấm thủ công, tối đa 0 điểm; sửa «Điểm tối đa» trên trang tiêu chí.`
      : `Chưa đọc được «${text}» thành điểm: giữ mục ${code} làm tiêu chí chấm thủ công, tối đa ${formatPoints(max)} điểm (${max > 0 ? 'số lớn nhất ghi trong ô' : 'ô không có số nào'}); sửa «Điểm tối đa» trên trang tiêu chí nếu cần.`,
  );
  return max;
}

/** A number cell holding only a list's mark. */
const BULLET_ONLY = /^[-–—+•*·◦]+$/;

/** The rows that describe item `i` (no points of their own), as one line of its note, said once at the item. */
function describedBy(sheet: SheetReader, table: Row<keyof typeof CRITERIA_COLUMNS>[], describes: Map<number, number>, i: number, codes: string[], codeCell: ReportCell): string {
  const all = [...describes].filter(([, owner]) => owner === i).map(([j]) => j);
  // A row of the item's own points is said where it was read (its measure); the others here.
  const rows = all.filter((j) => sheet.text(table[j]!.cells.maxPoints) === '');
  // A list's mark in the number column is no number.
  const number = (j: number) => {
    const written = sheet.text(table[j]!.cells.code ?? table[j]!.cells.ordinal);
    return BULLET_ONLY.test(written) ? '' : written || codes[j]!;
  };
  const text = all.map((j) => [number(j), sheet.text(table[j]!.cells.title)].filter(Boolean).join(' ')).join('; ');
  if (rows.length === 0) return text;
  // Unnumbered rows are named by where they are (19–22).
  const unnumbered = rows.filter((j) => number(j) === '').map((j) => Number(/\d+$/.exec(table[j]!.first.address)![0]));
  const where = unnumbered.length === 0 ? [] : [`${unnumbered.length > 1 && unnumbered.at(-1)! - unnumbered[0]! === unnumbered.length - 1 ? `${unnumbered[0]}–${unnumbered.at(-1)}` : unnumbered.join(', ')} (không số thứ tự)`];
  const named = [...rows.flatMap((j) => (number(j) === '' ? [] : [number(j)])), ...where].join(', ');
  sheet.note(codeCell.address, `Mục ${codes[i]} có điểm; các dòng ${named} dưới nó không ghi điểm: đọc là lời mô tả của mục ${codes[i]}, không phải mục con.`);
  return text;
}

/**
 * «Minh chứng»: «Bắt buộc» (or yes) or empty. In an all-in-one scoring sheet the column is also where a unit
 * lists its documents: there a row with a self-score is the unit's and requires nothing, and the commune's blank
 * form asks for documents by naming them (kept as the note).
 */
function readEvidence(sheet: SheetReader, cell: ReportCell | undefined, selfScore: ReportCell | undefined): { required: boolean; note?: string } {
  const text = sheet.text(cell);
  const value = parseCell(text);
  if (matchesLabel(text, [EVIDENCE_REQUIRED]) || (value.kind === 'bool' && value.value)) return { required: true };
  if (text === '' || (value.kind === 'bool' && !value.value)) return { required: false };
  if (selfScore !== undefined) return sheet.text(selfScore) === '' ? { required: true, note: `Tài liệu kiểm chứng: ${text}.` } : { required: false };
  sheet.fail(cell!.address, `«Minh chứng» ghi «Bắt buộc» hoặc để trống, đang là «${text}»`);
  return { required: false };
}

/** «Cách tính» in the sheet's own words (an error when unreadable); without the column, manual. */
function ruleOf(sheet: SheetReader, cell: ReportCell | undefined, rowCell: ReportCell): { rule: ScoringRule; unit?: string; note?: string } | undefined {
  const text = cell ? sheet.required(cell, 'Cách tính', rowCell) : 'Thủ công';
  const parsed = text === '' ? undefined : parseRule(text);
  if (parsed && !parsed.ok) sheet.fail(cell!.address, parsed.message);
  return parsed?.ok ? { rule: parsed.rule } : undefined;
}

/**
 * A rubric's «Cách xác định và tính điểm»: our own wording, else the rubric's (./rubric.ts), else manual with
 * the wording kept as the note — said as a notice at the cell. Under an «ĐIỂM THƯỞNG» heading a criterion adds
 * on top of the total.
 */
function rubricOf(sheet: SheetReader, cell: ReportCell, max: number | undefined, heading: Heading | undefined): RubricRule | undefined {
  if (max === undefined) return undefined;
  const text = sheet.text(cell);
  const bonusGroup = headingSays(heading) === 'bonus';
  const own = text === '' ? undefined : parseRule(text);
  const read: RubricRule | undefined = own?.ok ? { rule: own.rule, unit: '' } : readRubric(text, max);
  if (bonusGroup && (read === undefined || read.rule.kind === 'manual')) {
    return { rule: { kind: 'bonus' }, unit: 'điểm', ...(text !== '' && { note: text }) };
  }
  if (read) return read;
  sheet.note(
    cell.address,
    text === ''
      ? 'Chưa ghi cách tính điểm: chấm thủ công (cán bộ nhập điểm từ 0 đến điểm tối đa).'
      : `Chưa chuyển được «${text}» thành cách tính: chấm thủ công, giữ nguyên lời này làm ghi chú của tiêu chí.`,
  );
  return { rule: { kind: 'manual' }, unit: '', ...(text !== '' && { note: text }) };
}

/** Codes as the table numbers its rows: «Mã», else «STT» numbered as the unit's scores are (numberedCodes). */
function codesOf(sheet: SheetReader, rows: { cells: Partial<Record<keyof typeof CRITERIA_COLUMNS, ReportCell>> }[]): string[] {
  const texts = rows.map(({ cells: c }) => sheet.text(c.code ?? c.ordinal));
  return rows[0]?.cells.code ? texts : numberedCodes(texts);
}

/** Levels' rows: numbered under the item (their code after the item's: «.a»), or not numbered (their row in the sheet). */
type LevelRows = { max: number; rows: ({ at: number; title: string; points: number } & ({ code: string } | { row: number }))[]; doubtful?: true; apart?: { at: number; words: number }[] };

/** Unnumbered rows under an item that may be its levels (`levelRows`' doubt): what they are read as, and how to make them levels. */
function doubtfulLevels(code: string, { max, rows }: LevelRows): string {
  const which = rows.map((k) => ('row' in k ? k.row : k.code)).join(', ');
  return `Mục ${code} ghi ${formatPoints(max)} điểm; các dòng ${which} (không số thứ tự) ngay dưới nó ghi ${rows.map((k) => formatPoints(k.points)).join(', ')} điểm, cao nhất bằng điểm của mục ${code}: không rõ là các mức của mục ${code} (chọn một) hay các tiêu chí riêng — đọc là các tiêu chí riêng. Nếu là các mức, ghi «chọn một mức» vào tên mục ${code} rồi nhập lại.`;
}

/** An item over its levels' rows (`levelRows`): one criterion choosing one level, said at its row. */
function levelsItem(sheet: SheetReader, { max, rows }: LevelRows, code: string, c: Partial<Record<keyof typeof CRITERIA_COLUMNS, ReportCell>>, codeCell: ReportCell, group: string): Criterion {
  const rule: ScoringRule = { kind: 'tiers', tiers: [...rows].sort((a, b) => b.points - a.points).map((k) => ({ min: k.points, points: k.points, ...(k.title !== '' && { label: k.title }) })) };
  const named = (k: LevelRows['rows'][number]) => ('code' in k ? `${code}${k.code} ` : '');
  const said = rows.map((k) => `${named(k)}${k.title} (${formatPoints(k.points)} điểm)`).join('; ');
  const which = rows.map((k) => ('code' in k ? `${code}${k.code}` : String(k.row))).join(', ');
  sheet.note(codeCell.address, `Mục ${code}: các dòng ${which}${'code' in rows[0]! ? '' : ' (không số thứ tự)'} là các mức của một tiêu chí (chọn một, không cộng), tối đa ${formatPoints(max)} điểm.`);
  return {
    code, title: sheet.required(c.title, 'Tiêu chí', codeCell), group, unit: 'điểm', measure: deriveMeasure('điểm', rule), maxPoints: max, rule, appliesTo: [], evidenceRequired: false, source: '',
    note: `Chọn một mức, không cộng: ${said}. Điểm giữa hai mức tính mức thấp hơn.`,
  };
}

/** An item's «Điểm tối đa» against the sum of its sub-items' (the sheet's own arithmetic). */
function checkSubItems(sheet: SheetReader, code: string, max: ReportCell | undefined, children: Criterion[]): void {
  if (max?.value.kind !== 'number') return;
  const sum = children.reduce((s, c) => s + c.maxPoints, 0);
  if (Math.abs(sum - max.value.value) > 1e-9) {
    sheet.note(
      max.address,
      `Mục ${code} ghi ${formatPoints(max.value.value)} điểm, nhưng các mục con ${children.map((c) => c.code).join(', ')} cộng được ${formatPoints(sum)}: dùng điểm của từng mục con.`,
    );
  }
}

/**
 * The sheet's own total of «Điểm tối đa» against the criteria above it (bonus and deductions aside), each group
 * counted at most its stated maximum (a group capped, as scoring counts it).
 */
function checkTotal(sheet: SheetReader, total: ReportCell | undefined, criteria: Criterion[], caps: ReadonlyMap<string, number>): void {
  if (total?.value.kind !== 'number') return;
  const sum = cappedSum(criteria, caps);
  // «TỔNG CỘNG (A+B+C)»: the table's total counts its bonus as well.
  const withBonus = bonusInTotal(total.value.value, sum, criteria);
  if (withBonus) {
    sheet.note(total.address, withBonus);
    return;
  }
  if (Math.abs(sum - total.value.value) > 1e-9) {
    sheet.note(
      total.address,
      `Dòng «Tổng cộng» ghi ${formatPoints(total.value.value)} điểm, nhưng cộng «Điểm tối đa» các tiêu chí (trừ điểm cộng, điểm trừ) được ${formatPoints(sum)}: dùng điểm của từng tiêu chí.`,
    );
  }
}

/** «Chỉ tiêu»: text such as "≥ 80%", or a number Excel made of what was typed (100, or 0.8 shown as 80%). */
function readTarget(sheet: SheetReader, cell: ReportCell | undefined, measure: Measure | undefined): Target | undefined {
  if (!cell || cell.value.kind === 'empty') return undefined;
  const v = cell.value;
  const text = typeof cell.raw === 'number' && v.kind === 'number' ? `${formatPoints(v.value)}${v.percent ? '%' : ''}` : sheet.text(cell);
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

function read(grid: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaSheetResult {
  const sheet = new SheetReader(grid);
  const meta = readMetadata(sheet, options);
  const named: string[] = [];
  const groupNames = groupNamer(sheet, readGroups(sheet, named));
  const kindNames = kindNamer(sheet, readKinds(sheet));
  const listed = readCriteria(sheet, groupNames, kindNames, options.fileName);
  const criteria = listed && foldItemLines(foldPartOf(listed));
  const span = sheet.span('criteria');
  const columns = span && columnsOf(grid.values[span.header], criteriaColumn);
  const points = columns?.maxPoints;
  const bands = readBands(sheet, criteria && span && { from: span.header + 1, criterion: (r) => points !== undefined && !isBlank(grid.values[r]?.[points]), base: cappedSum(criteria, groupNames.stated()), top: span.header, below: options.below, above: options.above });
  const verifier = columns?.verifiedScore;
  if (verifier !== undefined) noteVerifier(sheet, sheet.at(span!.header, verifier), cellText(grid.values[span!.header]![verifier]));
  const headerCell = sheet.headerCell('criteria');
  const groups = criteria && groupNames.groups(criteria, headerCell);
  const kinds = criteria && kindNames.kinds(headerCell);
  const forms = readAwards(sheet, bands, criteria, kinds);
  const tieBreaks = readTieBreaks(sheet);
  // Rows all read as added or taken by marks or headings («Điểm cộng» / «Điểm trừ» in a «Loại» column, parts so
  // headed), no «Cách tính» saying so: no base, said as an office's table says it. A rule column's bonuses are the sheet's own.
  if (criteria && span && headerCell && columns?.rule === undefined && criteria.some((c) => c.rule.kind === 'bonus' && c.maxPoints > 0) && cappedSum(criteria, groupNames.stated()) === 0) noteNoBase(sheet, grid, span.header, headerCell);
  const done = finishSet(sheet, {
    ...meta,
    subjectKinds: kinds,
    groups,
    criteria,
    classification: bands,
    awards: { forms, ...(tieBreaks && { tieBreaks }) },
  });
  return done.ok && named.length > 0 ? { ...done, namedApart: named.join(' ') } : done;
}

export default {
  id: 'sectioned',
  detect: hasCriteriaTable,
  read,
} satisfies CriteriaLayout;

// Made for: the sheet `thidua criteria export` and the task pane write; sheets officers type in that form
// (labels with or without colons, headers shuffled or without diacritics, group headings among the criteria);
// and the plain criteria table docs/dinh-dang-tep.md documents, with nothing else on the sheet.
