// A numbered criterion's list written without its marks: rows without a number under it whose points are its parts
// («3 | Công tác chuẩn bị … | 10» over «Chuẩn bị nội dung … | 3», «… | 2», … adding up to 10), a part followed by its
// levels stepping down from its points («Có nhiều đảng viên phát biểu … | 5» over «Trên 50% … | 5», «… | 4», «… | 3»).
// A Word form marks them «-» and «+» (rows.ts); left unmarked, only the figures tell them apart, so the marks are given
// only where exactly one reading adds the parts up to what the criterion writes. Anything else is left to the tree as
// it reads unmarked rows (the next item its number was left off, levels of the row above), the doubt said (rows.ts).

/**
 * A row as this pass sees it: whether it has a number of its own (or opens a section), its maximum, its mark where it
 * writes «-» (a part) or «+» (a level) — a list marked only in part («+» before each level, its parts plain, as an
 * app prints its form) is read with those marks kept —, and whether it holds what a plain part does not (another mark,
 * points in words, a bonus or a deduction): a list holding one is left alone.
 */
export type ListRow = { numbered: boolean; points?: number; mark?: '-' | '+'; other: boolean };

/** What a reading makes of each row with points under the criterion: a part, or a level of the part above it. */
type Reading = ('part' | 'level')[];

/** The most rows of one list, and of states walked, told apart by their figures (a form's lists hold a few dozen rows). */
const LONGEST = 200;
const BUDGET = 50_000;

/**
 * The readings of `values` (the points of the rows under a criterion) whose parts add up to `total`: none, the one, or
 * two of them when there are more. Counted from each row and sum once (a long list stepping down has more readings than
 * could be walked one by one).
 */
function readings(values: readonly number[], total: number, marks: readonly ('-' | '+' | undefined)[]): Reading[] {
  const level = (j: number) => marks[j] !== '-';
  // From row k with `sum` so far: how many readings end at `total` (0, 1, or 2 for more), and each way on from there.
  const ways = (k: number): { next: number; made: Reading }[] => {
    const part = values[k]!;
    // A part is worth something: a row of 0 is a level; so is a row marked «+». A row marked «+» after a part is its level.
    if (part <= 0 || marks[k] === '+') return [];
    const on = marks[k + 1] === '+' ? [] : [{ next: k + 1, made: ['part'] as Reading }];
    // Its levels: two or more, the first its own points, each below the one before, none marked «-». A first level
    // marked «+» above them is one raised by hand (the cell's «+ Đạt ít nhất 90 phút» 5 typed 6): still its levels, the
    // figure said where the part is read (node.ts isLevels), never the rows turned into parts.
    const first = values[k + 1];
    if (first !== undefined && (Math.abs(first - part) < 1e-9 || (first > part && marks[k + 1] === '+')) && level(k + 1)) {
      for (let end = k + 2; end < values.length && values[end]! < values[end - 1]! && level(end); end++) {
        if (marks[end + 1] !== '+') on.push({ next: end + 1, made: ['part', ...Array<'level'>(end - k).fill('level')] });
      }
    }
    return on;
  };
  const counted = new Map<string, number>();
  const count = (k: number, sum: number): number => {
    // Past its budget a list is not told apart (as if read two ways): said, never a long wait.
    if (counted.size > BUDGET) return 2;
    if (sum > total + 1e-9) return 0;
    if (k === values.length) return Math.abs(sum - total) < 1e-9 ? 1 : 0;
    const key = `${k} ${sum}`;
    if (!counted.has(key)) counted.set(key, Math.min(2, ways(k).reduce((n, w) => n + (n < 2 ? count(w.next, sum + values[k]!) : 0), 0)));
    return counted.get(key)!;
  };
  const found = count(0, 0);
  if (found !== 1) return found === 0 ? [] : [[], []];
  const reading: Reading = [];
  for (let k = 0, sum = 0; k < values.length; ) {
    const way = ways(k).find((w) => count(w.next, sum + values[k]!) === 1)!;
    reading.push(...way.made);
    [k, sum] = [way.next, sum + values[k]!];
  }
  return [reading];
}

/**
 * A criterion's unmarked list: the criterion's row, the rows with points under it, and their marks as read ('-' a part,
 * '+' a level of the part above) — none when no reading adds them up to the criterion's points, or more than one does.
 */
export type MarkedList = { at: number; under: number[]; marks?: Map<number, '-' | '+'> };

/**
 * The lists whose marks are left out: under a numbered row with points, its unnumbered rows with points (two or more,
 * plain, none below zero), marked where they read one way only as parts adding up to those points (a lone row of the
 * criterion's points is how it is measured, not a list: left to the tree).
 */
export function unmarkedLists(rows: readonly ListRow[]): MarkedList[] {
  const lists: MarkedList[] = [];
  rows.forEach((row, i) => {
    if (!row.numbered || row.points === undefined || row.points <= 0) return;
    const under: number[] = [];
    for (let j = i + 1; j < rows.length && !rows[j]!.numbered; j++) if (rows[j]!.points !== undefined || rows[j]!.other) under.push(j);
    if (under.length < 2 || under.some((j) => rows[j]!.other || rows[j]!.points === undefined || rows[j]!.points! < 0)) return;
    // A list every row of which is marked is read by its marks (the tree).
    if (under.every((j) => rows[j]!.mark !== undefined)) return;
    const values = under.map((j) => rows[j]!.points!);
    // Rows marked «+» under a plain row that add up to its points are its parts, not its levels (a village annex's «+ Có
    // từ 85% …» 4 and 3 under «Tham gia … phát triển kinh tế» 7): no half-marked form's list, left to the tree as before.
    if (under.some((j, k) => rows[j]!.mark === undefined && plusPartsAfter(values, under.map((u) => rows[u]!.mark), k))) return;
    // Rows stepping down from its points, or down to nothing, none adding up: the criterion's own levels (the tree reads them).
    const steps = values.every((v, k) => k === 0 || v < values[k - 1]!) && (Math.abs(values[0]! - row.points) < 1e-9 || values.at(-1) === 0);
    // A list longer than any form's is not walked (each row a step deeper): not told apart, so said as a doubt.
    const found = under.length > LONGEST ? undefined : readings(values, row.points, under.map((j) => rows[j]!.mark));
    if (steps && !found?.length) return;
    const reading = found?.length === 1 ? found[0]! : undefined;
    lists.push({ at: i, under, ...(reading && { marks: new Map(under.map((j, k) => [j, reading[k] === 'part' ? '-' : '+'])) }) });
  });
  return lists;
}

/** Whether the rows marked «+» right after row `k` (two or more) add up to its points, the first below them. */
function plusPartsAfter(values: readonly number[], marks: readonly ('-' | '+' | undefined)[], k: number): boolean {
  let end = k + 1;
  while (end < values.length && marks[end] === '+') end++;
  if (end - k - 1 < 2 || values[k + 1]! >= values[k]!) return false;
  return Math.abs(values.slice(k + 1, end).reduce((sum, v) => sum + v, 0) - values[k]!) < 1e-9;
}

// Made for a ward's Party-cell meeting form whose sub-criteria and levels stand unmarked under its eight numbered
// criteria (read as 55 criteria on 365 points, every figure said to agree): marked by their figures, it reads as its
// «-» and «+» form does.
// And for the same form as its app prints it (nghiemquynh0210/TROLYSOANTHAOVBDANG, components/QualityAssessment.tsx):
// each level «+ …», each sub-criterion plain — read as 32 criteria on 166 points, the levels under criterion 4 criteria
// of a group of their own; now read with the «+» kept, as the form is: 28 criteria, 100.
