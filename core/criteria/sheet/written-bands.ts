// The grading a form writes under its table, in words, instead of a «XẾP LOẠI» section: «Tốt: từ 90 điểm», «Khá: từ 70
// điểm» … «Kém: dưới 50 điểm» a line each (a ward's Party-cell form), «Hoàn thành xuất sắc nhiệm vụ / Từ 90 điểm trở lên»
// a cell each across one row (a city's Mẫu 03), «XUẤT SẮC (XS) | 900 điểm trở lên» a row each, «- Khá: Tổng điểm còn lại
// từ 90 đến dưới 100» (a school's weekly class form, «điểm» left unwritten), «Hoàn thành tốt nhiệm vụ: từ 80% đến dưới
// 90%»; figures first, a plan's note in one sentence: «Thôn đạt từ 90 điểm trở lên xếp loại Xuất sắc; từ 75 đến dưới 90
// điểm xếp loại Tốt; …; dưới 50 điểm không xếp loại.», or «- Từ 90 điểm trở lên: Xuất sắc». Each statement is a label
// and the lowest score it takes; figures in points are held as a share of the set's total. A line of grading around the
// table that is none of these is said where it stands (gradingUnread).
import { isBlank } from '../../sheet/grid.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { short } from '../../text.js';
import { cellText, formatNumberVi, formatPoints, parseNumberText } from '../../values.js';
import type { ClassificationBand } from '../schema.js';
import { slugOf } from './defaults.js';
import type { SheetReader } from './sheet-reader.js';

/**
 * A grade the form writes: its label as written, the lowest score it takes (0 for «dưới N») in points or percent, the
 * highest when written («đến dưới 100»: `below`), its figures as written (`said`), a condition it adds beyond the
 * points (`beyond`: «và không có học sinh vi phạm nghiêm trọng»), where it is written (its cell, its row).
 */
export type WrittenBand = {
  label: string;
  min: number;
  unit: 'points' | 'percent';
  upper?: { value: number; below: boolean };
  said: string;
  beyond?: string;
  cell: string;
  row: number;
};

const N = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`(?:\s*(điểm|đ|%)(?![\p{L}\d]))?`;
const START = String.raw`(?<![\p{L}\d])`;
/** «từ 50 đến dưới 70 điểm», «800 điểm đến 899 điểm», «từ 80% đến dưới 90%»: lowest, «dưới», highest. */
const RANGE = new RegExp(String.raw`${START}(?:từ\s*)?${N}${UNIT}\s*(?:đến|tới|-|–|—)\s*(dưới\s*)?${N}${UNIT}`, 'iu');
/** «từ 90 điểm (trở lên)», «trên 80 điểm», «≥ 90», «90 điểm trở lên». */
const FROM = new RegExp(String.raw`${START}(?:(?:từ|trên|>=|≥|=>)\s*${N}${UNIT}(?:\s*trở\s+lên)?|${N}${UNIT}\s*trở\s+lên)`, 'iu');
/** The lowest grade: «dưới 50 điểm», «< 70». */
const BELOW = new RegExp(String.raw`${START}(?:dưới|<)\s*${N}${UNIT}`, 'iu');

/** Brackets that only say the figures again («(>= 100)», «(tối đa 100 điểm)»): no condition. */
const RESTATED = /\((?:\s|\d|[.,%<>=≥≤–-]|điểm|đ|từ|đến|dưới|trên|trở lên|tối đa)*\)/giu;

/** A label as written, without what opens or closes it («- », «a) », «Loại », «:»); «Tốt đạt từ …» loses its verb, «Không đạt» keeps it. */
const labelOf = (text: string) =>
  text
    .replace(/^[\s\-–—+•*.)]*(?:(?:\d+|\p{Ll})[.)]\s*)?(?:xếp\s+)?(?:loại\s+)?/iu, '')
    // «Loại tốt» is the grade «Tốt».
    .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'))
    .replace(/[\s:：,;(–—-]+$/u, '')
    .replace(/(?<=\p{L})\s+đạt$/iu, (verb, at: number, all: string) => (/(?:không|chưa)$/iu.test(all.slice(0, at)) ? verb : ''))
    .trim();

/** The earliest of the figures' shapes in a line, the longer at one place (a range over its «từ N»). */
function figuresIn(line: string): { m: RegExpExecArray; shape: 'range' | 'from' | 'below' } | undefined {
  const found = (['range', 'from', 'below'] as const).flatMap((shape) => {
    const m = { range: RANGE, from: FROM, below: BELOW }[shape].exec(line);
    return m ? [{ m, shape }] : [];
  });
  return found.sort((a, b) => a.m.index - b.m.index || b.m[0].length - a.m[0].length)[0];
}

/**
 * A grade named after its figures: «(đạt) từ 90 điểm trở lên xếp loại Xuất sắc», «… (được) xếp loại Tốt», «dưới 50 điểm
 * không xếp loại» (a grade of its own, named as written), and, no grade written before the figures, «- Từ 90 điểm trở
 * lên: Xuất sắc».
 */
const GRADED_AFTER = /^\s*(?:(?:thì|được|là)\s+)*(?:xếp\s+loại\s+(?<label>[^\d;.,()]+?)|(?<none>(?:không|chưa)\s+(?:được\s+)?xếp\s+loại))[\s.;,]*$/iu;
const COLON_AFTER = /^\s*[:：]\s*(?<label>[^\d;.,()]+?)[\s.;,]*$/u;

/** The lowest grade written without figures: «d) Chưa đạt: các trường hợp còn lại.» (Công văn 5155's guide). */
const REST = /^([^:：\d]+)[:：]\s*((?:(?:là\s+)?(?:các|những)\s+)?(?:trường\s+hợp\s+)?còn\s+lại)[\s.;]*$/iu;

/** A condition's words: «và», «đồng thời», «nhưng», or a comma between clauses. */
const JOINED = /(?<!\p{L})(?:và|đồng thời|nhưng)(?!\p{L})|[,;]/u;
/** The last clause when it only names the score: «và tổng điểm», «, có tổng số điểm đạt». */
const SCORE_NAMED = /\s*(?:[,;]|(?<!\p{L})(?:và|đồng thời)(?!\p{L}))\s*(?:có\s+)?tổng(?:\s+số)?\s+điểm[\p{L}\s]*$/iu;

/**
 * A statement in one line: the label before its figures (or none), the grade's figures, and a condition it adds, after
 * them or between its colon and them («Tốt: không vi phạm và tổng điểm từ 100»; plain words there, «Tổng điểm còn lại»,
 * only name the score). Figures without «điểm» are a grade only after a label and its colon, and in words («Khá: từ 90
 * đến dưới 100», «Khá: 90 đến dưới 100», «Tốt: >= 95»; «Xuất sắc: từ 80%»): a criterion's words («đạt từ 90% chỉ
 * tiêu») and «Năm học: 2024-2025» are none.
 */
function statement(line: string): Omit<WrittenBand, 'cell' | 'row'> | undefined {
  const rest = REST.exec(line);
  if (rest) return { label: labelOf(rest[1]!), min: 0, unit: 'points', said: rest[2]! };
  const found = /\d/.test(line) ? figuresIn(line) : undefined;
  if (!found) return undefined;
  const { m, shape } = found;
  const figure = (i: number) => parseNumberText(m[i]!);
  const lowest = shape === 'range' ? figure(1) : shape === 'from' ? figure(m[1] === undefined ? 3 : 1) : 0;
  const upper = shape === 'range' ? figure(4) : shape === 'below' ? figure(1) : undefined;
  if (lowest === undefined || (shape !== 'from' && upper === undefined)) return undefined;
  const below = shape === 'below' || (shape === 'range' && m[3] !== undefined);
  const unit = (shape === 'range' ? (m[2] ?? m[5]) : (m[2] ?? m[4]))?.toLowerCase();
  const before = line.slice(0, m.index);
  const figures = {
    min: lowest,
    unit: unit === '%' ? ('percent' as const) : ('points' as const),
    ...(upper !== undefined && { upper: { value: upper, below } }),
    said: m[0].trim(),
  };
  // The grade named after its figures: its words right after them, nothing else in the clause.
  const after = line.slice(m.index + m[0].length);
  const named = GRADED_AFTER.exec(after) ?? (labelOf(before) === '' ? COLON_AFTER.exec(after) : null);
  if (named) return { label: labelOf(named.groups!.label ?? named.groups!.none!), ...figures };
  const colon = before.search(/[:：]/);
  const lead = colon < 0 ? '' : before.slice(colon + 1).trim();
  if (unit !== 'điểm' && unit !== 'đ' && (colon < 0 || /\d/.test(lead) || (unit === undefined && !below && !/^(?:từ|trên|[>≥=])|trở\s+lên$/iu.test(m[0])))) return undefined;
  const added = after.replace(RESTATED, '').replace(/^[\s,;.]+|[\s,;.]+$/gu, '');
  // Joined before the figures, the condition without the words that name the score («… và tổng điểm»).
  const joined = JOINED.test(lead) ? lead.replace(SCORE_NAMED, '') : '';
  const beyond = [joined, /\p{L}/u.test(added) ? added : ''].filter(Boolean).join(' … ');
  return { label: labelOf(colon < 0 ? before : before.slice(0, colon)), ...figures, ...(beyond !== '' && { beyond }) };
}

/**
 * A line's statements: the line, or its clauses between «;» where two or more of them are statements («Thôn đạt từ 90
 * điểm trở lên xếp loại Xuất sắc; từ 75 đến dưới 90 điểm xếp loại Tốt; …; dưới 50 điểm không xếp loại.», a plan's note).
 */
function statements(line: string): Omit<WrittenBand, 'cell' | 'row'>[] {
  const clauses = line.split(/[;；]/).flatMap((c) => {
    const said = statement(c.trim());
    return said ? [said] : [];
  });
  if (clauses.length >= 2) return clauses;
  const said = statement(line);
  return said ? [said] : [];
}

/** A cell's lines, one broken after «đến» joined to the next («Từ 50 điểm đến» over «dưới 70 điểm», Mẫu 03's cell). */
const linesOf = (text: string) =>
  text
    .replace(/(?<=(?:đến|tới|[-–—]))\s*\n\s*/giu, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A label worth the name: words, not a number nor a sentence. */
const isLabel = (label: string) => /\p{L}/u.test(label) && label.length <= 60 && !/\d/.test(label);

/**
 * The grades written in the rows from `from` on, but those of the criteria (`criterion`: a row with points): the first
 * run of two or more statements, each lower than the one before, in the order written (a line of a cell; a cell whose
 * label is the line above it in that cell, or the text cell left of it in its row). Undefined when there is none.
 */
export function writtenBands(grid: SheetGrid, from: number, criterion: (r: number) => boolean, address: (r: number, c: number) => string): WrittenBand[] | undefined {
  let run: WrittenBand[] = [];
  const done = () => (run.length >= 2 ? run : undefined);
  for (let r = from; r < grid.values.length; r++) {
    if (criterion(r)) {
      if (run.length >= 2) return run;
      run = [];
      continue;
    }
    const row = grid.values[r] ?? [];
    let found = false;
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      const lines = linesOf(cellText(v));
      lines.forEach((line, k) => statements(line).forEach((said) => {
        if (said.label === '' && k > 0) said.label = labelOf(lines[k - 1]!);
        if (said.label === '') {
          const left = row.slice(0, c).findLast((x) => !isBlank(x) && typeof x === 'string');
          said.label = left === undefined ? '' : labelOf(cellText(left));
        }
        if (!isLabel(said.label)) return;
        const last = run.at(-1);
        if (last && !(said.min < last.min)) {
          if (run.length >= 2) return;
          run = [];
        }
        run.push({ ...said, cell: address(r, c), row: r });
        found = true;
      }));
    });
    if (!found && run.length >= 2) return run;
    if (!found && row.some((v) => !isBlank(v))) run = [];
  }
  return done();
}

/** Paragraphs of a document around its table: those under it (a Word guide's «3. Xếp loại»), or above it. */
export type Paragraphs = { lines: readonly string[]; side: 'below' | 'above' };

/** A paragraph's place: «đoạn 7 dưới bảng» counted from the table down, «đoạn 1 trên bảng» from the table up. */
const PARAGRAPH = /^đoạn (\d+) (dưới|trên) bảng$/;
const paragraphAt = ({ lines, side }: Paragraphs, r: number) => (side === 'below' ? `đoạn ${r + 1} dưới bảng` : `đoạn ${lines.length - r} trên bảng`);

/** The grades a document writes in the paragraphs under or above its table, each at its paragraph. */
export const writtenAround = (paragraphs: Paragraphs): WrittenBand[] | undefined =>
  writtenBands({ name: '', values: paragraphs.lines.map((l) => [l]) }, 0, () => false, (r) => paragraphAt(paragraphs, r));

const paragraphOf = (b: { cell: string }) => PARAGRAPH.exec(b.cell) ?? undefined;
/** Where a grade is written, for the officer: «ô A31», or «đoạn 7 dưới bảng». */
export const placeOf = (b: { cell: string }) => (paragraphOf(b) === undefined ? `ô ${b.cell}` : b.cell);
/** The cell a notice is said at: none for a paragraph around the table (its place is in the notice's words). */
const cellOf = (b: { cell: string }) => (paragraphOf(b) === undefined ? b.cell : undefined);

const unitOf = (b: WrittenBand) => (b.unit === 'percent' ? '%' : ' điểm');
const statedAs = (b: WrittenBand) => `«${b.label}: ${b.said}»`;

/**
 * Where a grade's highest figure meets the lowest of the grade above it: «từ 90 đến dưới 100» under «từ 100» meets it;
 * «đến 84,5» under «từ 85» too, a form writing whole or half points. Else the scores between, or in both, are said at
 * the lower grade's cell, as an error: which grade they take is the form's to say.
 */
function contradiction(sheet: SheetReader, above: WrittenBand, b: WrittenBand, anchor: string): void {
  if (!b.upper || b.unit !== above.unit) return;
  const [u, p, unit] = [b.upper.value, above.min, unitOf(b)];
  const between = `${statedAs(b)}${cellOf(b) ? '' : ` (${placeOf(b)})`} và ${statedAs(above)} (${placeOf(above)})`;
  if (b.upper.below ? u > p : u >= p) {
    const both = u === p ? `${formatPoints(p)}${unit}` : `từ ${formatPoints(p)} đến ${b.upper.below ? 'dưới ' : ''}${formatPoints(u)}${unit}`;
    sheet.fail(cellOf(b) ?? anchor, `${between} chồng lên nhau: ${both} thuộc cả «${above.label}» lẫn «${b.label}»; sửa một trong hai dòng cho các mức nối liền, không chồng nhau`);
  } else if (b.upper.below ? u < p : p - u > 1) {
    const gap = `${b.upper.below ? 'từ' : 'trên'} ${formatPoints(u)} đến dưới ${formatPoints(p)}${unit}`;
    sheet.fail(cellOf(b) ?? anchor, `${between} để hở ${gap}: điểm trong khoảng này không thuộc mức nào; sửa một trong hai dòng cho các mức nối liền nhau`);
  }
}

/**
 * The grades a form writes as bands: a lowest score in points a share of `base` («Tốt: từ 90 điểm» on 100 is Tốt ≥ 90 %),
 * one in percent as written, each said at the first; none when its best grade asks more than the set's total (another
 * scale: said). Grades that leave scores between them, or overlap, are errors (at the grade's cell; for paragraphs under
 * a document's table, at `anchor`, the table's header); a condition beyond the points is said.
 */
export function bandsWritten(sheet: SheetReader, written: WrittenBand[], base: number, anchor: string): ClassificationBand[] | undefined {
  const top = written[0]!;
  const last = written.at(-1)!;
  const [first, end] = [paragraphOf(top), paragraphOf(last)];
  const span = first && end && [Number(first[1]), Number(end[1])].sort((a, b) => a - b).join('–');
  const where = last.cell === top.cell ? placeOf(top) : first === undefined ? `ô ${top.cell}–${last.cell}` : `đoạn ${span} ${first[2]} bảng`;
  const most = top.unit === 'percent' ? 100 : base;
  const row = (b: WrittenBand) => (paragraphOf(b) === undefined ? b.row + (sheet.grid.origin?.row ?? 1) : 0);
  const stated = (how: (b: WrittenBand, i: number) => { reads: number | null; how: string }) =>
    written.map((b, i) => ({ label: b.label, said: b.said, cell: b.cell, row: row(b), place: placeOf(b), value: b.min, ...how(b, i) }));
  if (!(most > 0) || top.min > most) {
    const over = top.unit === 'percent' ? `${formatPoints(top.min)}% vượt 100%` : `${formatPoints(top.min)} điểm vượt tổng ${formatPoints(base)} điểm của bộ tiêu chí`;
    sheet.note(cellOf(top), `Bảng ghi cách xếp loại (${written.map((b) => `${b.label}: ${b.said}`).join('; ')}; ${where}) nhưng mức cao nhất ${over}: không dùng được, kiểm tra lại.`);
    sheet.grading = { grades: stated(() => ({ reads: null, how: `không dùng: mức cao nhất ${over} (${where})` })) };
    return undefined;
  }
  written.forEach((b, i) => i > 0 && contradiction(sheet, written[i - 1]!, b, anchor));
  const ids = new Set<string>();
  const percentOf = (b: WrittenBand, n: number) => (b.unit === 'percent' ? n : Number(((n / base) * 100).toPrecision(12)));
  const bands = written.map((b) => {
    const slug = slugOf(b.label) || 'xep-loai';
    let id = slug;
    for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
    ids.add(id);
    return { id, label: b.label, minPercent: percentOf(b, b.min), ...(b.beyond && { condition: b.beyond }) };
  });
  // How each figure became a share: «từ 90 điểm trên tổng 100 = 90%», a share not whole rounded and said so.
  const share = (b: WrittenBand, word: string, n: number) => {
    if (b.unit === 'percent') return `${word} ${formatPoints(n)}%`;
    const p = percentOf(b, n);
    const shown = formatNumberVi(p, 2);
    return `${word} ${formatPoints(n)} điểm trên tổng ${formatPoints(base)} ${shown === formatPoints(p) ? '=' : '≈'} ${word === 'dưới' ? 'dưới ' : ''}${shown}%`;
  };
  // The lowest grade is what lies under the one above it: «dưới 50», written so or as «các trường hợp còn lại».
  const how = written.map((b, i) => `${b.label} ${b.min === 0 && i > 0 ? share(b, 'dưới', b.upper?.value ?? written[i - 1]!.min) : share(b, 'từ', b.min)}`);
  const scale = written.some((b) => b.unit === 'points') ? `, trên tổng ${formatPoints(base)} điểm của bộ tiêu chí` : '';
  sheet.note(cellOf(top), `Xếp loại theo cách ${first === undefined ? 'bảng' : 'văn bản'} ghi (${where})${scale}: ${how.join('; ')}.`);
  // What the set holds, read back in the grades' own unit: the lowest score of each, or what the lowest lies under (a
  // share kept to 12 digits reads back within a millionth of a point).
  const back = (i: number, b: WrittenBand) => (b.unit === 'percent' ? bands[i]!.minPercent : Number(((bands[i]!.minPercent * base) / 100).toFixed(6)));
  sheet.grading = {
    grades: stated((b, i) => ({
      reads: back(i, b),
      how: `đọc được «${short(b.label)}» ${bands[i]!.minPercent === 0 && i > 0 ? `dưới ${formatPoints(back(i - 1, b))}` : `từ ${formatPoints(back(i, b))}`}${unitOf(b)}`,
    })),
  };
  for (const b of written) {
    if (b.beyond) sheet.note(cellOf(b), `Mức «${b.label}»${cellOf(b) ? '' : ` (${placeOf(b)})`} ghi thêm điều kiện ngoài điểm «${b.beyond}»: thidua chỉ xếp theo điểm, không tự áp dụng điều kiện này; Hội đồng xét điều kiện trước khi công nhận «${b.label}».`);
  }
  return bands;
}

/**
 * A line that speaks of grading with a bound of its score: «xếp loại» and «từ 90», «dưới 50», «≥ 80», «90% tổng số điểm
 * trở lên» — not a result graded («tỉnh đạt 88,72 điểm, xếp loại Tốt», a report's line above its table).
 */
const GRADING = /xếp\s+loại/iu;
const SCORE = /(?:từ|trên|dưới|[<>≥≤]=?)\s*\d|\d[^.;:]{0,30}?trở\s+lên/iu;

/** A line of the document around its table: a cell's text at its address, or a paragraph's. */
export type AroundLine = { text: string; cell: string };

/** The cells' lines, and a document's paragraphs at their places («đoạn 1 dưới bảng»). */
export const aroundLines = (cells: readonly AroundLine[], paragraphs: readonly Paragraphs[]): AroundLine[] => [
  ...cells,
  ...paragraphs.flatMap((p) => p.lines.map((text, r) => ({ text, cell: paragraphAt(p, r) }))),
];

/**
 * The lines around the table that write grading with its scores but were not read as grades (`read`: those that were):
 * each said where it is written, with what the set grades by instead (`instead`), and named first by the reconciliation.
 * Whether any was found: then no notice may say the document writes no grading.
 */
export function gradingUnread(sheet: SheetReader, lines: readonly AroundLine[], read: readonly WrittenBand[] | undefined, instead: string): boolean {
  const taken = new Set(read?.map((b) => b.cell));
  const unread = lines.filter((l) => !taken.has(l.cell) && GRADING.test(l.text) && SCORE.test(l.text));
  for (const l of unread) {
    const place = placeOf(l);
    sheet.note(cellOf(l), `${place[0]!.toLocaleUpperCase('vi')}${place.slice(1)} ghi cách xếp loại («${short(l.text)}») nhưng thidua chưa đọc được: ${instead}; nếu văn bản xếp loại khác, ghi lại các mức ở mục «XẾP LOẠI» trên trang «Tiêu chí» của tệp .xlsx xuất ra trước khi xác nhận.`);
  }
  if (unread.length === 0) return false;
  const places = unread.map(placeOf).join(', ');
  sheet.grading = { grades: sheet.grading?.grades ?? [], unread: `${places[0]!.toLocaleUpperCase('vi')}${places.slice(1)} ghi cách xếp loại nhưng thidua chưa đọc được: ${instead} (xem ghi chú ${unread.length === 1 ? 'ở đó' : 'ở từng chỗ'}).` };
  return true;
}

// Made for a ward's Party-cell meeting form whose grading («Tốt: từ 90 điểm» … «Kém: dưới 50 điểm») stood under its table
// while the set was graded by thidua's defaults (Xuất sắc ≥ 90 %, Tốt ≥ 80 %…), said only as «Chưa có mục «XẾP LOẠI»»;
// then a school's weekly class forms, whose «- Tốt: Tổng điểm còn lại từ 100 trở lên (>= 100) và không có học sinh vi
// phạm nghiêm trọng» … «- Không đạt: dưới 70» wrote no «điểm» (the section's title over them refused the file) and whose
// «Không đạt» was cut to «Không»; then Ho Chi Minh City's Công văn 5155, whose grades stand in the guide under its Word
// table («a) Loại tốt: Tổng số điểm đạt được từ 85 đến 100;» … «d) Chưa đạt: các trường hợp còn lại.»), never read: its
// centre of 90 ranked «Xuất sắc», one of 75 «Đạt», where the table says «Loại tốt» and «Loại khá»; then a commune's plan
// annex for its hamlets, whose «Ghi chú: Thôn đạt từ 90 điểm trở lên xếp loại Xuất sắc; … dưới 50 điểm không xếp loại.»
// under the table was said «Chưa có mục «XẾP LOẠI»»: a hamlet at 78, «Tốt» by the plan, graded «Chưa đạt».
