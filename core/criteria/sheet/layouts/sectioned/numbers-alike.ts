// Sub-parts numbered like the items under them, in a criteria table read by the sectioned layout (and in the figures
// the table states, stated-figures.ts). A police emulation table numbers its items 1 … 153 through the whole table,
// and inside each part its sub-parts 1, 2, 3… again («1.» typed into a sheet often becomes the number 1):
// «I.» | «1» 200 | «1» 50 | «2» 10 | … | «12» 10 | «2» 200 | «2.a)» 70 | «13» 10 … Read as one numbering, a sub-part
// stands beside its own items and item «1» collides with sub-part «1»; told apart, each numbering is a level.

const ROMAN = /^([IVXLC]+)\.?$/;
const PLAIN = /^(\d+)\.?$/;
/** «2.a)», «2. b)»: a sub-part's lettered division. */
const DIVISION = /^(\d+)\.\s*(\p{Ll})\)?$/u;
/** «6a», «146b»: a lettered sub-item of item «6». */
const LETTERED = /^(\d+)\p{Ll}$/u;

export type AlikeRow = { code: string; points: number | undefined };

export type NumberedAlike = {
  /** Each row's parent row (index), undefined for a part's heading, a sub-part, and rows outside the numbering. */
  parent: (number | undefined)[];
  /** The sub-parts and their divisions, with the code each is read by: the part's numeral before its own number («I.1», «I.2.a»). */
  code: Map<number, string>;
  /** Of those, the rank: 1 a sub-part, 2 a division of one. */
  depth: Map<number, 1 | 2>;
};

/**
 * The rows told apart, when the table numbers this way: the items' numbers run on by one through the table (across
 * its parts), a number that does not continue them is a sub-part (of a pair written alike, «1» over «1», the first);
 * «2.a)» under sub-part 2 is its division, «6a» under item 6 its sub-item, a lone «a» under an item its part. Taken only
 * when two sub-parts at least hold items of the running numbering and every sub-part or division holding rows is worth
 * what they add up to; otherwise undefined (numbers that start again in each section, items over lettered parts).
 */
export function numberedAlike(rows: readonly AlikeRow[]): NumberedAlike | undefined {
  const subParts = new Set<number>();
  let expected: number | undefined;
  let last: { i: number; k: number } | undefined;
  rows.forEach(({ code }, i) => {
    if (ROMAN.test(code)) return;
    const plain = PLAIN.exec(code);
    if (!plain) return;
    const k = Number(plain[1]);
    if (expected === undefined || k === expected) expected = k + 1;
    else if (last?.k === k && !subParts.has(last.i) && expected === k + 1) subParts.add(last.i);
    else subParts.add(i);
    last = { i, k };
  });
  if (subParts.size < 2) return undefined;
  const parent: (number | undefined)[] = rows.map(() => undefined);
  const code = new Map<number, string>();
  const depth = new Map<number, 1 | 2>();
  let part = '';
  let sub: number | undefined;
  let division: number | undefined;
  let item: { i: number; k: string } | undefined;
  rows.forEach((row, i) => {
    const roman = ROMAN.exec(row.code);
    if (roman) {
      [part, sub, division, item] = [`${roman[1]}.`, undefined, undefined, undefined];
      return;
    }
    const k = PLAIN.exec(row.code)?.[1];
    if (subParts.has(i)) {
      [sub, division, item] = [i, undefined, undefined];
      code.set(i, `${part}${k}`);
      depth.set(i, 1);
      return;
    }
    const divided = DIVISION.exec(row.code);
    if (divided && sub !== undefined && PLAIN.exec(rows[sub]!.code)?.[1] === divided[1]) {
      [division, item] = [i, undefined];
      parent[i] = sub;
      code.set(i, `${code.get(sub)}.${divided[2]}`);
      depth.set(i, 2);
      return;
    }
    // «6a» under item 6, or a lone small letter under an item («3» then «a»): that item's part, not the sub-part's next item.
    const lettered = LETTERED.exec(row.code);
    const owner = item;
    if (owner !== undefined && ((lettered && owner.k === lettered[1]) || /^\p{Ll}$/u.test(row.code))) {
      parent[i] = owner.i;
      return;
    }
    parent[i] = division ?? sub;
    if (k !== undefined) item = { i, k };
  });
  const children = (i: number) => rows.flatMap((r, j) => (parent[j] === i ? [r] : []));
  let holding = 0;
  for (const i of code.keys()) {
    const under = children(i);
    if (under.length === 0) continue;
    const sum = under.reduce((s, r) => s + (r.points ?? 0), 0);
    if (rows[i]!.points === undefined || Math.abs(sum - rows[i]!.points!) > 1e-9) return undefined;
    // Holding items of the numbering run through the table: a sub-part over only its own lettered parts is an item.
    if (depth.get(i) === 1 && under.some((r) => PLAIN.test(r.code))) holding++;
  }
  return holding >= 2 ? { parent, code, depth } : undefined;
}

/** Whether row `j` stands under row `i` (its parent, or its parent's parent…). */
export function isUnder(alike: NumberedAlike, j: number, i: number): boolean {
  for (let p = alike.parent[j]; p !== undefined; p = alike.parent[p]) if (p === i) return true;
  return false;
}

/** What the officer is told at the first sub-part's number: how the two numberings were told apart. */
export function alikeNote(alike: NumberedAlike, rows: readonly AlikeRow[], rowOf: (i: number) => number): string {
  const holding = [...alike.depth].filter(([i, d]) => d === 1 && alike.parent.includes(i)).map(([i]) => i);
  const alone = [...alike.code].filter(([i]) => !alike.parent.includes(i)).map(([, code]) => code);
  const shown = holding.slice(0, 3).map((i) => `${alike.code.get(i)} (dòng ${rowOf(i)})`).join(', ');
  const sub = rows.findIndex((_, j) => { const p = alike.parent[j]; return p !== undefined && !alike.code.has(p); });
  const item = rows.findIndex((_, j) => sub >= 0 && alike.parent[sub] === j);
  return [
    `Bảng đánh số các mục liền một mạch qua các phần (1, 2, 3… đến hết bảng), còn các tiểu mục trong mỗi phần lại đánh số từ 1: dòng có số không nối tiếp số các mục là một tiểu mục (${holding.length} tiểu mục: ${shown}…), mã ghi kèm số phần; điểm của tiểu mục là tổng điểm các mục dưới nó, không chấm riêng.`,
    alone.length > 0 ? ` Tiểu mục ${alone.join(', ')} không có mục nào dưới nó: chấm như một mục.` : '',
    ` Các mục giữ số của mình${sub >= 0 && item >= 0 ? ` («${rows[sub]!.code}» là mục con của mục ${rows[item]!.code})` : ''}. Kiểm tra lại trước khi xác nhận.`,
  ].join('');
}

// Made for issue 55 (the corpus read as stated): a provincial police's «Vì an ninh Tổ quốc» table for commune police,
// items 1–153 numbered through the table, sub-parts «1.» … «6.» in each part typed as numbers (216 criteria were read
// for its 176 items, sub-parts counted beside their own items).
