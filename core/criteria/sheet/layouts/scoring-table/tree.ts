// Pass 3 of reading an office's scoring table: the tree built. The classified rows (pass 2) nest by their
// numbering — I / 1 / a / a1 / a1.1, 1 / 1.1 / 1.1.1, «Phần», «Tiêu chuẩn» — each row's points read from its
// columns (a maximum, a bonus, a deduction, words: per occurrence, levels, a range, a note); rows of text only
// become the note of the row above, rows without points under an item its description; codes are made unique.
import { isBlank, mergeOver, seenAt, sheetCell } from '../../../../sheet/grid.js';
import type { ReportCell } from '../../../../sheet/cell.js';
import { normalizeLabel, phrase } from '../../../../text.js';
import { cellText, formatPoints, parseNumberText } from '../../../../values.js';
import { noteSignColumn, noteUnlabelledSign, type SignRead } from '../../sign-column.js';
import { addsNote, bonusInWords, deductionInWords, eachInNote, largestNumberIn, pointsBeforeWords, rangeNote, rowMark, takesNote, titlesTake } from '../../points-text.js';
import type { SheetReader } from '../../sheet-reader.js';
import { codesByPlace, nextNumber, undotted, type CodeChange } from '../../tree-codes.js';
import { ADDING, SECTION_TOTAL, TAKING, WRITTEN_TOTAL } from '../../vocabulary.js';
import { ownColumn, type Key, type Table } from './columns.js';
import { capWords, liftFields, placeHead, type Head } from './heads.js';
import { bonusNote, bonusRow, levelsText } from './bonus-row.js';
import { hasPoints, isLevels, isSection, pointsBelow, worth, type Node, type Words } from './node.js';
import { pointsOf, wordsColumn, type Later, type PointsCell, type TableRow } from './rows.js';

/** How a row is numbered: the scheme and depth of «I», «1.2», «a», «a1.1» (levels of the tree). */
function schemeOf(raw: string, lastRoman: number | undefined): string {
  const t = raw.replace(/[.)]+$/, '');
  const digits = /^\d+((?:\.\d+)*)$/.exec(t);
  if (digits) return `1${digits[1]!.split('.').length}`;
  const lettered = /^\p{L}\d+((?:\.\d+)*)$/u.exec(t);
  const romanDotted = /^[IVXLC]+((?:\.\d+)+)$/.exec(t);
  if (romanDotted) return `I${romanDotted[1]!.split('.').length - 1}`;
  if (/^[IVXLC]+\.[A-Z]$/.test(t)) return 'I.A';
  // A code of letters and a number («CC01», «TP02», «HT05», «DTI-01»): items of one level, their letters naming the group.
  if (/^\p{L}{2,}[-_]?\d+$/u.test(t) && !/^[IVXLC]+$/.test(t)) return 'L1';
  if (lettered) return `a1${lettered[1]!.split('.').length}`;
  // «C» after «II» is a section letter; «III» after «II», a standard.
  if (/^[IVXLC]+$/.test(t) && (t.length > 1 || romanValue(t) === (lastRoman ?? 0) + 1)) return 'I';
  // A part's capital letter and an item's small one are two levels («B» over «I» over «1» over «đ»).
  if (/^\p{Lu}$/u.test(t)) return 'A';
  if (/^\p{Ll}$/u.test(t)) return 'a';
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

/**
 * «II.1» or «IV.A» under no «II» / «IV» (a school's «I. …» then «II.1. …», «II.2. …»; a form's alternatives «IV.A» …
 * «IV.E»): a section of its own beside the roman sections, not a sub-section of the one open.
 */
function sectionOfItsOwn(scheme: string, raw: string, stack: Node[]): string {
  const roman = /^([IVXLC]+)\.(?:\d+|[A-Z])/.exec(raw);
  if (!roman || !/^I\d|^I\.A$/.test(scheme)) return scheme;
  return stack.some((n) => n.scheme === 'I' && n.code === roman[1]) ? scheme : 'I';
}

/**
 * A capital letter typed where the small one comes next («a», «b», then «C», then «d» under a standard): the next
 * sub-part of the small letters open, not a part of its own over them. The letter before it is open and after it
 * unseen, so a table lettering its parts A / B / C is left as it is.
 */
function smallLetterTypedCapital(scheme: string, raw: string, stack: readonly Node[]): string {
  const t = raw.replace(/[.)]+$/, '');
  if (scheme !== 'A' || !/^\p{Lu}$/u.test(t)) return scheme;
  const open = stack.findLast((n) => n.scheme === 'a');
  const before = open?.code.at(-1);
  return before !== undefined && before.codePointAt(0)! + 1 === t.toLowerCase().codePointAt(0)! ? 'a' : scheme;
}

/**
 * A part lettered the way the part before it was not: «B» in the number cell after «Phần A» opening the content, or
 * «Phần B» after «A»: the next part, beside the one open (its scheme), not a row under that part's last item.
 */
function partAfterPart(raw: string, stack: readonly Node[]): string | undefined {
  if (!/^\p{Lu}$/u.test(raw)) return undefined;
  const before = String.fromCodePoint(raw.codePointAt(0)! - 1);
  return stack.find((n) => (n.scheme === 'A' || n.scheme.startsWith('w:')) && n.code === before)?.scheme;
}

/**
 * «a.7.1» right under item «a7» (or among its rows), a dot typed after the letter: that item's row «a7.1», numbered as
 * the item's other rows are («a1.1» under «a1»), not a numbering of its own beside the item.
 */
function itemDotted(raw: string, stack: readonly Node[]): string | undefined {
  const read = undotted(raw);
  return read !== undefined && stack.some((n) => n.kind === 'item' && read.startsWith(`${n.code}.`) && /^\p{L}\d+$/u.test(n.code)) ? read : undefined;
}

/** The rows as a tree by their numbering, descriptions folded into the items they describe, codes made unique. */
/** «a», «b» … for the n-th dashed part under a row (n from 1). */
const letterOf = (n: number) => String.fromCharCode(96 + Math.min(n, 26));

/**
 * Whether rows without a number from `i` on step down to nothing under the row above (its «2 | 0», «100% xã 2 |
 * không đủ 100% 0»): levels of that row, not the next rows its numbers were left off.
 */
function levelsFollow(rows: readonly TableRow[], i: number, pointsCell: PointsCell): boolean {
  const run: number[] = [];
  for (let j = i; j < rows.length && rows[j]!.raw === '' && !rows[j]!.section; j++) {
    const value = pointsOf(pointsCell(rows[j]!.r, 'maxPoints'))?.value;
    if (value === undefined) break;
    run.push(value);
  }
  return run.length >= 2 && run.at(-1) === 0 && run.every((m, k) => k === 0 || m < run[k - 1]!);
}

/** Whether every numbered row with points writes them signed («+3», «-2»), some below zero: each row added or taken. */
function signedBothWays(rows: readonly TableRow[], pointsCell: PointsCell): boolean {
  const written = rows.filter((row) => row.raw !== '' && !row.section).map((row) => cellText(pointsCell(row.r, 'maxPoints')?.raw).trim()).filter((t) => t !== '');
  return written.length > 0 && written.every((t) => /^[+\-−–]\s*\d/.test(t)) && written.some((t) => !t.startsWith('+'));
}

/**
 * A table that numbers none of its rows (no number, no section, no mark), its first row worth what every other row
 * with points adds up to, two rows at least («Hoạt động chuyển đổi số | 160» over seventeen indicators of 10, 5,
 * 20… with the lines of their rules and their declared figures between them, no points on those): that row is the part
 * the others make up, and each of them an item of it — not a part of the item above, which the lines describing that
 * item would otherwise make it. Only when every row with points writes a plain figure in the points column: words,
 * bonus or deduction columns, and the part may be counted otherwise. The rows (sheet rows) with points under it and
 * what they add up to, or undefined.
 *
 * Not their sum alone: an officer who raises one indicator's 10 to 12, or deletes one, leaves the 160 unchanged, and
 * the table is the same part over its items — read otherwise, each indicator becomes a part of the one above and the
 * set falls to two items. So the first row heads them when it is worth more than any two of them and their sum is
 * within one row's figure of it (one row changed, left out or added); the difference is the part's figure against its
 * items, said by the reconciliation at its cell.
 */
function headOfAll(rows: readonly TableRow[], pointsCell: PointsCell): { under: number[]; value: number; sum: number } | undefined {
  if (rows.length === 0 || rows.some((row) => row.raw !== '' || row.section || row.dash)) return undefined;
  const values: { r: number; value: number }[] = [];
  for (const row of rows) {
    if ((['bonus', 'deduction'] as const).some((k) => pointsOf(pointsCell(row.r, k)) !== undefined)) return undefined;
    const p = pointsOf(pointsCell(row.r, 'maxPoints'));
    if (p === undefined) continue;
    if (p.value === undefined || p.value <= 0) return undefined;
    values.push({ r: row.r, value: p.value });
  }
  if (values[0]?.r !== rows[0]!.r || values.length < 3) return undefined;
  const [head, ...under] = values;
  const sum = under.reduce((s, v) => s + v.value, 0);
  const largest = Math.max(...under.map((v) => v.value));
  const heads = Math.abs(sum - head!.value) < 1e-9 || (head!.value > 2 * largest && Math.abs(sum - head!.value) <= largest + 1e-9);
  return heads ? { under: under.map((v) => v.r), value: head!.value, sum } : undefined;
}

export function buildTree(sheet: SheetReader, table: Table, rows: readonly TableRow[], pointsCell: PointsCell, later: Later, heads: ReadonlyMap<number, Head>): Node[] {
  const { grid } = sheet;
  const c = table.columns;
  const roots: Node[] = [];
  const stack: Node[] = [];
  let lastRoman: number | undefined;
  // The row whose description (rows of text only) was read last.
  let described: Node | undefined;
  // The node the last row made, and that row's place among the rows: a row of words right under it may write its levels.
  let made: { node: Node; at: number } | undefined;
  // Rows numbered «a.7.1» read as their item's «a7.1», by item: said once at the first.
  const dotted = new Map<string, { cell: string; typed: string; raw: string }[]>();
  // The row of each item's last line of its rule (its own row, or the rows going on with it, below).
  const ruleLast = new Map<Node, number>();
  // Each row's next numbered row (or section) past the unnumbered rows with points right after it — none past a row of
  // words alone or a marked one, whose reading is another's (levels, an item's description) — found once for all.
  const numberedAfter: (TableRow | undefined)[] = [];
  for (let i = rows.length - 2; i >= 0; i--) {
    const after = rows[i + 1]!;
    const plain = after.raw === '' && !after.section && !after.dash && pointsOf(pointsCell(after.r, 'maxPoints'))?.value !== undefined;
    numberedAfter[i] = after.raw !== '' || after.section ? after : plain ? numberedAfter[i + 1] : undefined;
  }
  const evidence = (col: number) => table.header.labels[col]?.some((l) => ownColumn(l) === 'evidence') === true;
  // A row whose only words (what the unit attaches aside) are one line in the scoring-method column.
  const ruleLine = (r: number) => {
    const filled = (grid.values[r] ?? []).flatMap((v, col) => (isBlank(v) || evidence(col) ? [] : [col]));
    return filled.length === 1 && filled[0] === c.method;
  };
  const chips = signedBothWays(rows, pointsCell);
  const headed = headOfAll(rows, pointsCell);
  const underHead = new Set(headed?.under);
  const byTitles = titlesTake(rows.map((row) => ({ title: row.title, points: pointsOf(pointsCell(row.r, 'maxPoints'))?.value })));
  /** What each row's «Loại» cell says, for the column's note. */
  const signs: SignRead[] = [];
  const signLabel = c.sign === undefined ? '' : table.header.labels[c.sign]?.[0] ?? noteUnlabelledSign(sheet, table.row, c.sign, table.row + table.header.depth, grid.values.length);
  rows.forEach((row, i) => {
    // A part of bonus or deduction rows headed without a number (unnumberedPart): read as «IV. ĐIỂM THƯỞNG (tối đa 5
    // điểm)» is — a part at the top, beside every part above it, its code thidua's — whatever rows stand above it.
    const unnumbered = heads.has(i) ? undefined : unnumberedPart(row, rows[i + 1], pointsCell, stack);
    const closed = unnumbered && stack[0];
    if (unnumbered) stack.length = 0;
    const { r, raw: typed, title, word, section, dash, mark } = unnumbered ? { ...row, raw: PART_CODES[unnumbered], section: true, word: PART_WORDS[unnumbered] } : row;
    if (unnumbered) {
      const line = r + (grid.origin?.row ?? 1);
      later(() => sheet.note(sheet.at(r, c.title!), `Dòng ${line} «${title}» không có số thứ tự, không ghi điểm, và đứng trên các mục đánh số dưới nó: đọc là phần ${PART_WORDS[unnumbered]}, như một phần có số thứ tự; thidua đặt mã «${PART_CODES[unnumbered]}»; các mục dưới nó đến phần sau là ${PART_WORDS[unnumbered]} của phần này${closed ? `, không thuộc phần ${closed.code} ở trên` : ''}. Kiểm tra lại trước khi xác nhận.`));
    }
    const raw = itemDotted(typed, stack) ?? typed;
    if (raw !== typed) {
      const item = /^\p{L}\d+/u.exec(raw)![0];
      dotted.set(item, [...(dotted.get(item) ?? []), { cell: sheetCell(grid, r, c.ordinal!).address, typed, raw }]);
    }
    const head = heads.get(i);
    if (head) {
      placeHead(sheet, table, rows[i]!, head, partKind(title), stack, roots, later);
      described = undefined;
      return;
    }
    const cell = (k: Key) => pointsCell(r, k);
    const unreadable: { cell: ReportCell; max: number }[] = [];
    const [highest, bonus, deduction] = (['maxPoints', 'bonus', 'deduction'] as const).map((k) => {
      const p = pointsOf(cell(k));
      if (!p?.unreadable) return p;
      // Kept as the officer wrote it: a criterion scored by hand, its maximum the largest number written.
      const max = largestNumberIn(cellText(cell(k)!.raw)) ?? 0;
      unreadable.push({ cell: cell(k)!, max });
      return { value: k === 'deduction' ? -max : max };
    });
    // An app's lowest beside the maximum («Điểm tối thiểu | Điểm tối đa»): «-5 | 0» takes up to 5, as «-5» does; «-4 | 4»
    // is scored from 0, the part below said (as one cell's «-4 – 4»); «-10 | -3» takes from 3 to 10: up to 10, the least
    // it takes not held, said (rows.ts, at its cell and in the reconciliation).
    const lowest = pointsOf(cell('lowest'))?.value;
    const below = lowest !== undefined && lowest < 0 && highest?.value !== undefined && !highest.words ? lowest : undefined;
    const max = below !== undefined && highest!.value! <= 0 ? { ...highest!, value: Math.min(below, highest!.value!) } : highest;
    // Words in a points cell («(không xếp loại)», «theo thực tế») are a note, not points.
    const said = [max, bonus, deduction].flatMap((p, k) => (p?.words?.kind === 'note' ? [{ text: p.words.text, key: (['maxPoints', 'bonus', 'deduction'] as const)[k]!, cell: cell((['maxPoints', 'bonus', 'deduction'] as const)[k]!)! }] : []));
    const [m, b, d] = [max, bonus, deduction].map((p) => (p?.words?.kind === 'note' ? undefined : p));
    // A row with points under the row heading them all (headOfAll): an item of that part, whatever rows stand between.
    const ofHead = underHead.has(r);
    if (ofHead) stack.length = 1;
    const current = stack.at(-1);
    const notes = (['method', 'frame', 'note'] as const).flatMap((k) => {
      const text = cell(k) ? cellText(cell(k)!.raw).trim() : '';
      return text === '' ? [] : [k === 'method' ? `Cách chấm: ${text}` : k === 'frame' ? `Khung: ${phrase(text)}.` : text];
    });
    // A section's maximum may stand anywhere in its words, in brackets («(Tổng 210 điểm theo danh mục…)», «(80 điểm ban đầu)»).
    const written = WRITTEN_TOTAL.exec(title) ?? (section ? SECTION_TOTAL.exec(title) : null);
    // An item's maximum before further words («2.1 | Tỷ lệ văn bản ký số (30đ): ≥ 90% đạt điểm tối đa; …»): read as
    // one closing them is, the words after it how the item is scored.
    const before = written || section ? undefined : pointsBeforeWords(title);
    const writtenMax = written ? parseNumberText(written[1]!) : undefined;
    // A row of words alone taking points («- Chậm báo cáo: trừ 2đ/lần» under «2.3 Họp trực tuyến (20đ)»): under an item,
    // a deduction row, as the same row writing «-2đ/lần» in its points cell is (read from its words below); elsewhere said.
    const takes = raw === '' && m === undefined && b === undefined && d === undefined && said.length === 0 ? deductionInWords(title) : undefined;
    const takesAsRow = takes !== undefined && current?.kind === 'item';
    // A row without points or a number of its own, its words (in its name cell, or across the table in its number
    // cell) opening with a bonus's («* Điểm thưởng (tối đa 20 điểm)» over its levels' lines), inside a part with its
    // maximum: the part's bonus. A numbered one («III | ĐIỂM THƯỞNG») is a part of its own.
    const rowWords = typed === '' ? title : title === '' && /\s/.test(typed) ? typed : '';
    const inPart = stack.findLast(isSection);
    if (m === undefined && b === undefined && d === undefined && !section && inPart?.max !== undefined && rowWords !== '' && partKind(rowWords.split('\n')[0]!) === 'bonus') {
      const read = bonusRow(rowWords);
      const last = inPart.children.at(-1);
      const node: Node = { code: (last && nextNumber(last.code)) ?? `${inPart.code}.${inPart.children.length + 1}`, scheme: 'bonus', title: read.title, codeCell: sheetCell(grid, r, c.ordinal!), kind: 'bonus', withinPart: true, unreadable: false, points: Math.min(read.cap ?? inPart.max, inPart.max), children: [], notes: read.levels.length > 0 ? [`${levelsText(read)}.`] : [] };
      inPart.children.push(node);
      stack.length = stack.indexOf(inPart) + 1;
      later(() => sheet.note(node.codeCell.address, bonusNote(read, node.code, { code: inPart.code, max: inPart.max! })));
      described = undefined;
      return;
    }
    if (raw === '') {
      // A row of text only is the note of the item above; points without a number make a numbered part of it — or,
      // under the maximum of the item above it, the next item its number was left off («1.1.4» after «1.1.3»).
      if (m === undefined && b === undefined && d === undefined && !takesAsRow) {
        if (takes) {
          later(() => {
            const where = current ? `, dưới mục ${current.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${current.code}: giữ làm ghi chú của mục ${current.code}, không đọc thành điểm trừ riêng` : ' và không ở dưới mục nào: không đọc thành điểm trừ';
            sheet.note(sheet.at(r, c.title!), `Dòng «${title}» ghi «${takes.read.join('», «')}» nhưng không ghi điểm ở cột điểm${where}. Nếu cần trừ, ghi số điểm trừ (số âm) ở cột điểm rồi nhập lại.`);
          });
        }
        for (const w of said) later(() => sheet.note(w.cell.address, `Ô ghi «${w.text}» thay cho điểm: giữ làm ghi chú${current ? ` của mục ${current.code}` : ''}, không chấm điểm.`));
        const method = current?.method;
        const mergedOver = method?.through !== undefined && title === '' && r + (grid.origin?.row ?? 1) <= method.through;
        // The same rows in a copy whose merges were split (an office's, saved again): the item's name and maximum on its
        // first row only, each line of the rule alone in the method column right under the last.
        const splitOff = method !== undefined && method.through === undefined && title === '' && ruleLast.get(current!) === r - 1 && ruleLine(r);
        if (mergedOver || splitOff) {
          // A row the item's maximum is merged over is its own row continued: its line of the rule goes on with the rule
          // («Tỷ lệ = a/b.» under «a= …»), one line a row as written, and its other columns are read as the item's own
          // row's are — not whatever cell comes first (the app's marks in the evidence column, «[[upload.…]]»).
          const line = cell('method') ? cellText(cell('method')!.raw).trim() : '';
          if (line !== '') {
            const at = current!.notes.indexOf(`Cách chấm: ${method.text}`);
            current!.method = { ...method, text: `${method.text}\n${line}` };
            if (at >= 0) current!.notes[at] = `Cách chấm: ${current!.method.text}`;
          }
          current!.notes.push(...notes.filter((n) => !n.startsWith('Cách chấm: ')), ...said.map((w) => w.text));
          ruleLast.set(current!, r);
        } else if (current) {
          // Not a cell of the evidence column: what the unit attaches, not words of the item (the app's marks there,
          // «[[area.…]]», «[[upload.…]]», under each figure the departments' DTI workbook asks for).
          const first = grid.values[r]!.find((v, col) => !isBlank(v) && !evidence(col));
          current.notes.push(...[title || cellText(first), ...said.map((w) => w.text)].filter(Boolean));
          // Right under an item of its own points, its rows of words (one, or a level a row): read for the item's
          // levels (settle.ts).
          if (made?.node === current && made.at === i - 1 && current.kind === 'item' && current.children.length === 0 && title !== '') {
            const cell = sheetCell(grid, r, wordsColumn(grid.values[r] ?? [], c.title!, table.content, c.ordinal)).address;
            current.levelLine = current.levelLine ? { ...current.levelLine, text: `${current.levelLine.text}\n${title}`, through: cell } : { text: title, cell };
            made = { node: current, at: i };
          }
        }
        described = current;
        return;
      }
    }
    // Not after a section's row: a row with points under «TIÊU CHÍ 1 … 20 điểm» is its first item, not «Tiêu chí 2».
    // Nor after the lines describing the row above: rows with points below its description are its parts or levels.
    // Nor a row marked by a dash, nor the first of rows stepping down to nothing under a numbered row: alternatives or
    // parts of the row above (under a row without a number of its own, they are that row's siblings).
    const levelsBelow = current !== undefined && !/[+-]$/.test(current.scheme) && levelsFollow(rows, i, pointsCell);
    // Nor a row that, as the next item, would carry the part above past the maximum it writes while its items so far
    // fill it exactly: it is how the item above is measured (a form's «Thái độ phục vụ … 4» over its one italic «Được
    // người dân … đánh giá tích cực … 4»), its part, not an item of its own.
    const holder = stack.at(-2);
    const filled = holder?.max !== undefined && m?.value !== undefined && Math.abs(holder.children.filter((k) => k.kind === 'item').reduce((s, k) => s + worth(k), 0) - holder.max) < 1e-9 && m.value > 0;
    // A row of a part named for bonus or deduction, read as one of its kind (ofPart below), is an item all the same.
    const ofNamedPart = current !== undefined && current.kind !== 'item' && current.points !== undefined && stack.some((n) => n !== current && n.named !== undefined && n.named !== 'both');
    const following = raw === '' && !ofHead && !dash && !levelsBelow && current && !isSection(current) && described !== current && m !== undefined && (current.kind === 'item' || ofNamedPart) && current.children.length === 0 && (current.max !== undefined || current.points !== undefined || current.words);
    // Nor a row after which the numbering goes on from the item above («1 | … | 5» over «Đạt … | 5», then «2 | …»): the
    // number it would have been left off is the next row's, so it is the item above's own line, not an item. So are
    // several such rows before it (parts written without numbers whose sum is not the item's: one changed by hand) —
    // read as the next item, they would push the table's own next item aside («4-2»).
    const after = following ? numberedAfter[i] : undefined;
    const goesOn = !!after && after.raw !== '' && !after.section && schemeOf(after.raw, lastRoman) === current!.scheme && lastNumber(after.raw) === lastNumber(current!.code)! + 1;
    const next = following && !filled && !goesOn ? nextNumber(current.code) : undefined;
    // Marked «Trừ» in a «Loại» column (typed once over merged rows, it stands on each), or in its own words, its points
    // written above zero: taken, as «-5» is (said below).
    const sign = c.sign === undefined ? '' : cellText(seenAt(grid, sheetCell(grid, r, c.sign).address)).trim();
    // A part's words («Phần III | ĐIỂM THƯỞNG | 5») are its name, read as parts are (partKind), not a row's own mark.
    const { says, titled } = rowMark(sign, word || section ? '' : title, m?.words ? undefined : m?.value, byTitles);
    const marked = says === 'takes';
    const negative = takesPoints(m) || marked;
    // A numbered row with words alone where its points go: a criterion of that column, scored by hand.
    const worded = raw !== '' && m === undefined && b === undefined && d === undefined && said.length > 0 ? said[0]!.key : undefined;
    // A part named for bonus or deduction («C | Điểm cộng thi đua … | +7», «II. ĐIỂM TRỪ»): its points, in the points
    // column, are outside the base maximum; the rows numbered under it are of its kind (below, once its place is known).
    // Only a part of its own, at the top or under such parts: within a scored part («1 Điểm cộng» under «Phần 1 … 20
    // điểm» of a student's form) its «Điểm cộng» are the points its items add, not a bonus — unless scored criteria
    // stand beside it in that section (Cần Thơ's «5 | Điểm cộng | 15» after criteria 1–4 of «I | NHÓM XÃ, PHƯỜNG |
    // 115»): they are the section's base, it the bonus or deduction beside them. Under an item («3.3» over its own
    // «3.3.1», «3.3.2 Điểm thưởng»), they are the item's own lines (own-rows.ts).
    const scheme0 = schemeOf(raw === '' ? '?' : raw, lastRoman);
    const sib = stack.findIndex((n) => n.scheme === scheme0);
    const over = sib >= 0 ? stack[sib - 1] : stack.at(-1);
    const besideBase = over !== undefined && isSection(over) && over.children.some((k) => k.kind === 'item' && (hasPoints(k) || pointsBelow(k)) && partKind(k.title) === undefined);
    // A part's heading naming the other kind than a named part open («B. ĐIỂM TRỪ» after «VIII. ĐIỂM THƯỞNG…», its
    // letter of another numbering than the roman parts): a part of its own beside that part (the stack cut to it below),
    // never within it — deductions are no rows of a bonus.
    const heading = scheme0 === 'A' || scheme0 === 'I' ? partKind(title) : undefined;
    const otherKind = heading === 'bonus' || heading === 'deduction' ? stack.findIndex((n) => (n.named === 'bonus' || n.named === 'deduction') && n.named !== heading) : -1;
    const apart = otherKind >= 0 || besideBase || (sib >= 0 ? stack.slice(0, sib) : stack).every((n) => n.named);
    // An unnumbered row with points in a part so named is one of its rows («Thưởng cán bộ lớp | 10đ» under «II. ĐIỂM
    // THƯỞNG»), not a part of its own within it.
    const kindOf = apart && (m !== undefined || raw !== '') ? partKind(title) : undefined;
    const saidKind = kindOf !== undefined && raw === '' && m !== undefined && stack.some((n) => n.named === kindOf) ? undefined : kindOf;
    // An unnumbered row naming the other kind («Điểm trừ | -3» after «Điểm thưởng "Dân vận khéo" | +3»): a part beside
    // the highest bonus or deduction above it, never a row of it.
    const ownKind = raw === '' && !dash ? partKind(title) : undefined;
    const besideKind = ownKind === 'both' ? undefined : ownKind;
    const otherPart = besideKind && stack.find((n) => n.kind !== 'item' && n.kind !== besideKind && nextNumber(n.code) !== undefined);
    const named = saidKind === 'both' ? undefined : (saidKind ?? (otherPart && besideKind));
    const minusBonus = named === undefined && bonusTypedNegative(m, b, d);
    // A numbered row's points written with their plus sign where every numbered row's are signed, some below zero
    // («12 | Giúp đỡ bạn | +3» beside «1 | Đi học trễ | -2»: an app's chips): added on top, as «-2» takes. A form
    // writing its items «+5 điểm» among unsigned ones scores them in its base.
    const bonusMark = named === undefined && !negative && says === 'bonus';
    const plusSigned = chips && named === undefined && raw !== '' && !dash && !negative && m?.value !== undefined && m.value > 0 && !m.words && /^\s*\+\s*\d/.test(cellText(cell('maxPoints')!.raw));
    const plus = plusSigned || bonusMark;
    const kind = named ?? (m === undefined && (d !== undefined || worded === 'deduction' || minusBonus) ? 'deduction' : m === undefined && (b !== undefined || worded === 'bonus') ? 'bonus' : negative ? 'deduction' : plus ? 'bonus' : 'item');
    const inMax = kind === 'item' || negative || plus || named !== undefined;
    if (sign !== '') signs.push({ word: sign, base: kind === 'item' });
    const own = inMax ? m : minusBonus ? b : kind === 'deduction' ? d : b;
    const ownCell = cell(inMax ? 'maxPoints' : minusBonus ? 'bonus' : kind)!;
    // A cap of its own: in its column, else written in the row's text («(tối đa 10 điểm)»).
    const capRead = pointsOf(cell('cap'))?.value;
    const cap = capRead !== undefined ? { value: Math.abs(capRead), cell: cell('cap')! } : undefined;
    let words: Words | undefined = own?.words?.kind === 'note' || own?.words?.kind === 'range' ? undefined : own?.words;
    const range = own?.words?.kind === 'range' ? own.words : undefined;
    if (words?.kind === 'each' && words.cap === undefined && (cap ?? writtenMax) !== undefined) words = { ...words, cap: cap?.value ?? writtenMax! };
    // Points beside a larger cap of their own column («1 | Tối đa/học kỳ 10»): so many points each time, up to the cap.
    if (!words && own?.value !== undefined && cap && cap.value > Math.abs(own.value) + 1e-9) words = { kind: 'each', points: own.value, unit: 'lần', cap: cap.value };
    // Points typed as a number, its «Ghi chú» saying so many each time («3 | Cộng 3 điểm/1 đơn vị»): per occurrence,
    // as those words in the points cell are.
    const noteCell = cell('note');
    const noteEach = !words && own?.value !== undefined && noteCell ? eachInNote(own.value, cellText(noteCell.raw)) : undefined;
    if (noteEach) words = noteEach.cap === undefined && (cap ?? writtenMax) !== undefined ? { ...noteEach, cap: cap?.value ?? writtenMax! } : noteEach;
    // A bonus part's cap may be in its words only («I. ĐIỂM CỘNG (tối đa 7 điểm)»): those words kept, to say so.
    const capInTitle = !range && !words && own?.value === undefined && named && written ? capWords(written) : undefined;
    const ownValue = range ? range.max : words ? undefined : own?.value ?? (capInTitle !== undefined ? writtenMax : undefined);
    // A dashed row after the rows numbered under the dashed row before it is that row's sibling («- Gửi báo cáo 2»,
    // its deductions 5.1, 5.2, then «- Công tác phối hợp 3»); so is one of a mark met above. A row of another mark
    // right under a dashed row worth points, within them, is its part or level («- Tỉ lệ … 4» over «+ Đạt từ 90% … 4»);
    // one outside them is not («+ … dưới Trung bình 0» then «- Học lại −1»: the item's deduction, beside its levels).
    // A level marked «+» above its «-» part is one raised by hand (5 typed 6): still its level, the figure said (node.ts).
    const within = current?.dash && current.mark !== mark && current.max !== undefined && current.max > 0 && m?.value !== undefined && m.value > 0 && (m.value <= current.max + 1e-9 || (mark === '+' && current.mark === '-'));
    const dashedBefore = dash ? stack.findLast((n) => n.dash && n.mark === mark) ?? (within ? undefined : stack.findLast((n) => n.dash)) : undefined;
    const numbered = raw === '' ? undefined : schemeOf(raw, lastRoman);
    // The small letter it follows, when it is one typed as a capital.
    const typo = numbered === 'A' && smallLetterTypedCapital(numbered, raw, stack) === 'a' ? stack.findLast((n) => n.scheme === 'a')!.code : undefined;
    // An unnumbered bonus or deduction row after another under the same row («Khiển trách −1», «Cảnh cáo trở lên −2»
    // under «2.1.1 Có 01 CB.CC … bị kỷ luật:»): its sibling, not a row under it.
    const lineAfterLine = raw === '' && !dash && kind !== 'item' && current !== undefined && current.scheme.endsWith('+') && current.kind !== 'item' && current.children.length === 0 && !current.dash;
    const besidePart = partAfterPart(raw, stack);
    // A row of 0 without its mark right after dashed rows stepping down («+ … 5», «+ … 4», «+ … 2», then «Hoạt động kém
    // hiệu quả … 0»): their last level, beside them, not a row under the last.
    const siblings = current?.dash ? (stack.at(-2)?.children ?? roots).filter((n) => n.dash && n.scheme === current.scheme) : [];
    const lastLevel = raw === '' && !dash && kind === 'item' && m?.value === 0 && current?.dash === true && current.children.length === 0 && siblings.length >= 2 && siblings.every((n, k) => (n.max ?? 0) > 0 && (k === 0 || n.max! < siblings[k - 1]!.max!));
    const scheme = word ? (besidePart ?? `w:${word}`) : numbered === 'A' && besidePart ? besidePart : otherPart ? otherPart.scheme : next ? current!.scheme : dashedBefore ? dashedBefore.scheme : dash ? `${current?.scheme ?? 'row'}-` : lineAfterLine || lastLevel ? current!.scheme : raw === '' ? (current ? `${current.scheme}+` : 'row') : typo ? 'a' : sectionOfItsOwn(numbered!, raw, stack);
    // A number of another depth that does not extend the rows above it («1.2» after «1.1.2», «7» after «6.7», «II.2»
    // after «II.1.3», «I.2.1» after «I.1», the table writing no «1.1», «6», «II.1» nor «I.2» row): beside them, not under them.
    if (/^[1I]\d+$/.test(scheme) && !stack.some((n) => n.scheme === scheme)) while (stack.length > 0 && besideNumber(raw, stack.at(-1)!)) stack.pop();
    // A part («Phần II», «Chương 2») met first after rows of other numbers (its part I the table's title, never a row):
    // the highest level, beside them, not a row under the last of them.
    if (word && TOP_WORDS.has(word) && !stack.some((n) => n.scheme === scheme)) stack.length = 0;
    if (otherKind >= 0) stack.length = otherKind;
    const at = stack.findIndex((n) => n.scheme === scheme);
    const above = at >= 0 ? stack[at - 1] : stack.at(-1);
    // A dashed row is coded by its place among the dashed rows of its parent: «5.a», «5.b» (never «-» nor «5.-»).
    const dashCode = dash || lastLevel ? (above ? `${above.code}.${letterOf(above.children.filter((k) => k.dash).length + 1)}` : `${roots.length + 1}`) : undefined;
    const code = (otherPart && nextNumber(otherPart.code)) ?? next ?? dashCode ?? (lineAfterLine && above ? `${above.code}.${above.children.length + 1}` : raw === '' ? (current ? `${current.code}.${current.children.length + 1}` : `${roots.length + 1}`) : shortCode(raw, above));
    const inWords = writtenMax ?? before?.points;
    const maxFromText = kind === 'item' && m === undefined && inWords !== undefined;
    const node: Node = {
      code,
      scheme,
      title: maxFromText && before ? before.name : title,
      codeCell: sheetCell(grid, r, c.ordinal!),
      ...(kind === 'item' && m?.value !== undefined && !words && { max: Math.abs(m.value), maxCell: cell('maxPoints')! }),
      ...(kind === 'item' && m?.value !== undefined && !words && cell('method') && cellText(cell('method')!.raw).trim() !== '' && { method: { text: cellText(cell('method')!.raw).trim(), cell: cell('method')!, through: mergeOver(grid, cell('maxPoints')!.address)?.bottom } }),
      // Points and a figure in the deduction column on one row: kept, so a level that takes points is not read as 0 alone.
      ...(kind === 'item' && m?.value !== undefined && !words && d?.value !== undefined && d.value !== 0 && { takes: { points: Math.abs(d.value), cell: cell('deduction')! } }),
      ...(maxFromText && { max: inWords, maxCell: sheetCell(grid, r, wordsColumn(grid.values[r] ?? [], c.title!, table.content, c.ordinal)) }),
      ...(words && { words, wordsCell: noteEach ? noteCell! : cap && words.kind === 'each' && words.cap === cap.value ? cap.cell : ownCell }),
      kind,
      unreadable: unreadable.length > 0,
      ...(worded && { worded: true }),
      ...(kind !== 'item' && !words && ownValue !== undefined && { points: Math.abs(ownValue) }),
      ...(kind !== 'item' && capInTitle !== undefined && { capInTitle }),
      children: [],
      ...(dash && { dash, ...(mark && { mark }) }),
      ...(saidKind && { named: saidKind }),
      notes: [...(maxFromText && before ? [`Cách chấm: ${before.rest}`] : []), ...notes, ...said.map((w) => w.text), ...unreadable.map((u) => `Điểm ghi: «${cellText(u.cell.raw).trim()}».`), ...(range ? [`Điểm từ ${formatPoints(range.min)} đến ${formatPoints(range.max)}.`] : [])],
    };
    if (kind === 'item' && range) Object.assign(node, { max: range.max, maxCell: ownCell });
    if (node.method) ruleLast.set(node, r);
    later(() => {
      if (otherPart) sheet.note(sheet.at(r, c.ordinal!), `Dòng «${title}» chưa có số thứ tự, sau mục ${otherPart.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${otherPart.code}: đọc là mục ${named === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${node.code} bên cạnh nó, không phải dòng của mục ${otherPart.code}.`);
      else if (next) sheet.note(sheet.at(r, c.ordinal!), `Dòng có điểm nhưng chưa có số thứ tự, ngay sau mục ${current!.code}: đọc là mục ${node.code}.`);
      // Of the item's own points, its own line (own-rows.ts says so); other points, its part.
      else if (following && goesOn && !filled && m?.value !== current!.max) sheet.note(sheet.at(r, c.ordinal!), `Dòng có điểm nhưng chưa có số thứ tự, ngay sau mục ${current!.code}: dòng đánh số sau nó là «${after!.raw}», nên đọc là phần của mục ${current!.code} (mục ${node.code}), không phải mục bị bỏ số thứ tự.`);
      // Taken since as the item's own measure (own-rows.ts, said at the item): no part (Hải Phòng's «I.5.1») is left to name.
      else if (following && filled) sheet.note(sheet.at(r, c.ordinal!), `Dòng có điểm nhưng chưa có số thứ tự, ngay sau mục ${current!.code}: các mục trên nó đã cộng đủ ${formatPoints(holder!.max!)} điểm mục ${holder!.code} ghi, nên đọc là phần của mục ${current!.code}${current!.measured ? '' : ` (mục ${node.code})`}, không phải mục sau nó.`);
      else if (typo) sheet.note(node.codeCell.address, `Dòng «${raw}» đứng ngay sau phần «${typo.split(".").at(-1)}» đánh chữ thường: đọc là phần kế tiếp cùng cấp với «${typo.split(".").at(-1)}» (chữ in hoa coi như gõ nhầm), không phải một phần lớn chứa các mục trên nó.`);
      else if (headed !== undefined && i === 0) {
        const line = (x: number) => x + (grid.origin?.row ?? 1);
        const under = `${headed.under.length} dòng có điểm dưới nó (dòng ${headed.under.slice(0, 20).map(line).join(', ')}${headed.under.length > 20 ? ' …' : ''})`;
        const worth = Math.abs(headed.sum - headed.value) < 1e-9 ? `bằng ${under} cộng lại` : `hơn gấp đôi mỗi dòng trong ${under}, các dòng ấy cộng được ${formatPoints(headed.sum)} — chênh không quá điểm của một dòng (một dòng đã sửa, bỏ hay thêm; số chênh nói ở phần đối chiếu)`;
        sheet.note(sheet.at(r, c.ordinal!), `Bảng không đánh số dòng nào; dòng ${line(r)} («${title}») ghi ${formatPoints(headed.value)} điểm, ${worth}: đọc là phần ${node.code} chứa các dòng đó, mỗi dòng một mục (${node.code}.1–${node.code}.${headed.under.length}); các dòng không ghi điểm giữa chúng là lời của mục ở trên, không phải mục.`);
      } else if (raw === '' && !current) sheet.note(sheet.at(r, c.ordinal!), `Dòng có điểm nhưng chưa có số thứ tự, và không ở dưới mục nào: đọc là mục ${node.code} (số theo vị trí trong bảng).`);
      const byHand = node.worded && node.children.length === 0 && node.max === undefined && !node.describes;
      const part = node.kind === 'bonus' ? ' (điểm thưởng)' : node.kind === 'deduction' ? ' (điểm trừ)' : '';
      for (const w of said) {
        sheet.note(w.cell.address, byHand
          ? `Ô ghi «${w.text}» thay cho điểm: giữ mục ${node.code} làm tiêu chí chấm thủ công${part}, chưa có điểm tối đa (tạm tính 0); ghi «Điểm tối đa» trên trang tiêu chí nếu cần.`
          : `Ô ghi «${w.text}» thay cho điểm: giữ làm ghi chú của mục ${(node.describes ?? node).code}.`);
      }
      for (const u of unreadable) {
        sheet.note(u.cell.address, `Chưa đọc được «${cellText(u.cell.raw).trim()}» thành điểm: giữ mục ${node.code} làm tiêu chí chấm thủ công, tối đa ${formatPoints(u.max)} điểm (${u.max > 0 ? 'số lớn nhất ghi trong ô' : 'ô không có số nào'}), lời ghi giữ làm ghi chú; sửa «Điểm tối đa» trên trang tiêu chí nếu cần.`);
      }
      if (minusBonus) sheet.note(ownCell.address, `Dòng ${node.code} ghi «${cellText(ownCell.raw).trim()}» ở cột điểm thưởng «${table.header.labels[c.bonus!]![0]}», nhưng là số âm: đọc là điểm trừ ${formatPoints(node.points ?? 0)} điểm, không phải điểm thưởng.`);
      if (titled && marked) sheet.note(cell('maxPoints')!.address, takesNote(node.code, `«${title}» (tên mục ghi là điểm trừ)`, node.points ?? node.max ?? 0));
      else if (marked) sheet.note(sheetCell(grid, r, c.sign!).address, takesNote(node.code, `«${sign}» ở cột «${signLabel}»`, node.points ?? node.max ?? 0));
      if (plusSigned) sheet.note(ownCell.address, addsNote(node.code, `«${cellText(ownCell.raw).trim()}»`, node.points!));
      else if (bonusMark) sheet.note(titled ? cell('maxPoints')!.address : sheetCell(grid, r, c.sign!).address, addsNote(node.code, titled ? `«${title}» (tên mục ghi là điểm cộng)` : `«${sign}» ở cột «${signLabel}»`, node.points!));
      if (range) sheet.note(ownCell.address, rangeNote(node.code, range));
      if (below !== undefined && highest!.value! > 0) sheet.note(cell('lowest')!.address, rangeNote(node.code, { min: below, max: highest!.value! }));
      else if (below !== undefined) sheet.note(cell('maxPoints')!.address, takesNote(node.code, `điểm từ ${formatPoints(below)} đến ${formatPoints(highest!.value!)}`, -Math.min(below, highest!.value!)));
      // Words after the figure are kept as the item's note, the item scored by hand: no rule is read from them here.
      const scoredBy = before ? ` Lời sau điểm («${before.rest}») giữ làm cách chấm của mục (ghi chú), không đọc thành cách tính: chấm thủ công, tối đa ${formatPoints(inWords!)} điểm.` : '';
      if (maxFromText) sheet.note(node.maxCell!.address, `Mục ${node.code} không ghi điểm ở cột điểm; lời của mục ghi ${formatPoints(inWords!)} điểm: dùng làm điểm tối đa.${scoredBy}`);
      else if (writtenMax !== undefined && node.max !== undefined && Math.abs(writtenMax - node.max) > 1e-9 && node.children.length > 0) {
        sheet.note(node.maxCell!.address, `Mục ${node.code}: cột điểm ghi ${formatPoints(node.max)}, lời của mục ghi ${formatPoints(writtenMax)} điểm: dùng số ở cột điểm.`);
      }
    });
    // The same number twice, the first row without points: it is the heading line of the second.
    if (current && current.code === node.code && current.children.length === 0 && current.max === undefined && !current.words && current.points === undefined) {
      later(() => sheet.note(current.codeCell.address, `Hai dòng cùng số ${node.code} (ô ${current.codeCell.address} và ô ${node.codeCell.address}): dòng không ghi điểm là dòng đầu của mục, đọc là một mục.`));
      (stack.at(-2)?.children ?? roots).pop();
      stack.pop();
    }
    if (node.scheme === 'I') lastRoman = romanValue(/^[IVXLC]+/.exec(raw)![0]);
    // A new part («B» after «A») numbers its sections from «I» again.
    else if (node.scheme === 'A') lastRoman = undefined;
    // A number seen above is a sibling of that row (the rows under it closed); a new kind of number goes one level down.
    const sibling = stack.findIndex((n) => n.scheme === node.scheme);
    if (sibling >= 0) stack.length = sibling;
    // A part opened by its word outside any roman section («Phần B» after «Phần A»'s I, II) numbers its sections from
    // «I» again, as a lettered part does; within one («IV», «Tiêu chí 9», «V») the roman count goes on.
    if (node.scheme.startsWith('w:') && !stack.some((n) => n.scheme === 'I')) lastRoman = undefined;
    const parent = stack.at(-1);
    const part = stack.findLast((n) => n.named && n.named !== 'both');
    if (part && node.kind === 'item' && (node.max !== undefined || node.words)) ofPart(node, part.named as 'bonus' | 'deduction');
    else if ((part?.named === 'deduction' || takesAsRow) && node.kind === 'item' && !node.worded && !node.unreadable) wordedDeduction(sheet, node, sheetCell(grid, r, c.title!), later, raw === '');
    else if (parent?.kind === 'item' && hasPoints(parent) && raw !== '' && node.kind === 'item' && !hasPoints(node) && !node.worded) wordedBonus(sheet, node, sheetCell(grid, r, c.title!), later);
    (parent ? parent.children : roots).push(node);
    stack.push(node);
    made = { node, at: i };
  });
  if (c.sign !== undefined) noteSignColumn(sheet, sheetCell(grid, table.row, c.sign).address, signLabel, signs);
  for (const [item, read] of dotted) {
    later(() => sheet.note(read[0]!.cell, `Số ${read.map((d) => `«${d.typed}»`).join(', ')} (ô ${read.map((d) => d.cell).join(', ')}) đọc là ${read.map((d) => d.raw).join(', ')}: dòng của mục ${item} ở trên, đánh số như các dòng khác của mục (dấu chấm sau chữ coi như gõ thêm).`));
  }
  return roots;
}

/** The rows as {@link buildTree} leaves them, with their descriptions folded and every code unique. */
export function settledTree(sheet: SheetReader, table: Table, rows: readonly TableRow[], pointsCell: PointsCell, later: Later, heads: ReadonlyMap<number, Head>): Node[] {
  const nodes = buildTree(sheet, table, rows, pointsCell, later, heads);
  liftFields(nodes);
  for (const top of nodes) foldDescriptions(sheet, top, later);
  markItemsOfParts(nodes);
  noteCodes(sheet, codesByPlace(nodes), nodes);
  return nodes;
}

/**
 * The document's items that write no points over parts that write theirs, marked on the tree (settled as items of parts,
 * settle.ts): a numbered row among items that write theirs, over rows numbered on from it («5.15 Cổng/trang … bao gồm»
 * between 5.14 and 5.16, over 5.15.1–5.15.8 of 5 each, its rule «Cộng điểm từ 5.15.1 đến 5.15.8») — not a heading,
 * which stands among headings; or an item over dashed lines each writing points above zero that do not step down to 0
 * as levels do, a unit may have more than one («5.2 Được khen thưởng …» over «+ Được kết nạp Đảng +5», «+ … +3»; «a.
 * Câu lạc bộ học thuật …» over «+ Tham gia … +3», «+ Thành viên BTC … +2») — not items of their own beside it.
 */
function markItemsOfParts(among: readonly Node[], top = true): void {
  const leaf = (n: Node) => n.kind === 'item' && n.max !== undefined && n.children.length === 0;
  for (const k of among) {
    const parts = k.children.filter((p) => p.kind === 'item');
    const bare = k.kind === 'item' && k.max === undefined && !k.words && parts.length >= 2 && !isLevels(k);
    // Its parts numbered on from its number («5.15.1»), not lettered («1.a»: levels or alternatives of a heading).
    if (bare && !top && parts.length === k.children.length && parts.every((p) => leaf(p) && p.code.startsWith(`${k.code}.`) && /^\d+$/.test(p.code.slice(k.code.length + 1))) && among.some((s) => s !== k && leaf(s))) k.ofParts = 'numbered';
    else if (bare && !k.dash && parts.every((p) => p.dash && p.words === undefined && p.max !== undefined && p.max > 0 && !p.children.some((g) => g.kind === 'item'))) k.ofParts = 'lines';
    markItemsOfParts(k.children, false);
  }
}

/** A figure below zero («−0,5», «-1 điểm/lần», levels «−1 −2»): points taken. */
function takesPoints(p: ReturnType<typeof pointsOf>): boolean {
  return (p?.value ?? 0) < 0 || (p?.words?.kind === 'each' && p.words.points < 0) || (p?.words?.kind === 'levels' && p.words.points.every((v) => v <= 0));
}

/**
 * A figure typed below zero in the bonus column, nothing in the others («b.2.6 Không tham mưu … | Thưởng −0,5», «4.1.1
 * Ban hành sau ngày 31/1 | Thưởng −1»): points taken, whatever column they stand in — a deduction, said at its cell.
 */
function bonusTypedNegative(...[m, b, d]: ReturnType<typeof pointsOf>[]): boolean {
  return m === undefined && d === undefined && b !== undefined && takesPoints(b);
}

/** The code thidua gives a bonus or a deduction part headed without a number («CONG» alone our own sheet reads as a total row), and the part's words. */
const PART_CODES = { bonus: 'DCONG', deduction: 'DTRU' } as const;
const PART_WORDS = { bonus: 'điểm cộng', deduction: 'điểm trừ' } as const;

/**
 * A row with no number and no points whose words open a bonus or deduction part («Điểm thưởng (không quá 5 điểm, cộng
 * vào tổng điểm)», «Điểm trừ», «Các trường hợp trừ điểm»), over a numbered row that is no row of an item open («2.2.1»
 * under «2.2»): a part of that kind — not the words of the row above, its rows not the last part's (a school's table
 * writes them after its «Tổng điểm | 100»). The kind, or undefined.
 */
function unnumberedPart(row: TableRow, next: TableRow | undefined, pointsCell: PointsCell, stack: readonly Node[]): 'bonus' | 'deduction' | undefined {
  if (row.raw !== '' || row.section || row.dash || next === undefined || next.raw === '' || next.section) return undefined;
  if ((['maxPoints', 'bonus', 'deduction'] as const).some((k) => pointsOf(pointsCell(row.r, k)) !== undefined)) return undefined;
  if (stack.some((n) => next.raw.startsWith(`${n.code}.`))) return undefined;
  // Its words the part's name alone: a sentence opening with them («Điểm cộng: +1 điểm nếu …») is the row above's note.
  if (!PART_NAME.test(partWords(row.title.replace(/\([^()]*\)/g, ' ')))) return undefined;
  const kind = partKind(row.title);
  return kind === 'bonus' || kind === 'deduction' ? kind : undefined;
}

/** A row's code before the table is seen whole: its number; a lone letter under a numbered item, that item's with it («1.đ»). */
function shortCode(raw: string, parent: Node | undefined): string {
  const t = raw.replace(/[.)]+$/, '');
  if (/^\p{Ll}$/u.test(t) && parent && /\d$/.test(parent.code)) return `${parent.code}.${t}`;
  return t;
}

const [TAKEN_FIRST, TAKEN_WITHIN, ADDED_FIRST] = [new RegExp(String.raw`^${TAKING}\b`), new RegExp(String.raw`\b${TAKING}\b`), new RegExp(String.raw`^${ADDING}\b`)];

/**
 * A part's words as its kind is read from them: «CÁC LỖI TRỪ ĐIỂM», «CÁC TRƯỜNG HỢP CỘNG ĐIỂM», «KHUNG ĐIỂM TRỪ» (a
 * form's frame) name their part's rows as «ĐIỂM TRỪ», «ĐIỂM CỘNG» do; «* Điểm thưởng (tối đa 20 điểm)»: a star before the words marks the row, as a number would.
 */
const partWords = (title: string) => normalizeLabel(title).replace(/^\*+\s*/, '').replace(/^(?:cac(?: (?:loi|truong hop|muc|khoan|noi dung))?|khung) (?:duoc |bi )?/, '');

/** The words of a part's name alone, a bracket after them aside («Điểm thưởng (không quá 5 điểm, …)», «Điểm trừ:»). */
const PART_NAME = new RegExp(String.raw`^(?:${ADDING}|${TAKING})[\s.:]*$`);

/**
 * A part's words naming it bonus or deduction, at their start («Điểm cộng thi đua (Tổng C.1 + … )», «II. ĐIỂM TRỪ»,
 * «Cộng điểm»); a part naming both («ĐIỂM CỘNG, ĐIỂM TRỪ (nếu có)») is `both`: its sub-parts say which.
 */
export function partKind(title: string): NonNullable<Node['named']> | undefined {
  const t = partWords(title);
  const bonus = ADDED_FIRST.test(t);
  const deduction = TAKEN_FIRST.test(t);
  if (bonus && TAKEN_WITHIN.test(t)) return 'both';
  return bonus ? 'bonus' : deduction ? 'deduction' : undefined;
}

/**
 * A row with points numbered under a bonus or deduction part: of the part's kind, its maximum what it adds or takes at
 * most (a row without points stays a heading, said as such).
 */
function ofPart(node: Node, kind: 'bonus' | 'deduction'): void {
  node.kind = kind;
  if (node.max !== undefined) node.points = node.max;
  delete node.max;
}

/**
 * A row under a deduction part with no points but in its words («… bị trừ 01 điểm/lần vi phạm»), or an unnumbered one
 * under an item (`line`: «- Chậm báo cáo: trừ 2đ/lần»): its points read from them, per occurrence (points-text.ts),
 * never a silent 0 nor words describing the item; said at its words' cell. Words without points stay a heading.
 */
function wordedDeduction(sheet: SheetReader, node: Node, cell: ReportCell, later: Later, line: boolean): void {
  const read = deductionInWords(node.title);
  if (!read) return;
  node.words = read.words;
  node.wordsCell = cell;
  node.wordsInTitle = true;
  ofPart(node, 'deduction');
  // Its code as settled once the table is read (said later).
  later(() => sheet.note(cell.address, `${line ? `Dòng «${node.title}»` : `Mục ${node.code}`} không ghi điểm ở cột điểm; lời ${line ? '' : 'của mục '}ghi «${read.read.join('», «')}»: đọc là điểm trừ mỗi ${read.words.unit ?? 'lần'}, không phải ${line ? 'lời mô tả của mục trên nó' : '0 điểm'}.`));
}

/**
 * A numbered row without points under an item with points, its words giving a bonus per occurrence up to a cap
 * («C2.4 … trên 92% được + 0,1 điểm (luỹ kế cứ tăng 1% được cộng 0,1 điểm nhưng điểm cộng tối đa không quá 0,5
 * điểm)»): a bonus of the item, read from them (points-text.ts), not words describing the item. Said at its words.
 */
function wordedBonus(sheet: SheetReader, node: Node, cell: ReportCell, later: Later): void {
  const read = bonusInWords(node.title);
  if (read?.words.kind !== 'each' || read.words.cap === undefined) return;
  const { points, cap } = read.words;
  node.kind = 'bonus';
  node.words = read.words;
  node.wordsCell = cell;
  node.wordsInTitle = true;
  later(() => sheet.note(cell.address, `Mục ${node.code} không ghi điểm ở cột điểm; lời của mục ghi «${read.read.join('», «')}», tối đa ${formatPoints(cap)} điểm: đọc là điểm thưởng ${formatPoints(points)} điểm mỗi lần đạt, không quá ${formatPoints(cap)} điểm, không phải lời mô tả.`));
}

/**
 * Whether a row numbered `raw` stands beside a numbered row rather than under it: its number does not extend the row's,
 * and is dotted itself («1.2» beside «1.1.2», «II.2» beside «II.1.3») or past the row's first number («7» beside «6.7»;
 * «1» under «1.1» is its part).
 */
function besideNumber(raw: string, node: Node): boolean {
  if (!/^[1I]\d+$/.test(node.scheme)) return false;
  const t = raw.replace(/[.)]+$/, '');
  return !t.startsWith(`${node.code}.`) && (t.includes('.') || Number(t) > Number(node.code.split('.')[0]));
}

/** Section words that open the highest level of a table, wherever they are first met. */
const TOP_WORDS = new Set(['phần', 'chương']);

/** The number a code ends with («2» of «I.2»). */
const lastNumber = (code: string) => {
  const m = /(\d+)$/.exec(code);
  return m ? Number(m[1]) : undefined;
};


/** Codes kept apart by their place, each said once: at the parent whose rows took its code, at a row given a suffix. */
function noteCodes(sheet: SheetReader, changes: CodeChange<Node>[], roots: Node[]): void {
  for (const change of changes) {
    if (change.kind === 'place') {
      const { node, examples } = change;
      sheet.note(node.codeCell.address, `Các dòng dưới ${node.code} (${node.title || node.code}) đánh số như ở phần khác của bảng: mã tiêu chí ghi kèm «${node.code}.» ở đầu (${examples.join(', ')}…).`);
    } else {
      sheet.note(change.node.codeCell.address, `Số «${change.from}» đã có ở ô ${change.first.codeCell.address}, cùng chỗ trong bảng: mã tiêu chí của dòng này là «${change.node.code}».${numberTyped(change, roots)}`);
    }
  }
}

/**
 * A repeated number that is a number in its cell and stands where the same number with a 0 after it would follow the
 * row before and lead to the row after («4.1» between 4.9 and 4.11, a CSV's «4.10» a spreadsheet opened as 4.1): said
 * as what it likely was, for the officer to write — the reader keeps the suffix, it does not guess the code.
 */
function numberTyped(change: Extract<CodeChange<Node>, { kind: 'suffix' }>, roots: Node[]): string {
  if (typeof change.node.codeCell.raw !== 'number') return '';
  const among = siblingsOf(roots, change.node) ?? [];
  const at = among.indexOf(change.node);
  const [before, after] = [among[at - 1]?.code, among[at + 1]?.code];
  const meant = `${change.from}0`;
  if (before === undefined || after === undefined || nextNumber(before) !== meant || nextNumber(meant) !== after) return '';
  return ` Dòng này đứng giữa ${before} và ${after}: có lẽ là «${meant}», bảng tính đổi thành số ${change.from}; nếu đúng, sửa mã thành «${meant}» trên trang «Tiêu chí» của tệp .xlsx xuất ra.`;
}

/** The rows a node stands among: its parent's children, or the top rows. */
function siblingsOf(nodes: Node[], node: Node): Node[] | undefined {
  if (nodes.includes(node)) return nodes;
  for (const n of nodes) {
    const found = siblingsOf(n.children, node);
    if (found) return found;
  }
  return undefined;
}

/**
 * Rows without points under an item with points describe it (C3.1 → C3.1.1 → C3.1.1.1, text only; «2.2.7» under
 * «2.2 Điểm trừ»; words in the points cell, «theo thực tế», too): their words join its note, and they are not children
 * worth 0. Said once at each item, whichever of its rows the described rows stood under; each row keeps the item it
 * describes, so its own cell says the same.
 */
function foldDescriptions(sheet: SheetReader, top: Node, later: (say: () => void) => void): void {
  const scored = (n: Node): boolean => hasPoints(n) || n.children.some(scored);
  const described = new Map<Node, Node[]>();
  const fold = (node: Node, owner: Node | undefined): void => {
    const mine = hasPoints(node) ? node : owner;
    node.children = node.children.filter((k) => {
      if (mine && !scored(k)) {
        described.set(mine, [...(described.get(mine) ?? []), k]);
        return false;
      }
      fold(k, mine);
      return true;
    });
  };
  fold(top, undefined);
  const texts = (k: Node): string[] => [[k.code, k.title].filter(Boolean).join(' '), ...k.notes, ...k.children.flatMap(texts)];
  const rows = (k: Node): Node[] => [k, ...k.children.flatMap(rows)];
  for (const [mine, folded] of described) {
    mine.notes.push(...folded.flatMap(texts));
    const all = folded.flatMap(rows);
    for (const k of all) k.describes = mine;
    later(() => sheet.note(mine.codeCell.address, `Mục ${mine.code} có điểm; các dòng ${all.map((k) => k.code).join(', ')} dưới nó không ghi điểm: đọc là lời mô tả của mục ${mine.code}, không phải mục con.`));
  }
}

// Made for issue 55 item 4: the scoring table's reading split into passes; this one nests the rows into the tree
// their numbering draws (a province's a1…a9 with a1.1 deductions, a school's I / 1 / a, parts A / B / C over I / II);
// and for «B. ĐIỂM TRỪ» after «VIII. ĐIỂM THƯỞNG…» (test/criteria/officer-files.test.ts (c)): its deductions read as the
// bonus part's rows «VIII.1-2»…; and for a school's table whose bonus and deduction parts are headed
// after its «Tổng điểm | 100» by rows with no number («Điểm thưởng (không quá 5 điểm, cộng vào tổng điểm)», «Điểm trừ»),
// read before as rows of its last part (test/criteria/unnumbered-bonus-parts.test.ts).
