// The bonus and deduction lines a table writes under its total row, kept with the set (LineUnderTotal): how each kind
// is said, and the line scoring says on every face while the set has no criterion of its kind — units get none of
// those points, and the officer who imported the table once would otherwise never hear of it again.
import { short } from '../text.js';
import { formatPoints } from '../values.js';
import type { Criterion, CriteriaSet, LineUnderTotal } from './schema.js';

type Kind = LineUnderTotal['kind'];

/** How each kind is said: its points, the criterion it lacks, what scoring then does, the «Cách tính» that scores it. */
export const UNDER_TOTAL_WORDS: Record<Kind, { points: string; criterion: string; unit: string; units: string; rule: string }> = {
  bonus: { points: 'điểm thưởng', criterion: 'tiêu chí thưởng', unit: 'đơn vị không được cộng điểm này', units: 'không đơn vị nào được cộng điểm ấy', rule: 'Cộng điểm' },
  deduction: { points: 'điểm trừ', criterion: 'tiêu chí trừ điểm', unit: 'đơn vị không bị trừ điểm này', units: 'không đơn vị nào bị trừ điểm ấy', rule: 'Trừ điểm' },
};

/** The top block's label of each kind's lines on the «Tiêu chí» sheet (write.ts writes the first; common-parts.ts reads them). */
export const UNDER_TOTAL_LABELS: Record<Kind, readonly string[]> = {
  bonus: ['Điểm thưởng ghi dưới dòng tổng', 'Điểm thưởng dưới dòng tổng'],
  deduction: ['Điểm trừ ghi dưới dòng tổng', 'Điểm trừ dưới dòng tổng'],
};

type Beside = NonNullable<LineUnderTotal['beside']>[number];

/**
 * «bên cạnh mục III.1 «Có mô hình …», III.2 «…»»: the criteria a doubted line was read beside, as the «Tiêu chí»
 * sheet's top block writes them; besideOf reads them back, and the codes alone a set.xlsx wrote before («bên cạnh mục III.1»).
 */
export const besideText = (beside: readonly Beside[]): string => `bên cạnh mục ${beside.map((b) => (b.title === undefined ? b.code : `${b.code} «${b.title}»`)).join(', ')}`;
// A title may hold «» of its own: it ends at the «»» the next code or the cell's end follows.
const BESIDE = /([^\s,«»]+)(?:\s*«(.*?)»)?(?=\s*,\s*[^\s,«»]|\s*$)/gsu;
export function besideOf(text: string): Beside[] | undefined {
  const listed = /^bên cạnh mục\s+(.+)$/isu.exec(text.trim())?.[1];
  return listed === undefined ? undefined : [...listed.matchAll(BESIDE)].map(([, code, title]) => ({ code: code!, ...(title?.trim() && { title: title.trim() }) }));
}

/**
 * Each criterion a line was read beside, with the set's criterion of the line's kind it is now: by its title (it
 * follows a criterion the officer renumbered), else by its code (a title retyped in place); none when both changed.
 */
function besideNow(set: Pick<CriteriaSet, 'criteria'>, line: Pick<LineUnderTotal, 'kind' | 'beside'>): { was: Beside; now: Criterion | undefined }[] {
  const ofKind = set.criteria.filter((c) => c.rule.kind === line.kind);
  const taken = new Set<Criterion>();
  return (line.beside ?? []).map((was) => {
    const left = ofKind.filter((c) => !taken.has(c));
    const titled = left.filter((c) => c.title === was.title);
    const now = titled.find((c) => c.code === was.code) ?? titled[0] ?? left.find((c) => c.code === was.code);
    if (now) taken.add(now);
    return { was, now };
  });
}

/** The line with the criteria it was read beside as the set numbers them now (those not found kept as they were): what the set carries on. */
export function followBeside(set: Pick<CriteriaSet, 'criteria'>, line: LineUnderTotal): LineUnderTotal {
  return line.beside === undefined ? line : { ...line, beside: besideNow(set, line).map(({ was, now }) => (now ? { code: now.code, title: now.title } : was)) };
}

/** Whether the set has no criterion of the line's kind: its points go to no unit. */
export const lacksKind = (set: Pick<CriteriaSet, 'criteria'>, line: { kind: Kind }): boolean => !set.criteria.some((c) => c.rule.kind === line.kind);

/** « tối đa 5 điểm», or nothing when the line writes no cap. */
export const upTo = (cap: number | undefined): string => (cap === undefined ? '' : ` tối đa ${formatPoints(cap)} điểm`);

/** «Cách tính «Cộng điểm», Điểm tối đa 5»: the criterion that would score the line. */
export const ruleWords = (line: Pick<LineUnderTotal, 'kind' | 'maxPoints'>): string =>
  `Cách tính «${UNDER_TOTAL_WORDS[line.kind].rule}»${line.maxPoints === undefined ? '' : `, Điểm tối đa ${formatPoints(line.maxPoints)}`}`;

/**
 * Whether the line was read beside criteria of its kind and the doubt stands: the set has no other of its kind (the
 * officer added none), or one it was read beside is no longer found (code and title both changed, or deleted) —
 * then thidua cannot tell whether a criterion was added for it, and says so rather than guess.
 */
export function doubtStands(set: Pick<CriteriaSet, 'criteria'>, line: Pick<LineUnderTotal, 'kind' | 'beside'>): boolean {
  if (line.beside === undefined || lacksKind(set, line)) return false;
  const now = besideNow(set, line);
  return now.some((b) => b.now === undefined) || now.length === set.criteria.filter((c) => c.rule.kind === line.kind).length;
}

/** «mục III.1, tối đa 5 điểm»: the set's criteria of a kind, as the officer finds them. */
export function criteriaOf(set: Pick<CriteriaSet, 'criteria'>, kind: Kind): string {
  return set.criteria.filter((c) => c.rule.kind === kind).map((c) => `mục ${c.code}, tối đa ${formatPoints(c.maxPoints)} điểm`).join('; ');
}

/**
 * «bên cạnh tiêu chí thưởng (mục III.1, tối đa 5 điểm)», or, where a criterion it was read beside is no longer
 * found, that one and what the set has now: «bên cạnh tiêu chí thưởng mục III.1 «…», nay không còn tiêu chí thưởng
 * nào mang mã hay tên ấy (bộ tiêu chí có tiêu chí thưởng mục IV.1, tối đa 5 điểm)».
 */
export function besideWords(set: Pick<CriteriaSet, 'criteria'>, line: Pick<LineUnderTotal, 'kind' | 'beside'>): string {
  const w = UNDER_TOTAL_WORDS[line.kind];
  const lost = besideNow(set, line).flatMap((b) => (b.now ? [] : [b.was]));
  if (lost.length === 0) return `bên cạnh ${w.criterion} (${criteriaOf(set, line.kind)})`;
  return `${besideText(lost).replace('bên cạnh mục', `bên cạnh ${w.criterion} mục`)}, nay không còn ${w.criterion} nào mang mã hay tên ấy (bộ tiêu chí có ${w.criterion} ${criteriaOf(set, line.kind)})`;
}

/** Where a criterion the line was read beside is no longer found, how the officer points the line at it again: « Nếu mục ấy nay mang mã khác, …». */
export function refollowWords(set: Pick<CriteriaSet, 'criteria'>, line: Pick<LineUnderTotal, 'kind' | 'beside'>, at: string): string {
  const lost = besideNow(set, line).flatMap((b) => (b.now ? [] : [b.was.code]));
  return lost.length === 0 ? '' : ` Nếu ${UNDER_TOTAL_WORDS[line.kind].criterion} ${lost.join(', ')} ấy nay mang mã khác, ghi mã ấy thay «${lost.join(', ')}» ở ${at} để thidua theo nó.`;
}

/** «Bảng tiêu chí ghi điểm thưởng tối đa 5 điểm dưới dòng tổng (ô A10, trang …: «…»)»: the line and where the table wrote it. */
const writtenWords = (l: LineUnderTotal) =>
  `Bảng tiêu chí ghi ${UNDER_TOTAL_WORDS[l.kind].points}${upTo(l.maxPoints)} dưới dòng tổng (${l.where ? `${l.where}: ` : ''}«${short(l.text)}»)`;

/**
 * What is said of a line the set carries, on every face that describes or scores the set: that no criterion scores it
 * (its kind lacks one), or that it may be the criterion of its kind beside it or another (the doubt stands); undefined
 * once the officer has added a criterion of its kind.
 */
function lineSaid(set: Pick<CriteriaSet, 'criteria'>, l: LineUnderTotal): string | undefined {
  const w = UNDER_TOTAL_WORDS[l.kind];
  const written = writtenWords(l);
  const label = `dòng «${UNDER_TOTAL_LABELS[l.kind][0]}» ở phần đầu trang ấy`;
  if (lacksKind(set, l)) {
    return (
      `${written} mà bộ tiêu chí không có ${w.criterion} nào: ${w.units}. Muốn chấm ${w.points} ấy, thêm một ${w.criterion} (${ruleWords(l)}) ` +
      `trên trang «Tiêu chí» của tệp bộ tiêu chí (.xlsx) rồi chấm lại; không chấm thì xoá ${label}.`
    );
  }
  if (!doubtStands(set, l)) return undefined;
  return (
    `${written} ${besideWords(set, l)}: có thể là ${w.criterion} ấy, có thể là một ${w.points} khác không tiêu chí nào chấm — khi ấy ${w.units}.${refollowWords(set, l, `dòng «${UNDER_TOTAL_LABELS[l.kind][0]}» ở phần đầu trang «Tiêu chí»`)} ` +
    `Nếu là ${w.points} khác, thêm một ${w.criterion} (${ruleWords(l)}) trên trang «Tiêu chí» của tệp bộ tiêu chí (.xlsx) rồi chấm lại; nếu là ${w.criterion} đã có, xoá ${label}.`
  );
}

/**
 * One line for each line under the total no criterion is known to score, as scoring says it. A doubted line is said at
 * scoring too: a unit may be owed its points, the officer scoring is often not the one who imported the table, and one
 * deletion or one added criterion ends it.
 */
export function unscoredLines(set: Pick<CriteriaSet, 'criteria' | 'underTotal'>): string[] {
  return (set.underTotal ?? []).flatMap((l) => lineSaid(set, l) ?? []);
}

/** Every line the set carries, for the officer reviewing it (criteria show, the criteria pane): scoring's words, or which criteria of its kind the set has. */
export function carriedLines(set: Pick<CriteriaSet, 'criteria' | 'underTotal'>): string[] {
  return (set.underTotal ?? []).map((l) => lineSaid(set, l) ?? `${writtenWords(l)}; bộ tiêu chí có ${UNDER_TOTAL_WORDS[l.kind].criterion} (${criteriaOf(set, l.kind)}).`);
}

// Made for a commune's table closing «Tổng cộng | 100» with «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình,
// cách làm hay …» under it: imported once into a set.xlsx, then scored all year with it, every unit got 0 bonus with
// nothing said at scoring until 2026-11-30 (test/cli/criteria-import-under-total.test.ts).
