// Pass 3b of reading an office's scoring table: the rows an item holds as its own, not as criteria beside it. Once
// the tree is built and its codes settled (pass 3), two shapes under an item are read as the item's own:
// - its points written on its one unnumbered line below it («1.1 Ý thức và thái độ trong học tập:» over «Đi học đầy
//   đủ, đúng giờ … 3 điểm»): the line is how the item is measured, its points the item's;
// - rows without a number of their own that only take points away under an item with points of its own («1.3 … 4
//   điểm» over «+ Bị lập biên bản khiển trách … - 2 điểm»): the item's deductions, the unit scoring the item after
//   them, not criteria each taking points from the total;
// - numbered rows that only add or take points under an item scored by hand («a1.1 … | Trừ 0,5», «d1.4 … | Thưởng 1»):
//   the item's own bonus and deduction lines (Criterion.own), the unit typing each on its own row as before, scored
//   with the item up to the caps of its note rows (core/scoring/item-lines.ts).
// Each is said at the item's cell, with what was read.
import { normalizeLabel } from '../../../../text.js';
import { formatPoints } from '../../../../values.js';
import type { SheetReader } from '../../sheet-reader.js';
import { TAKING } from '../../vocabulary.js';
import { isGuide, isLevels, isSection, type Node } from './node.js';

const n = formatPoints;
const short = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}…` : s);

/** A row without a number of its own, read under the row above it (tree.ts gives it the scheme «…+»). */
const unnumbered = (k: Node) => k.scheme.endsWith('+');

/** Rows of deductions under an item with points of its own, made the item's own; its lone points line made its points. */
export function ownRows(sheet: SheetReader, nodes: readonly Node[]): void {
  for (const node of nodes) visit(sheet, node, nodes);
}

function visit(sheet: SheetReader, node: Node, siblings: readonly Node[]): void {
  // Its lone points line read first, so the rows taking points under that line are the item's deductions, said by its number.
  if (node.kind === 'item' && !isSection(node) && !node.named) pointsLine(sheet, node, siblings);
  for (const k of node.children) visit(sheet, k, node.children);
  if (node.kind !== 'item' || isSection(node) || node.named) return;
  if (levelsLine(sheet, node)) return;
  ownDeductions(sheet, node);
  ownLines(sheet, node);
  linesBeside(sheet, node);
}

/**
 * An item over one unnumbered row with points and nothing else, the item writing the same points or none while items
 * numbered as it is write theirs on their own rows (PTIT's 1.1 among 1.3 «4 điểm», 1.4 «2 điểm»): the row is the
 * item's measure, its points the item's, its words the item's description. Where no item of its numbering writes
 * points (a form whose lettered criteria hold their items unnumbered, one or several), the row stays its item. Rows
 * under it only taking points (tnmt-tien-giang's C5.3 «… bị trừ 0,2 điểm …» under its line of 3) go with it to the item.
 */
function pointsLine(sheet: SheetReader, node: Node, siblings: readonly Node[]): void {
  const [line] = node.children;
  const taking = (k: Node) => k.kind === 'deduction' && (unnumbered(k) || k.dash === true) && k.children.length === 0;
  if (node.children.length !== 1 || !line || !unnumbered(line) || line.kind !== 'item' || !line.children.every(taking) || line.max === undefined || line.words || line.unreadable) return;
  if (node.words || node.points !== undefined || (node.max !== undefined && Math.abs(node.max - line.max) > 1e-9)) return;
  if (node.max === undefined && !siblings.some((k) => k !== node && k.scheme === node.scheme && k.max !== undefined)) return;
  const own = node.max !== undefined;
  node.max = line.max;
  node.maxCell = line.maxCell!;
  node.notes.push(...[line.title, ...line.notes].filter(Boolean));
  node.children = line.children;
  node.measured = true;
  sheet.note(
    node.codeCell.address,
    `Mục ${node.code}${own ? ` ghi ${n(line.max)} điểm` : ' không ghi điểm ở dòng của nó'}; dòng duy nhất dưới nó, không đánh số («${short(line.title)}», ô ${line.maxCell!.address}), ghi ${n(line.max)} điểm: đọc là cách chấm và điểm của chính mục ${node.code} (tối đa ${n(line.max)} điểm), không phải mục con ${line.code}.`,
  );
}

/** The points a deduction row takes, as the table writes them («2 điểm», «0,5 điểm mỗi lần», «1 / 2 điểm»). */
function taken(k: Node): string {
  if (k.points !== undefined) return `trừ ${n(k.points)} điểm`;
  const w = k.words!;
  if (w.kind === 'each') return `trừ ${n(Math.abs(w.points))} điểm mỗi ${w.unit}${w.cap === undefined ? '' : `, không quá ${n(w.cap)}`}`;
  return `trừ ${w.points.map((p) => n(Math.abs(p))).join(' / ')} điểm${w.unit ? ` mỗi ${w.unit}` : ''}`;
}

/**
 * Deduction rows with nothing under them, right under an item that has points of its own (a maximum, or levels to
 * choose from): the item's deductions. The unit scores the item after them (a criterion scored by hand, 0 to its
 * maximum); an item scored by its levels cannot take them off by itself, and that is said.
 */
function ownDeductions(sheet: SheetReader, node: Node): void {
  // Rows without a number of their own (dashed, or none): a numbered row («a1.1») is kept as a criterion, a unit's copy
  // of the table scoring it on its own row.
  const mine = node.children.filter((k) => (unnumbered(k) || k.dash === true) && k.kind === 'deduction' && k.children.length === 0 && !k.named && !k.worded && !k.unreadable && (k.points !== undefined || k.words !== undefined));
  if (mine.length === 0) return;
  // Only an item that is itself a criterion: scored by hand, or by its levels (not a parent of items, whose rows are the criteria).
  const levels = node.max === undefined && !node.words && isLevels(node);
  if (!levels && (node.max === undefined || node.words || node.children.some((k) => k.kind === 'item'))) return;
  node.children = node.children.filter((k) => !mine.includes(k));
  const said = mine.map((k) => `${k.title.replace(/^[-–—•*+]\s*/, '') || k.code} (${taken(k)})`);
  const extra = mine.flatMap((k) => k.notes);
  node.notes.push(`Điểm trừ của mục: ${said.join('; ')}.`, ...extra);
  const how = levels
    ? `mục ${node.code} chấm theo mức, nên thidua không tự trừ các điểm này: nếu có, Hội đồng trừ khi thẩm định và ghi lý do`
    : `đơn vị ghi điểm của mục ${node.code} sau khi đã trừ (từ 0 đến ${n(node.max!)} điểm)`;
  sheet.note(
    node.codeCell.address,
    `Mục ${node.code}: ${mine.length === 1 ? 'dòng' : `${mine.length} dòng`} dưới nó chỉ ghi điểm trừ (dòng ${mine.map((k) => k.codeCell.address.replace(/^\D+/, '')).join(', ')}): đọc là điểm trừ của chính mục ${node.code}, không phải tiêu chí riêng; ${how}.`,
  );
}

const TAKEN_BEFORE = new RegExp(String.raw`${TAKING}|\btru\b`);

/** «Tổng điểm trừ của mục a1 không quá 1,5 điểm», «Điểm trừ, cộng tối đa đối với d2 không quá 7 điểm»: which kinds it caps, and at what. */
function capOf(note: string): { bonus?: number; deduction?: number } | undefined {
  const m = /không quá\s*(\d+(?:[,.]\d+)?)\s*điểm/iu.exec(note);
  if (!m) return undefined;
  const cap = Number(m[1]!.replace(',', '.'));
  const before = normalizeLabel(note.slice(0, m.index));
  // «(không liên quan đến điểm cộng)» after the cap says the bonus is not under it.
  const bonus = /diem (cong|thuong)|\bcong\b/.test(before);
  const deduction = TAKEN_BEFORE.test(before);
  if (!bonus && !deduction) return undefined;
  return { ...(bonus && { bonus: cap }), ...(deduction && { deduction: cap }) };
}

/** A line's words as the reconciliation finds its row by them: a dash before them is no word. */
const titleOf = (k: Node) => k.title.replace(/^[-–—•*+]\s*/, '') || k.code;

/** A numbered row with nothing under it that only adds or takes points: its figure, or its points each time up to a cap in its words. */
const lineRow = (k: Node, headed = false) =>
  k.kind !== 'item' && (headed || !unnumbered(k)) && !k.dash && k.children.length === 0 && !k.named && !k.worded && !k.unreadable && (k.points !== undefined || (k.words?.kind === 'each' && k.words.cap !== undefined));

/**
 * Numbered rows with nothing under them that only add or take points («a1.1 … | Trừ 0,5», «d1.4 … | Thưởng 1»), right
 * under an item scored by hand with a maximum of its own: the item's own bonus and deduction lines (Criterion.own),
 * each typed by the unit on its own row and counted with the item up to the caps its note rows give, not criteria
 * beside it. Said at the item's cell.
 */
function ownLines(sheet: SheetReader, node: Node): void {
  // A numbered sub-part without points of its own made only of such rows («a4.1 Tiêu chí này được trừ điểm …» over
  // a4.1.1–a4.1.3, «a4.2 … thì cộng điểm» over a4.2.1, a4.2.2; «2.1.1 Có 01 CB.CC … bị kỷ luật:» over its unnumbered
  // «Khiển trách −1», «Cảnh cáo trở lên −2», numbered by their place): a heading of the item's lines, its words the item's.
  const heading = (k: Node) => k.kind === 'item' && !unnumbered(k) && !k.dash && k.max === undefined && !k.words && k.points === undefined && !k.named && k.children.length > 0 && k.children.every((x) => lineRow(x, true));
  const measure = measureRow(node);
  if (node.max === undefined || node.words || node.children.some((k) => k.kind === 'item' && k !== measure && !heading(k))) return;
  const headings = node.children.filter(heading);
  const rows = node.children.flatMap((k) => (k === measure ? [] : heading(k) ? k.children : [k]));
  const mine = rows.filter((k) => lineRow(k, !node.children.includes(k)));
  if (mine.length === 0 || mine.length !== rows.length) return;
  if (measure) measured(sheet, node, measure);
  makeOwn(sheet, node, mine, headings);
  node.children = node.children.filter((k) => k !== measure);
  oneOf(sheet, node, headings);
}

/**
 * An item scored by its levels (C2 «5» over C2.1–C2.3 «5 / 4 / 3») or by its dashed guide rows (C6 «1» over «- Có báo
 * cáo … 1», settle.ts), with rows beside them that only add or take points — numbered («C2.4 … trên 92% được + 0,1
 * điểm … tối đa không quá 0,5 điểm») or dashed («- Không báo cáo | Trừ −1»): the item's own lines, as under an item
 * scored by hand; its levels or guide rows stay what they are.
 */
function linesBeside(sheet: SheetReader, node: Node): void {
  if (node.own || node.words) return;
  if (!isGuide(node) && !isLevels(node)) return;
  const dashed = (k: Node) => k.dash === true && k.kind !== 'item' && k.children.length === 0 && !k.named && !k.worded && !k.unreadable && k.points !== undefined;
  const rows = node.children.filter((k) => k.kind !== 'item');
  const mine = rows.filter((k) => lineRow(k) || dashed(k));
  if (mine.length === 0 || mine.length !== rows.length) return;
  makeOwn(sheet, node, mine, []);
}

/**
 * The rows `mine` (under `headings`) made the item's own lines: its points each (a line whose words give points each
 * time up to a cap: its points each, the cap the item's for its kind — or, beside other lines of its kind, the line
 * worth its cap, said), the caps of their note rows, their words its note. Said at the item's cell.
 */
function makeOwn(sheet: SheetReader, node: Node, mine: readonly Node[], headings: readonly Node[]): void {
  const caps = mine.flatMap((k) => k.notes).map(capOf).reduce<{ bonus?: number; deduction?: number }>((all, c) => ({ ...all, ...c }), {});
  const capped: string[] = [];
  let each: string[] = [];
  const lines = mine.map((k) => {
    const kind = k.kind as 'bonus' | 'deduction';
    if (k.points !== undefined || k.words?.kind !== 'each') return { code: k.code, title: titleOf(k), kind, maxPoints: Math.abs(k.points!) };
    const { points, cap } = k.words;
    const alone = !mine.some((x) => x !== k && x.kind === kind) && caps[kind] === undefined;
    if (alone) [caps[kind], each] = [cap!, [...each, k.code]];
    else capped.push(`dòng ${k.code} ghi ${n(Math.abs(points))} điểm mỗi lần, không quá ${n(cap!)}: tính là một dòng tối đa ${n(cap!)} điểm`);
    return { code: k.code, title: titleOf(k), kind, maxPoints: alone ? Math.abs(points) : cap! };
  });
  node.own = {
    lines,
    ...(caps.bonus !== undefined && { bonusCap: caps.bonus }),
    ...(caps.deduction !== undefined && { deductionCap: caps.deduction }),
  };
  node.notes.push(...headings.map((k) => `${k.code} ${k.title}`.trim()), ...headings.flatMap((k) => k.notes), ...mine.flatMap((k) => k.notes));
  node.children = node.children.filter((k) => !mine.includes(k) && !headings.includes(k));
  const said = (kind: 'bonus' | 'deduction') => {
    const of = node.own!.lines.filter((l) => l.kind === kind);
    if (of.length === 0) return [];
    const cap = kind === 'bonus' ? caps.bonus : caps.deduction;
    return [`${kind === 'bonus' ? 'dòng điểm thưởng' : 'dòng điểm trừ'} ${of.map((l) => `${l.code} (${n(l.maxPoints)}${each.includes(l.code) ? ' mỗi lần' : ''})`).join(', ')}${cap === undefined ? '' : `, không quá ${n(cap)} điểm`}`];
  };
  const base = node.max === undefined ? 'các mức của mục' : `${n(node.max)} điểm chuẩn của mục`;
  sheet.note(
    node.codeCell.address,
    `Mục ${node.code}: ${[...said('bonus'), ...said('deduction')].join('; ')} (dòng ${mine.map((k) => k.codeCell.address.replace(/^\D+/, '')).join(', ')}): đọc là ${[...new Set(lines.map((l) => (l.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ')))].join(', ')} của chính mục ${node.code}, không phải tiêu chí riêng; đơn vị ghi điểm mỗi dòng ở dòng của nó, thidua cộng, trừ cùng mục ${node.code} (ngoài ${base})${capped.length > 0 ? `; ${capped.join('; ')}` : ''}.`,
  );
}

/** A level of a bonus or deduction line as its title names it («a) Giải quyết trước hạn từ 1% đến dưới 5%: 0,5 điểm»): reconcile.ts finds the row's figure by it. */
export const levelText = (letter: string, words: string, points: number) => `${letter}) ${words}: ${n(points)} điểm`;

/**
 * A numbered row without points over rows lettered a, b, c … in order, each only adding (or each only taking) points,
 * rising, with nothing under them («3.3.2.1 Đơn vị tiếp nhận hồ sơ trong năm dưới 1000 hồ sơ» over «a … +0,5»,
 * «b … +1», «c … +1,5», «d … +2»): levels of one bonus or deduction line, the unit's case one of them, not lines added
 * together. Read as one line worth its largest level, the levels named in its title; the unit types the points of its
 * level on the line's row. Said at its cell.
 */
function levelsLine(sheet: SheetReader, node: Node): boolean {
  const levels = node.children;
  const kind = levels[0]?.kind;
  if (unnumbered(node) || node.dash || node.max !== undefined || node.words || node.points !== undefined || node.unreadable || levels.length < 2 || kind === 'item' || kind === undefined) return false;
  const level = (k: Node, i: number) => k.kind === kind && k.scheme === 'a' && k.code.endsWith(`.${String.fromCharCode(97 + i)}`) && k.children.length === 0 && k.points !== undefined && !k.words && !k.dash && !k.named && !k.worded && !k.unreadable;
  if (!levels.every(level) || !levels.every((k, i) => i === 0 || k.points! > levels[i - 1]!.points!)) return false;
  const letter = (k: Node) => k.code.at(-1)!;
  const top = levels.at(-1)!.points!;
  const what = kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
  node.kind = kind;
  node.points = top;
  node.title = `${node.title} — chọn một mức: ${levels.map((k) => levelText(letter(k), k.title, k.points!)).join('; ')}`;
  node.notes.push(...levels.flatMap((k) => k.notes));
  node.children = [];
  sheet.note(
    node.codeCell.address,
    `Dòng ${node.code}: các dòng ${levels.map(letter).join(', ')} dưới nó (${levels.map((k) => `${kind === 'bonus' ? '+' : '−'}${n(k.points!)}`).join(' / ')}) là các mức của một dòng ${what} (chọn một, không cộng): đọc là dòng ${what} ${node.code}, tối đa ${n(top)} điểm, các mức ghi trong tên dòng; đơn vị ghi điểm của mức mình đạt ở dòng ${node.code}.`,
  );
  return true;
}

/**
 * The first row under an item with points, numbered, with the item's points and nothing under it, the other rows only
 * adding or taking points («3.3 … 6» over «3.3.1 Không có hồ sơ trễ hạn … 6», then bonus and deduction rows): how the
 * item is measured, its words the item's, not an item beside its lines.
 */
function measureRow(node: Node): Node | undefined {
  const [first] = node.children;
  if (!first || node.max === undefined || first.kind !== 'item' || unnumbered(first) || first.dash || first.named || first.words || first.unreadable || first.children.length > 0) return undefined;
  return first.max !== undefined && Math.abs(first.max - node.max) < 1e-9 ? first : undefined;
}

/** The measure row's words made the item's, said at the item. */
function measured(sheet: SheetReader, node: Node, row: Node): void {
  node.notes.push(...[row.title, ...row.notes].filter(Boolean));
  node.measured = true;
  sheet.note(
    node.codeCell.address,
    `Mục ${node.code} ghi ${n(node.max!)} điểm; dòng ${row.code} dưới nó («${short(row.title)}», ô ${row.maxCell!.address}) ghi ${n(row.max!)} điểm, các dòng khác chỉ cộng, trừ điểm: đọc là cách chấm và điểm của chính mục ${node.code}, không phải mục con.`,
  );
}

/**
 * A heading's words saying one only of the lines under it applies, accented or not: «một trong các (những, số, hai…)
 * trường hợp sau», and in figures «01 trong 02 trường hợp», «1 trong 3» — a figure after «trong», so that «01 trong năm»
 * (once in the year) is not one.
 */
const ONE_OF_HEADING = /\b(?:(?:một|mot)\s+trong\b(?:\s+(?:các|cac|những|nhung|số|so|hai|ba|bốn|bon|năm|nam)\b)?|0*1\s+trong\s+0*[2-9]\b)(?:\s+(?:trường|truong)\s+(?:hợp|hop))?/iu;

/**
 * A heading of an item's lines that says only one of them applies (ONE_OF_HEADING): its lines made a group of the
 * item's (ItemLines.oneOf), of which scoring counts one and says at the cells when more are typed; the note quotes the
 * heading's own words.
 */
function oneOf(sheet: SheetReader, node: Node, headings: readonly Node[]): void {
  const groups = headings.flatMap((h) => {
    const words = h.children.length > 1 ? ONE_OF_HEADING.exec(h.title.normalize('NFC'))?.[0] : undefined;
    return words ? [{ h, words }] : [];
  });
  if (groups.length === 0 || !node.own) return;
  node.own.oneOf = groups.map(({ h }) => h.children.map((k) => k.code));
  for (const { h, words } of groups) {
    sheet.note(
      h.codeCell.address,
      `Dòng ${h.code} ghi «${words}»: đơn vị chỉ ghi điểm ở một trong các dòng ${h.children.map((k) => k.code).join(', ')}; nếu ghi ở nhiều dòng, thidua tính dòng lớn nhất và báo lỗi ở các ô đó để Hội đồng kiểm khi thẩm định.`,
    );
  }
}

// Made for issue 55 (the reader reads each table as its document states it): an academy's conduct form (PTIT Mẫu 01:
// «1.1» whose 3 points stand on its unnumbered line; «- 2 điểm», «- 15 điểm» rows under 1.3, 2.1, 2.2, 2.3, «Học lại
// - 1 điểm» under 1.2's levels).
