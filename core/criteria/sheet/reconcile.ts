// The set the reader built, held to the figures its table states (stated-figures.ts), as a bookkeeper reconciles a
// ledger with its statement: each stated figure beside what thidua reads for it, ✔ or the difference in words naming
// the rows involved («Bảng ghi tổng 100 điểm; thidua đọc được 30 — phần III.1, III.2 chưa vào bộ tiêu chí (dòng
// 41–52)»). Every face opens the confirmation with it (reconciliationLines), so no difference waits deep in the tree.
import { z } from 'zod';
import { normalizeLabel, ROMAN_NUMERALS, short } from '../../text.js';
import { formatPoints } from '../../values.js';
import type { AchievedColumn, AddsInBase, GradingRead, UnreadColumn } from './sheet-reader.js';
import { levelsInCell } from './cell-levels.js';
import type { CriteriaSet, Criterion } from '../schema.js';
import { partNamed, StatedFigure, within, type Stated, type TableRow } from './stated-figures.js';
import { levelText } from './layouts/scoring-table/own-rows.js';
import { partCodes, undotted } from './tree-codes.js';
import { bonusWritten, mixedCap, outsideOf, understoodSet, type UnderstoodGroup } from './understood.js';

export const ReconciledFigure = z
  .object({
    figure: StatedFigure,
    /** What thidua reads for the figure; null when nothing of the set stands for it. */
    reads: z.number().nullable(),
    agrees: z.boolean(),
    /** The line every face shows: the figure, where it is stated, what thidua reads, and ✔ or the difference. */
    text: z.string().min(1),
  })
  .strict();
export type ReconciledFigure = z.infer<typeof ReconciledFigure>;

export const Reconciliation = z
  .object({
    /** Every figure the table states, in its order, each reconciled. */
    figures: z.array(ReconciledFigure),
    /** Every figure agrees (also true when the table states none: then `summary` says there is nothing to hold it to). */
    agrees: z.boolean(),
    /** One line: all agree, none stated, or how many differ. */
    summary: z.string().min(1),
  })
  .strict();
export type Reconciliation = z.infer<typeof Reconciliation>;

const n = formatPoints;
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
/** Words compared as the reader keeps them: a number left at their start («1 Đi học…») aside. */
const key = (s: string) => normalizeLabel(s.replace(/\s+/g, ' ')).replace(/^\d+(?:\.\d+)*\s+/, '');
// The passes that say a line of the reconciliation quote words as it does.
export { short };

/** A criterion as a row's note names it: «tiêu chí DTI-11 «…» (4 điểm)». */
export const criterionWords = (c: Criterion) => `tiêu chí ${c.code} «${short(c.title)}» (${formatPoints(c.maxPoints)} điểm)`;

/** The criterion read from each row (`rowOf`: the row each criterion was read from), for the passes that say a row. */
export function criteriaByRow(set: CriteriaSet, rowOf?: ReadonlyMap<string, number>): (row: number) => Criterion | undefined {
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  const at = new Map([...(rowOf ?? [])].flatMap(([code, row]) => (byCode.has(code) ? [[row, byCode.get(code)!] as const] : [])));
  return (row) => at.get(row);
}

/** «dòng 41–52», «dòng 41–46, 48–52»: rows as the officer finds them. */
function rowsText(spans: [number, number][]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return `dòng ${merged.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')}`;
}

/** Past this many row × criterion pairs the rows are walked a few ahead at a time instead (a hostile sheet of 100,000 rows). */
const ALIGNED_PAIRS = 4_000_000;

/**
 * Rows and what they became, in order together (criteria and groups keep the table's order): a row is one whose words
 * it writes, words written twice («Đạt», «Tốt») each to their own row. As many rows as can be are paired, in order: a row
 * that became no criterion (words read as the item above's) does not take the criterion of a later row with the same
 * words («Nội dung b» of section I taking section II's, and every row between left unpaired).
 */
function align<T>(rows: readonly TableRow[], things: readonly T[], words: (t: T) => string, code: (t: T) => string): Map<number, T> {
  const rowKeys = rows.map((r) => key(r.title));
  // A row whose cell closes with its levels is known by its name above them, as its criterion is (cell-levels.ts).
  const named = rows.map((r) => {
    const read = levelsInCell(r.title);
    return read && key(read.title);
  });
  const thingKeys = things.map((t) => key(words(t)));
  const same = (i: number, j: number) => rowKeys[i] === thingKeys[j] || named[i] === thingKeys[j] || (rows[i]!.title === '' && code(things[j]!) === rows[i]!.code);
  const at = new Map<number, T>();
  const [n, m] = [rows.length, things.length];
  if ((n + 1) * (m + 1) > ALIGNED_PAIRS) {
    let j = 0;
    for (let i = 0; i < n; i++) {
      let k = j;
      while (k < Math.min(m, j + 25) && !same(i, k)) k++;
      if (k === Math.min(m, j + 25)) continue;
      at.set(rows[i]!.row, things[k]!);
      j = k + 1;
    }
    return at;
  }
  // most[i][j]: the most pairs rows i… and things j… make in order.
  const w = m + 1;
  const most = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) most[i * w + j] = same(i, j) ? 1 + most[(i + 1) * w + j + 1]! : Math.max(most[(i + 1) * w + j]!, most[i * w + j + 1]!);
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(i, j)) {
      at.set(rows[i]!.row, things[j]!);
      i++;
      j++;
    } else if (most[(i + 1) * w + j]! >= most[i * w + j + 1]!) i++;
    else j++;
  }
  return at;
}

/** «1.2» under «1», «a1» under «a», «C1.1» under «C1»: a code that extends another (never «10» under «1»). */
const extends_ = (code: string, parent: string) => {
  const escaped = parent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return code.startsWith(`${parent}.`) || (/\p{L}$/u.test(parent) && new RegExp(`^${escaped}\\d`, 'u').test(code)) || (/^\d+$/.test(parent) && new RegExp(`^${escaped}\\p{Ll}$`, 'u').test(code));
};

/**
 * The code a row written `code` has among the reader's codes, from the first criterion under it: `code` itself when
 * that criterion extends it («1.2» under «1»), else the prefix of that criterion's code ending in it («A.I.1» for a
 * row «1» over «A.I.1.a»).
 */
function ownPrefix(first: string, code: string): string | undefined {
  if (extends_(first, code)) return code;
  const parts = first.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const prefix = parts.slice(0, i).join('.');
    if (prefix.endsWith(`.${code}`)) return prefix;
  }
  return undefined;
}

/**
 * A row read as the criterion's own (own-rows.ts): the line its points stand on (its words in the criterion's note,
 * its points the criterion's), one of its deductions (listed in its note «Điểm trừ của mục: …»), one of its own
 * numbered bonus and deduction lines (Criterion.own), or one of the dashed rows that guide its scoring.
 */
function ownRowOf(c: Criterion, f: StatedFigure): string | undefined {
  const words = f.title.replace(/^[-–—•*+]\s*/, '').trim();
  // «a.7.1» as typed is line a7.1 (tree.ts reads the dot after the letter away); a row without a number, by its words;
  // «1.1» under item «1» of section II is line II.1.1 (the reader's code leads with the parts above).
  const typed = undotted(f.code) ?? f.code;
  const line = c.own?.lines.find((l) => (f.code === '' ? words !== '' && l.title === words : l.code === typed || l.code.endsWith(`.${typed}`)));
  if (line && same(line.maxPoints, f.value)) return `một dòng ${line.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} của mục ${c.code}`;
  // A level lettered under a line («a … +0,5» under 3.3.2.1), named with its points in the line's title (own-rows.ts).
  const level = /^\p{Ll}$/u.test(f.code) ? c.own?.lines.find((l) => l.title.includes(levelText(f.code, words, f.value))) : undefined;
  if (level) return `mức ${f.code} của dòng ${level.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ'} ${level.code}, mục ${c.code}`;
  if (words === '' || !c.note?.includes(words)) return undefined;
  if (f.counts === 'deduction' && c.note.includes(`${words} (trừ ${n(f.value)} điểm`)) return `một điểm trừ của mục ${c.code}`;
  // A dashed row guiding how the item is scored by hand (settle.ts: «Hướng dẫn chấm: Có văn bản hướng dẫn (0,5 điểm); …»).
  if (c.rule.kind === 'manual' && c.note.includes('Hướng dẫn chấm: ') && c.note.includes(`${words} (${n(f.value)} điểm)`)) return `một dòng hướng dẫn chấm của mục ${c.code}`;
  if (f.counts === 'base' && c.rule.kind !== 'tiers' && same(c.maxPoints, f.value)) return `điểm của mục ${c.code}, ghi ở dòng mô tả của nó`;
  return undefined;
}

/**
 * A figure on the row the reader made a group's heading, where no criterion stands: that group's, held as a part's
 * figure («1 | Tiêu chuẩn 1 … | 80» over sub-parts «a», «b» and their items a1…, where no row numbered «1.1» says it is
 * a part), not an item that became nothing.
 */
const asGroupHeading = (groupAt: ReadonlyMap<number, UnderstoodGroup>, criterionAt: ReadonlyMap<number, Criterion>) => (f: StatedFigure): StatedFigure =>
  f.kind === 'item' && groupAt.has(f.row) && !criterionAt.has(f.row) ? { ...f, kind: 'part' } : f;

/**
 * A row numbered as a sub-part («I.1») that the reader made one criterion with no rows of its own: an item, said as an
 * office table's items are («Mục I.1 ghi 15 điểm (ô F39)»), never «Phần I.1» — every row of our own «Tiêu chí» sheet's
 * table is coded so. A bonus or deduction part read as one criterion stays a part: its words are held to its kind; so
 * does a row without a number held as a part by its levels below (a content group over one indicator).
 */
const asOwnItem = (criterionAt: ReadonlyMap<number, Criterion>, groupAt: ReadonlyMap<number, UnderstoodGroup>, inRows: (p: StatedFigure) => Criterion[]) => (f: StatedFigure): StatedFigure =>
  f.kind === 'part' && f.counts === 'base' && f.code !== '' && criterionAt.has(f.row) && !groupAt.has(f.row) && inRows(f).length === 0 ? { ...f, kind: 'item' } : f;

type Part = Exclude<StatedFigure['counts'], 'base'>;
const partWord = (counts: StatedFigure['counts']) => (counts === 'bonus' ? 'điểm cộng' : counts === 'deduction' ? 'điểm trừ' : '');
const kindOf = (c: Criterion): StatedFigure['counts'] => (c.rule.kind === 'bonus' ? 'bonus' : c.rule.kind === 'deduction' ? 'deduction' : 'base');

/** Why a part differs, gathered for the total's line. */
type Why = { code: string; span: [number, number]; kind: 'missing' | 'merged' | 'inside' | 'intoBase' | 'other'; into?: string; said?: string };

/**
 * `rowOf`: the row each criterion was read from, by code, when the layout says it (an office's table); else each row is
 * paired with a criterion by its words (align). `said`: what the layout could not hold the set to, to be named before the figures — columns of figures it did not read,
 * a set it read with no base row of its own inference, and a points column read as the maximum that looks like a
 * unit's results (its figures agree with one another whatever they are: that they are maxima no sum can tell); `words`:
 * the line of the columns of words the layout did not read, said after the figures; `cap`: the cap the table states on
 * its total (total-cap.ts), said last.
 */
export function reconcile(set: CriteriaSet, stated: Stated, rowOf?: ReadonlyMap<string, number>, doubts?: ReadonlyMap<string, string>, said: { tables?: string; unread?: readonly UnreadColumn[]; noBase?: boolean; addsInBase?: AddsInBase; achieved?: AchievedColumn; grading?: GradingRead; hidden?: string; marked?: string; between?: string; words?: string; figures?: string; underTotal?: string; named?: string; cap?: string } = {}): Reconciliation {
  const unread = said.unread ?? [];
  const u = understoodSet(set);
  const byRow = rowOf && new Map(set.criteria.flatMap((c) => (rowOf.has(c.code) ? [[rowOf.get(c.code)!, c] as const] : [])));
  const criteriaOf = (rows: readonly TableRow[], code: (c: Criterion) => string) =>
    byRow ? new Map(rows.flatMap((r) => (byRow.has(r.row) ? [[r.row, byRow.get(r.row)!] as const] : []))) : align(rows, set.criteria, (c) => c.title, code);
  // A criterion is read from a row with points (a heading above it may write the same words).
  const criterionAt = criteriaOf(stated.rows.filter((r) => r.points), (c) => c.code);
  const groupAt = align(stated.rows, u.groups, (g) => g.title, (g) => g.id);
  // A criterion read from a row without points (an item over its levels, which hold the points).
  const headingAt = criteriaOf(stated.rows.filter((r) => !r.points), () => '\u0000');
  // A part's own rows: numbered below it («1», «1.2», «a») or from its number («C1» under «C»), not another part's
  // items written after it («H1» after «G»: criteria of our own sheet, coded by their groups).
  const codeAt = new Map(stated.rows.map((r) => [r.row, r.code]));
  const inRows = (p: StatedFigure) => [...criterionAt].filter(([r]) => {
    const code = codeAt.get(r) ?? '';
    return r > p.row && r <= (p.lastRow ?? p.row) && (code === '' || /^(?:\d+\p{Ll}?|\p{Ll})[.\d]*$/u.test(code) || extends_(code, p.code));
  }).map(([, c]) => c);
  const whys: Why[] = [];
  // The cell of the figure each group is held to (its heading's, or a «Mức điểm tối đa Tiêu chí 1» row's), for the
  // lines that name the group's maximum away from that figure.
  const heldAt = new Map<UnderstoodGroup, string>();
  // And the figure itself: a bonus part's «(Tối đa +15 điểm)» the set may not take as the group's maximum (its rows'
  // sum taken instead), which a unit still reads as what the part gives.
  const heldTo = new Map<UnderstoodGroup, number>();
  // A maximum an item's words write is held to the criterion read from its row (a part's, or a row the reader made a
  // group's heading, to its group: «1 | Tiêu chuẩn 1: … (80 điểm)» over sub-parts «a», «b»); a row read otherwise (a
  // level, an item's own line) is held by its points cell alone, the words' cap being that line's own rule.
  // A row's own points figure (its points cell), beside which its words may write another (wordsApart).
  const cellOf = (f: StatedFigure) => stated.figures.find((g) => g.row === f.row && !g.inWords && !g.beside);
  const held = stated.figures.filter((f) => !f.inWords || f.level || f.kind === 'part' || criterionAt.has(f.row) || groupAt.has(f.row));
  const figures = held.map(asGroupHeading(groupAt, criterionAt)).map(asOwnItem(criterionAt, groupAt, inRows)).map((f): ReconciledFigure => {
    const where = `ô ${f.cell}`;
    const label =
      f.kind === 'title' ? (f.cell ? `Tiêu đề bảng ghi tối đa ${n(f.value)} điểm (${where})` : `Tiêu đề văn bản ghi tối đa ${n(f.value)} điểm (đoạn «${short(f.title)}» trên bảng)`)
      : f.kind === 'total' ? `Dòng «${short(f.title)}» ghi ${n(f.value)} điểm (${where})`
      : f.kind === 'part' ? `Phần${f.code ? ` ${f.code}` : ''}${f.title ? ` «${short(f.title)}»` : ''}${f.counts === 'base' ? '' : ` (${partWord(f.counts)})`} ghi ${f.inWords ? 'trong lời ' : ''}${f.counts === 'base' ? '' : 'tối đa '}${n(f.value)} điểm (${where})`
      : f.level ? `Lời của dòng ${f.row} «${short(f.title)}» ghi ${n(f.value)} điểm (${where})`
      : `Mục ${f.code || `ở dòng ${f.row}`} ghi ${f.beside ? (f.counts === 'bonus' ? 'thưởng ' : 'trừ ') : f.inWords ? 'trong lời tối đa ' : ''}${n(f.value)} điểm (${where})`;
    const line = (reads: number | null, agrees: boolean, why?: string): ReconciledFigure => ({
      figure: f,
      reads,
      agrees,
      text: `${label}; ${reads === null ? 'thidua không đọc được số nào cho nó' : `thidua đọc được ${n(reads)}`}${agrees ? ` ✔${why ? ` (${why})` : ''}` : ` — ${why}`}`,
    });
    if (f.kind === 'title' || f.kind === 'total') {
      // A figure that counts the bonus is shown beside what was read with it: never «ghi 100; đọc được 95 ✔».
      const withBonus = !same(u.total, f.value) && u.bonusMax > 0 && same(u.total + u.bonusMax, f.value);
      return withBonus ? line(u.total + u.bonusMax, true, `${n(u.total)} điểm, cộng ${n(u.bonusMax)} điểm thưởng`) : line(u.total, same(u.total, f.value));
    }
    // A figure over rows the reader could not tell apart (unmarked lists: said at the cell): not held as agreeing.
    const doubt = doubts?.get(f.cell);
    // Read as a group of those rows all the same (their numbered row after them goes on from it): what they add up to.
    const doubted = doubt ? groupAt.get(f.row) : undefined;
    if (doubted && !criterionAt.has(f.row)) return line(doubted.counted, false, `${doubt}: thidua đọc các dòng ấy là các mục của nhóm ${doubted.id}, cộng được ${n(doubted.summed)}${doubted.counted < doubted.summed - 1e-9 ? `, tính ${n(doubted.counted)}` : ''} (xem ghi chú ở ô)`);
    if (doubt) return line(criterionAt.get(f.row)?.maxPoints ?? null, false, `${doubt} (xem ghi chú ở ô)`);
    if (f.kind === 'part') return part(f);
    const c = criterionAt.get(f.row);
    // A bonus or a deduction written beside the points of a criterion's own row (stated-figures.ts): not its maximum.
    if (c && f.beside) return f.counts === 'bonus' ? bonusBeside(c) : deductionBeside(c);
    if (c && f.level) return wordsApart(c.maxPoints);
    // Points so many each time («3 | Cộng 3 điểm/1 đơn vị»): what each occurrence gives, the maximum the part's.
    const each = c && 'pointsEach' in c.rule ? c.rule.pointsEach : undefined;
    if (c && each !== undefined && !same(c.maxPoints, f.value) && same(each, f.value)) return line(each, true, `${n(each)} điểm mỗi ${c.unit}, mục ${c.code} tối đa ${n(c.maxPoints)} điểm`);
    if (c) return line(c.maxPoints, same(c.maxPoints, f.value), same(c.maxPoints, f.value) ? undefined : `thidua đọc mục ${c.code} tối đa ${n(c.maxPoints)} điểm`);
    // A parent whose rows below extend its number: worth what they add up to. Its number may be written short, the
    // reader's code of its rows led by the parts above it («1» over «A.I.1.a»).
    const [firstRow, first] = [...criterionAt].find(([r]) => r > f.row) ?? [];
    const own = f.code === '' || !first ? undefined : ownPrefix(first.code, f.code);
    const childrenOf = (code: string) => [...criterionAt].filter(([r, k]) => r > f.row && extends_(k.code, code)).map(([, k]) => k);
    const sumOf = (children: readonly Criterion[]) => children.filter((k) => kindOf(k) === 'base').reduce((s, k) => s + k.maxPoints, 0);
    const children = own === undefined ? [] : childrenOf(own);
    // The deduction rows of a frame granted by default under their heading («1 Chấp hành Nội quy lao động | 20»): the
    // frame's points they take from, in the total.
    const frame = children.length > 0 && children.every((k) => kindOf(k) === 'deduction') ? u.groups.find((g) => g.granted && g.id === children[0]!.group && children.every((k) => k.group === g.id)) : undefined;
    if (frame && same(frame.counted, f.value)) return line(frame.counted, true, `điểm có sẵn của nhóm ${frame.id}: các mục ${children.map((k) => k.code).join(', ')} trừ vào đó`);
    if (children.length > 0) {
      const sum = sumOf(children);
      return line(sum, same(sum, f.value), same(sum, f.value) ? `cộng các mục ${children.map((k) => k.code).join(', ')}` : `các mục ${children.map((k) => k.code).join(', ')} cộng được ${n(sum)}`);
    }
    // A level of the criterion above (choose one): its points are one of that criterion's levels. The criterion may
    // be read from a heading row without points of its own, its levels below it holding them.
    const before = [...criterionAt, ...headingAt].filter(([r]) => r < f.row).sort((a, b) => b[0] - a[0]).map(([, c]) => c);
    const above = before[0];
    // A row the reader made an item's own (own-rows.ts): its measure line, or one of its deductions (the item's bonus
    // rows, criteria of their own, may stand between them).
    const mine = before.flatMap((c) => (c === above || (f.code !== '' && extends_(f.code, c.code))) ? [ownRowOf(c, f)] : []).find((x) => x !== undefined);
    if (mine) return line(f.value, true, mine);
    if (above?.rule.kind === 'tiers') {
      // A level's deduction written beside its points: the level that takes them (level-takes.ts).
      if (f.beside && f.counts === 'deduction' && (f.code === '' || extends_(f.code, above.code))) {
        const taking = above.rule.tiers.some((t) => same(t.points, -f.value));
        return taking ? line(-f.value, true, `mức bị trừ ${n(f.value)} điểm của mục ${above.code}`) : line(null, false, `dòng ${f.row} được đọc là một mức của mục ${above.code}, nhưng mục ${above.code} không có mức nào bị trừ ${n(f.value)} điểm (các mức: ${above.rule.tiers.map((t) => n(t.points)).join(' / ')})`);
      }
      // The level's words writing other points than its cell: the cell's level is the one read (its figure's line says which).
      if (f.level) return wordsApart(above.rule.tiers.find((t) => same(t.min, cellOf(f)?.value ?? Number.NaN))?.points ?? null);
      if (f.value === 0 || above.rule.tiers.some((t) => same(t.points, f.value))) return line(f.value, true, `một mức của mục ${above.code}`);
      // A level written above its item's maximum, reached by its figure and giving the item's maximum (settle.ts).
      const capped = above.rule.tiers.find((t) => same(t.min, f.value) && t.points < f.value);
      if (capped) return line(capped.points, false, `một mức của mục ${above.code}, tính ${n(capped.points)} điểm: không quá điểm tối đa ${n(above.maxPoints)} của mục`);
      // Unnumbered, or numbered under it: read as one of its levels, which has not these points.
      if (f.code === '' || extends_(f.code, above.code)) {
        return line(null, false, `dòng ${f.row} được đọc là một mức của mục ${above.code}, nhưng mục ${above.code} không có mức ${n(f.value)} điểm (các mức: ${above.rule.tiers.map((t) => n(t.points)).join(' / ')})`);
      }
    }
    // Unnumbered («Tham gia … phát triển kinh tế | 7» over «+ … 4», «+ … 3»): the parent the reader coded the criteria
    // right under it by, when they add up to its figure exactly.
    const under = f.code === '' && first && stated.rows.find((r) => r.row > f.row)?.row === firstRow ? childrenOf(first.code.split('.').slice(0, -1).join('.')) : [];
    if (under.length > 0 && same(sumOf(under), f.value)) return line(f.value, true, `cộng các mục ${under.map((k) => k.code).join(', ')}`);
    return line(null, false, `dòng ${f.row} không thành tiêu chí nào của bộ`);

    /**
     * The points a row's words close with against its points cell's (stated-figures.ts): the table writes two figures for
     * one row and thidua takes one, the cell's — the points column is where the table writes each row's points, words
     * are read for them only when it is empty — so said as a difference, both cells named, and how to change it.
     */
    function wordsApart(reads: number | null): ReconciledFigure {
      const cell = cellOf(f);
      const typed = cell ? `ô ${cell.cell} ghi ${n(cell.value)}` : 'ô điểm ghi số khác';
      return line(reads, false, `${typed}: thidua dùng số ở ô điểm, không dùng số trong lời (cột điểm là nơi bảng ghi điểm của từng dòng; lời chỉ được đọc khi ô điểm để trống). Nếu lời mới đúng, sửa ${cell ? `ô ${cell.cell}` : 'ô điểm'} rồi nhập lại`);
    }

    function deductionBeside(c: Criterion): ReconciledFigure {
      const cap = c.own?.deductionCap;
      if (cap !== undefined && same(cap, f.value)) return line(cap, true, `tổng điểm trừ của mục ${c.code} không quá ${n(cap)}`);
      const lines = c.own?.lines.filter((l) => l.kind === 'deduction').map((l) => l.code) ?? [];
      const own = lines.length === 0 ? '' : `; điểm trừ của mục theo các dòng ${lines.join(', ')}${cap === undefined ? '' : `, không quá ${n(cap)}`}`;
      return line(null, false, `số trừ này không thành điểm trừ nào: mục ${c.code} tối đa ${n(c.maxPoints)} điểm${own}`);
    }

    /**
     * A bonus written beside an item's points («a4 | … | 3,5 | 2»): held to the most the item's bonus lines add — its
     * cap, else each line once (one of a «một trong các trường hợp» set) — and said when they add another, or none.
     */
    function bonusBeside(c: Criterion): ReconciledFigure {
      const lines = c.own?.lines.filter((l) => l.kind === 'bonus') ?? [];
      const cap = c.own?.bonusCap;
      const oneOf = c.own?.oneOf?.filter((set) => set.some((code) => lines.some((l) => l.code === code))) ?? [];
      const alone = lines.filter((l) => !oneOf.some((set) => set.includes(l.code))).reduce((s, l) => s + l.maxPoints, 0);
      const most = cap ?? oneOf.reduce((s, set) => s + Math.max(...lines.filter((l) => set.includes(l.code)).map((l) => l.maxPoints)), alone);
      const named = lines.map((l) => `${l.code} (${n(l.maxPoints)})`).join(', ');
      if (lines.length === 0 && cap === undefined) return line(null, false, `số thưởng này không thành điểm thưởng nào: mục ${c.code} tối đa ${n(c.maxPoints)} điểm, không có dòng điểm thưởng`);
      if (same(most, f.value)) return line(most, true, cap !== undefined ? `tổng điểm thưởng của mục ${c.code} không quá ${n(cap)}` : `điểm thưởng của mục ${c.code} theo các dòng ${named}`);
      return line(most, false, `điểm thưởng của mục ${c.code} theo các dòng ${named}${cap === undefined ? '' : `, không quá ${n(cap)}`}: đơn vị đạt đủ các dòng được cộng ${n(most)} điểm`);
    }

    function part(p: StatedFigure): ReconciledFigure {
      const span: [number, number] = [p.row, p.lastRow ?? p.row];
      // «TỔNG ĐIỂM PHẦN 1» under its part: that part's group, by its number.
      const g = groupAt.get(p.row) ?? (p.lastRow === undefined ? u.groups.find((x) => partCodes(p.code).includes(x.id)) : undefined);
      if (g && !heldAt.has(g)) {
        heldAt.set(g, p.cell);
        heldTo.set(g, p.value);
      }
      if (g) return ofGroup(p, g);
      // A bonus row without points of its own inside a part (scoring-table/bonus-row.ts): the criterion read from it.
      const c = criterionAt.get(p.row) ?? (p.counts === 'bonus' && headingAt.get(p.row)?.rule.kind === 'bonus' ? headingAt.get(p.row) : undefined);
      const all = inRows(p);
      const rows = rowsText([span]);
      if (c && all.length === 0) {
        const kind = kindOf(c);
        // A row whose words say nothing of bonus or deduction is held to its number only (our own sheet names the kind
        // in its «Cách tính», not its words); one that says «điểm cộng» or «điểm trừ» is held to that too.
        if (p.counts !== 'base' && kind !== p.counts) {
          whys.push({ code: p.code, span, kind: kind === 'base' ? 'intoBase' : 'other', said: `được đọc là ${partWord(kind)}` });
          return line(c.maxPoints, false, kind === 'base' ? `thidua tính mục ${c.code} vào tổng điểm, không phải ${partWord(p.counts)}` : `thidua đọc mục ${c.code} là ${partWord(kind)}, không phải ${partWord(p.counts)}`);
        }
        // An item read as one criterion of levels (choose one): what it gives is its highest level.
        const levels = c.rule.kind === 'tiers' ? ` (chọn một mức: ${c.rule.tiers.map((t) => n(t.points)).join(' / ')})` : '';
        return line(c.maxPoints, same(c.maxPoints, p.value), same(c.maxPoints, p.value) ? undefined : `thidua đọc mục ${c.code} tối đa ${n(c.maxPoints)} điểm${levels}`);
      }
      if (c) {
        // Its heading read as an item beside its own items: counted twice, and no group of its own.
        const twice = c.maxPoints + all.filter((k) => kindOf(k) === 'base').reduce((s, k) => s + k.maxPoints, 0);
        whys.push({ code: p.code, span, kind: 'merged', into: c.group });
        return line(twice, false, `dòng tiêu đề của phần được đọc thành mục ${c.code}, cạnh các mục của nó (${rows}), cả hai trong nhóm ${c.group}`);
      }
      if (all.length === 0) {
        // A bonus or deduction part is outside the base total: no reason for the total's difference.
        if (p.counts === 'base') whys.push({ code: p.code, span, kind: 'missing' });
        return line(null, false, `chưa vào bộ tiêu chí (${rows})`);
      }
      const into = [...new Set(all.map((k) => k.group))];
      // Within a part above it (a section of a part, an item's sub-parts), or under the heading of the one group its
      // items went to: its items are what it counts — «Điểm cộng» there is the points a part's items add, not a bonus.
      // «III.1», «IV.A» are part III's, IV's: under another group's heading not within that group — unless that part's
      // own row («I. Nhóm 1», no figure of its own) stands under the group's heading (B's «I», its «I.1» within B).
      const parent = partNamed(p.code);
      const groupRow = into.length === 1 ? [...groupAt].find(([, x]) => x.id === into[0])?.[0] : undefined;
      const parentRow = parent === undefined ? undefined : stated.rows.findLast((r) => r.row < p.row && r.code === parent)?.row;
      const heading = groupRow !== undefined && (parent === undefined || parent === into[0] || (parentRow !== undefined && parentRow > groupRow)) ? groupRow : undefined;
      const inside = (heading !== undefined && heading < p.row) || stated.figures.some((q) => q.kind === 'part' && q.row < p.row && within(q, p) && (q.lastRow ?? q.row) >= p.row);
      const counts = all.some((k) => kindOf(k) === p.counts) || !inside ? p.counts : 'base';
      const mine = all.filter((k) => kindOf(k) === counts);
      const sum = mine.reduce((s, k) => s + k.maxPoints, 0);
      if (inside) {
        const group = u.groups.find((x) => x.id === into[0])!;
        // Each bonus or deduction within its cap; the base items of a sub-part as their group caps them.
        const capped = counts === 'base' ? into.length === 1 && group.counted <= p.value + 1e-9 : mine.every((k) => k.maxPoints <= p.value + 1e-9);
        const agrees = same(sum, p.value) || capped;
        if (!agrees) whys.push({ code: p.code, span, kind: 'inside', said: `ghi ${n(p.value)}, các mục cộng được ${n(sum)}` });
        const why = same(sum, p.value) ? undefined : capped ? (counts === 'base' ? `các mục cộng được ${n(sum)}; nhóm ${group.id} tính tối đa ${n(group.counted)}` : `mỗi mục tối đa ${n(p.value)}`) : `các mục của nó (${rows}) cộng được ${n(sum)}`;
        return line(sum, agrees, why);
      }
      if (mine.length === 0) {
        whys.push({ code: p.code, span, kind: 'intoBase' });
        return line(all.reduce((s, k) => s + k.maxPoints, 0), false, `thidua tính các mục của nó (${rows}) vào tổng điểm, không phải ${partWord(p.counts)}`);
      }
      whys.push({ code: p.code, span, kind: 'merged', into: into.join(', ') });
      const capped = into.map((id) => u.groups.find((x) => x.id === id)!).filter((x) => x.written !== undefined && x.summed > x.written + 1e-9);
      return line(sum, false, `không thành nhóm riêng: các mục của nó (${rows}) được tính trong nhóm ${into.join(', ')}${capped.length > 0 ? `, ${capped.map((x) => `nhóm ${x.id} tính tối đa ${n(x.counted)}`).join(', ')}` : ''}`);
    }

    function ofGroup(p: StatedFigure, g: UnderstoodGroup): ReconciledFigure {
      const span: [number, number] = [p.row, p.lastRow ?? p.row];
      if (p.counts === 'base') {
        // Rows past the part's own (another part's, its heading not taken as a group of its own) read into its group:
        // the group's figure is not the part's, even when the part's maximum caps it.
        // A sub-part written under the part holds rows that are the part's too: one of lower rank before any part of the
        // part's rank, or a part right under a part with no rows of its own that is not the next part («II» on row 13,
        // «C» on row 14; «III» there would be the next part, «III.1» or «IV.A» another part's).
        const next = ROMAN_NUMERALS[(ROMAN_NUMERALS as readonly string[]).indexOf(p.code) + 1];
        const headingOver = (q: StatedFigure) => p.lastRow === p.row && q.row === p.row + 1 && q.code !== next && partNamed(q.code) === undefined;
        const subParts = stated.figures.filter(
          (q) =>
            q.kind === 'part' &&
            q.row > p.row &&
            (headingOver(q) || (within(p, q) && !stated.figures.some((o) => o.kind === 'part' && o.rank !== undefined && o.rank <= p.rank! && o.row > p.row && o.row < q.row))),
        );
        const inSubPart = (r: number) => subParts.some((q) => r > q.row && r <= (q.lastRow ?? q.row));
        const beyond = p.lastRow === undefined || groupAt.get(p.row) !== g ? [] : [...criterionAt].filter(([r, c]) => r > p.lastRow! && c.group === g.id && !inSubPart(r)).map(([r]) => r);
        if (beyond.length > 0) {
          // The total's line names them by the other parts, which differ too.
          const past = rowsText([[beyond[0]!, beyond.at(-1)!]]);
          return line(g.summed, false, `nhóm ${g.id} gồm cả các mục ở ${past}, ngoài các dòng của phần (${rowsText([span])}): các mục cộng được ${n(g.summed)}${g.counted < g.summed - 1e-9 ? `, tính ${n(g.counted)}` : ''}`);
        }
        const outside = g.items.length > 0 && g.items.every((i) => i.part !== 'item');
        if (outside) {
          whys.push({ code: p.code, span, kind: 'other', said: 'được đọc là điểm cộng, điểm trừ, ngoài tổng điểm' });
          return line(0, false, `thidua đọc các mục của nhóm ${g.id} là điểm cộng, điểm trừ, ngoài tổng điểm`);
        }
        // A figure that counts the group's bonus beside its base is shown with what was read with it, as a total's is.
        const bonus = bonusWritten(g);
        if (bonus > 0 && same(g.counted + bonus, p.value)) return line(g.counted + bonus, true, `${n(g.counted)} điểm, cộng ${n(bonus)} điểm thưởng`);
        const why = same(g.counted, p.value) ? (g.summed > g.counted + 1e-9 ? `các mục cộng được ${n(g.summed)}, tính ${n(g.counted)}` : undefined)
          : g.written !== undefined && !same(g.written, g.summed) ? `nhóm ${g.id} ghi ${n(g.written)} điểm, các mục cộng được ${n(g.summed)}: tính ${n(g.counted)}`
          : `các mục của nhóm ${g.id} cộng được ${n(g.summed)}`;
        if (!same(g.counted, p.value)) whys.push({ code: p.code, span, kind: 'other', said: `ghi ${n(p.value)}, thidua tính ${n(g.counted)}` });
        return line(g.counted, same(g.counted, p.value), why);
      }
      const kind: Part = p.counts;
      // A frame granted by default: its points in the total, its rows taking from them (granted-frame.ts).
      if (g.granted && kind === 'deduction') return line(g.counted, same(g.counted, p.value), `điểm có sẵn, tính vào tổng điểm: các dòng của nhóm ${g.id} trừ vào đó, không dưới 0`);
      const items = g.items.filter((i) => i.part === kind);
      const base = g.items.filter((i) => i.part === 'item');
      if (items.length === 0) {
        whys.push({ code: p.code, span, kind: base.length > 0 ? 'intoBase' : 'other', said: `không có mục ${partWord(kind)} nào` });
        return line(base.length > 0 ? g.counted : null, false, base.length > 0 ? `thidua tính các mục của nhóm ${g.id} (${rowsText([span])}) vào tổng điểm, không phải ${partWord(kind)}` : `nhóm ${g.id} không có mục ${partWord(kind)} nào`);
      }
      // What scoring counts of them: their sum, at most the group's maximum when they are all it holds (outsideOf). The
      // part's cap holds when that is the cap, or their sum stays below it uncut; a cap read but not held is said.
      const { summed, counted } = outsideOf(g, kind, items.every((i) => i.recorded === true));
      const cut = counted < summed - 1e-9;
      const agrees = same(counted, p.value) || (counted < p.value && !cut);
      const why = same(counted, p.value) ? (cut ? `các mục cộng được ${n(summed)}, tính ${n(counted)}` : undefined)
        : agrees ? `các mục cộng được ${n(summed)}, không quá ${n(p.value)}`
        : `các mục ${partWord(kind)} của nhóm ${g.id} cộng được ${n(summed)}${cut ? `, tính ${n(counted)}` : ''}`;
      return line(counted, agrees, why);
    }
  });
  // The total's line names the parts that make the difference, said once each; a capped group at its figure's cell.
  const placeOf = headingPlace(heldAt, groupAt);
  for (const f of figures) {
    if (f.agrees || (f.figure.kind !== 'total' && f.figure.kind !== 'title')) continue;
    f.text = `${f.text.replace(/ — .*$/, '')} — ${totalWhy(whys, u.groups, placeOf)}`;
  }
  const points = figures.length;
  // The grades written in words around the table, each beside the lowest score thidua holds for it.
  for (const g of said.grading?.grades ?? []) {
    const agrees = g.reads !== null && same(g.reads, g.value);
    figures.push({
      figure: { kind: 'band', counts: 'base', value: g.value, cell: g.cell, row: g.row, code: '', title: g.label },
      reads: g.reads,
      agrees,
      text: `Xếp loại «${short(g.label)}» ghi ${g.said} (${g.place}); thidua ${g.how}${agrees ? ' ✔' : ''}`,
    });
  }
  const shown = figures.filter((f) => f.figure.kind !== 'item');
  const differ = figures.filter((f) => !f.agrees);
  // Figures kept though what they cap differs, said beside the ✔ and beside the figures that differ too (a group
  // whose own figure differs is said there).
  const differing = new Set(differ.map((f) => groupAt.get(f.figure.row)));
  const kept = u.groups.filter((g) => !differing.has(g));
  const apart = [...overWritten(kept, placeOf), ...kept.flatMap((g) => belowCap(g, heldTo.get(g) ?? g.written, placeOf) ?? [])];
  const items = figures.length - shown.length;
  const grades = shown.filter((f) => f.figure.kind === 'band').length;
  const agreeing = [...shown.filter((f) => f.figure.kind === 'total' || f.figure.kind === 'title').slice(0, 1).map((f) => `tổng ${n(f.figure.value)} điểm`), shown.some((f) => f.figure.kind === 'part') ? `${shown.filter((f) => f.figure.kind === 'part').length} phần` : '', items > 0 ? `${items} số điểm của mục` : '', grades > 0 ? `${grades} mức xếp loại` : ''].filter(Boolean).join(', ');
  const summary =
    points === 0 && differ.length === 0 && grades > 0 ? `Bảng không ghi tổng điểm hay điểm tối đa của phần nào, thidua chấm trên tổng ${n(u.total)} điểm; các mức xếp loại văn bản ghi khớp với điều thidua đọc được ✔ (${agreeing}).`
    : figures.length === 0 ? `Bảng không ghi tổng điểm hay điểm tối đa của phần nào: không có số nào để đối chiếu; thidua chấm trên tổng ${n(u.total)} điểm.`
    : differ.length === 0 ? `Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (${agreeing})${butApart(apart)}.`
    : `Bảng ghi ${figures.length} số; ${differ.length} số khác với điều thidua đọc được: xem từng số dưới đây trước khi xác nhận${apart.length > 0 ? `, cả ${apart.join('; ')}` : ''}.`;
  // «Cộng» beside «Trừ» in a «Loại» column, read in the base: settled by a total the table writes equal to that base.
  const addsInBase = said.addsInBase && !figures.some((f) => (f.figure.kind === 'total' || f.figure.kind === 'title') && same(u.total, f.figure.value)) ? said.addsInBase : undefined;
  // What the figures cannot hold, said before anything agrees, never under a ✔ alone: a column of figures no criterion
  // holds (a «Trọng số (%)»), a set with no row in its base (every row added or taken), «Cộng» rows taken into the
  // base with nothing written to say so; first of all, a points column of a unit's results read as the maxima.
  const achieved = said.achieved;
  const first = [
    // Tables after the sheet's first (second-table.ts): their items not in the set, said before anything else.
    ...(said.tables ? [said.tables] : []),
    // A document's changes still tracked and its hidden text (word-marks.ts): what was read is not what the draft settles.
    ...(said.marked ? [said.marked] : []),
    // Paragraphs between a document's table's parts that no part holds (between-paragraphs.ts): rows read under another part.
    ...(said.between ? [said.between] : []),
    // Figure cells the reader cannot take as written (formula-figures.ts, percent-figures.ts): lost or read as a bare number.
    ...(said.figures ? [said.figures] : []),
    // A bonus or a deduction written as a line under the total row (under-total.ts): no criterion holds it.
    ...(said.underTotal ? [said.underTotal] : []),
    // Groups whose names write other points than their maxima (named-points.ts): the name contradicts what is scored.
    ...(said.named ? [said.named] : []),
    ...(achieved ? [`Cột ${achieved.column} («${short(achieved.label)}», ô ${achieved.cell}) có vẻ ghi điểm đã đạt, không phải điểm tối đa: ${achieved.why}. thidua đọc các số ấy làm điểm tối đa, chấm trên tổng ${n(u.total)} điểm; nếu đây là bảng kết quả, hãy dùng bảng tiêu chí gốc có điểm tối đa (xem ghi chú ở ô ${achieved.cell}).`] : []),
    ...(unread.length === 0 ? [] : [`${unread.map((u, k) => `${k === 0 ? 'Cột' : 'cột'} ${u.column} («${short(u.words)}», ô ${u.cell}) ghi ${u.figures} số`).join('; ')} mà thidua không đọc: các số ấy không vào bộ tiêu chí (xem ghi chú ở ô).`]),
    // A part's one cap over its bonus and deductions that cuts either (understood.ts mixedCap): how it bounds them is read, not stated.
    ...u.groups.flatMap((g) => mixedCap(g, [...groupAt].find(([, x]) => x === g)?.[0]) ?? []),
    ...(said.noBase ? ['Không dòng nào được đọc vào tổng điểm chuẩn (mọi dòng là điểm cộng hoặc điểm trừ, chấm trên tổng 0 điểm): xem ghi chú ở ô tiêu đề bảng.'] : []),
    // Rows the file hides, read all the same (hidden-rows.ts): a criterion dropped this year would be scored.
    ...(said.hidden ? [said.hidden] : []),
    // Grading written around the table that thidua could not read (written-bands.ts): units graded otherwise than it says.
    ...(said.grading?.unread ? [said.grading.unread] : []),
    ...(addsInBase ? [`Cột «${addsInBase.label}» (ô ${addsInBase.cell}) ghi cả «${addsInBase.word}» và «${addsInBase.takes}»: ${addsInBase.rows} dòng «${addsInBase.word}» được đọc vào tổng điểm chuẩn (${n(u.total)} điểm), không phải điểm cộng thêm, và bảng không ghi tổng điểm nào xác nhận (xem ghi chú ở ô).`] : []),
  ];
  // Columns of words no criterion holds («Đơn vị thực hiện»): no figure, so said last, the figures' agreement as it is.
  // The cap the table states on its total (total-cap.ts): what scoring will do with it, the figures' agreement as it is.
  const words = [said.words, said.cap].map((w) => (w ? ` ${w}` : '')).join('');
  if (first.length === 0) return { figures, agrees: differ.length === 0, summary: `${summary}${words}` };
  // Never a ✔ beside what the figures cannot hold: the rest agreeing is said as the rest.
  // Results read as maxima agree with themselves: the sums are said to agree, and what that does not tell.
  const rest =
    figures.length === 0 || differ.length > 0 ? summary
    : achieved ? `Các số bảng ghi khớp với bộ tiêu chí thidua đọc được (${agreeing}), nhưng đó là các số của chính cột ấy cộng lại: khớp không cho biết chúng là điểm tối đa. Xem điều trên trước khi xác nhận.`
    : `Các số khác bảng ghi khớp với bộ tiêu chí thidua đọc được (${agreeing})${butApart(apart)}, nhưng bảng chưa được coi là khớp hết: xem điều trên trước khi xác nhận.`;
  return { figures, agrees: false, summary: `${first.join(' ')} ${rest}${words}` };
}

/**
 * Where a group's written maximum stands, as the officer finds it: the cell of the figure it is held to, else its
 * heading's row (a maximum the table states nowhere the figures are collected); undefined when no row is known.
 */
const headingPlace = (heldAt: ReadonlyMap<UnderstoodGroup, string>, groupAt: ReadonlyMap<number, UnderstoodGroup>) => (g: UnderstoodGroup): string | undefined => {
  const cell = heldAt.get(g);
  const row = [...groupAt].find(([, x]) => x === g)?.[0];
  return cell ? `ô ${cell}` : row === undefined ? undefined : `ô tên phần, dòng ${row}`;
};
type PlaceOf = ReturnType<typeof headingPlace>;

/**
 * Groups whose items add up to more than the figure their heading writes (a maximum changed by hand, or a form's
 * alternatives): the figure is kept and caps them, so it agrees — said beside the ✔ all the same, never under it alone,
 * at the cell the figure was read from, where the officer changes it.
 */
const overWritten = (groups: UnderstoodGroup[], placeOf: PlaceOf): string[] =>
  groups.filter((g) => g.written !== undefined && g.summed > g.written + 1e-9).map((g) => {
    const place = placeOf(g);
    return `nhóm ${g.id} ghi ${n(g.written!)} điểm${place ? ` (${place})` : ''}, các mục cộng được ${n(g.summed)}: tính ${n(g.counted)}`;
  });

/**
 * A group of bonus rows (with deductions or not) whose rows add to less than the maximum it writes, uncut (a row
 * deleted or a figure lowered, the heading's «tối đa 10 điểm» left; or a cap no unit reaches): what a unit gets at most
 * is their sum, not the figure — said at the figure's cell, or the heading's row. Deductions repeat: not held so.
 * `written`: the figure the group is held to where the table writes one (Khánh Hòa's «IV. Điểm thưởng (Tối đa +15
 * điểm)», whose group the set sizes by its rows), else the group's maximum.
 */
function belowCap(g: UnderstoodGroup, written: number | undefined, placeOf: PlaceOf): string | undefined {
  if (written === undefined || g.items.length === 0 || g.items.some((i) => i.part === 'item')) return undefined;
  const { summed, counted } = outsideOf(g, 'bonus', false);
  if (summed === 0 || counted < summed - 1e-9 || summed > written - 1e-9) return undefined;
  const place = placeOf(g) ?? `nhóm «${short(g.title)}»`;
  return `nhóm ${g.id} ghi tối đa ${n(written)} điểm (${place}), các dòng điểm thưởng cộng được ${n(summed)}: cộng thêm tối đa ${n(summed)}`;
}

/** Figures kept though what they cap differs (those groups, bonus parts under their cap), beside the ✔. */
const butApart = (apart: readonly string[]): string => (apart.length === 0 ? '' : `; nhưng ${apart.join('; ')} — xem trước khi xác nhận`);

/** The parts behind a total's difference, in words naming their rows. */
function totalWhy(whys: Why[], groups: UnderstoodGroup[], placeOf: PlaceOf): string {
  const said: string[] = [];
  const of = (kind: Why['kind']) => whys.filter((w) => w.kind === kind);
  const codes = (ws: Why[]) => ws.map((w) => w.code).join(', ');
  if (of('missing').length > 0) said.push(`phần ${codes(of('missing'))} chưa vào bộ tiêu chí (${rowsText(of('missing').map((w) => w.span))})`);
  if (of('merged').length > 0) {
    const into = [...new Set(of('merged').map((w) => w.into!))].join(', ');
    said.push(`phần ${codes(of('merged'))} chưa thành nhóm riêng: các mục (${rowsText(of('merged').map((w) => w.span))}) được tính trong nhóm ${into}`);
  }
  if (of('intoBase').length > 0) said.push(`phần ${codes(of('intoBase'))} là điểm cộng hoặc điểm trừ nhưng được tính vào tổng điểm (${rowsText(of('intoBase').map((w) => w.span))})`);
  for (const w of [...of('other'), ...of('inside')]) said.push(`phần ${w.code} ${w.said ?? 'khác số bảng ghi'} (${rowsText([w.span])})`);
  said.push(...overWritten(groups, placeOf));
  return said.length > 0 ? said.join('; ') : 'thidua cộng điểm tối đa của các tiêu chí (không kể điểm cộng, điểm trừ), mỗi nhóm không quá số nhóm ghi: xem các nhóm dưới đây';
}

/** The reconciliation as lines (the command line; a face's plain copy): the summary, then each figure but items that agree. */
export function reconciliationLines(r: Reconciliation): string[] {
  if (r.agrees) return [r.summary];
  return [r.summary, ...shownFigures(r).map((f) => f.text)];
}

/** The figures a face lists: totals and parts always, an item only where it differs (its agreement is in the summary). */
export const shownFigures = (r: Reconciliation): ReconciledFigure[] => r.figures.filter((f) => f.figure.kind !== 'item' || !f.agrees);

// Made for issue 55 item 1: a reader that holds what it built to what the document states, and says every difference
// first — the orphan sub-parts «III.1», «III.2» scored against 30 where the title says «Thang điểm 100», bonus parts
// counted into the base (107 for 100), a department's 138,5 for 100 — before the officer clicks «Xác nhận».
// Our own «Tiêu chí» sheet read back (import → edit → import): its items, coded «I.1» as sub-parts are, were said
// «Phần I.1 «…» ghi 15 điểm (ô F39) ✔» under «(4 phần)» until 2026-11-30; now as items, as an office table's are.
// A group capped by its figure («nhóm A ghi 30 điểm, các mục cộng được 31: tính 30») was said without that figure's
// cell until 2026-12-01; now at it («(ô C3)»), the academy's «Mức điểm tối đa Tiêu chí 1» row's H21 too.
