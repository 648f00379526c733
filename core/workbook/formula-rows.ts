// Công thức của Hội đồng khi dòng của nó chuyển chỗ (a council's formula whose row moves): thidua lays a kept formula
// into the cell its row lands in, which after a sort or a new plan may be another row number. What refers to the
// formula's own row follows it, as Excel moves a row's formulas with the row (=I5 laid on row 7 is =I7); what may now
// read another row — another row of the sheet that moved, a fixed row ($I$5) of a row that moved, a sheet thidua
// writes anew, a name or INDIRECT — is kept as typed and named, never translated by a guess.

/** Where a kept formula stood and lands: `from` its row in the file read, `to` its row as written. */
export type FormulaMove = {
  formula: string;
  /** The sheet it stands on: a reference naming it is a reference to its own sheet. */
  sheet: string;
  from: number;
  to: number;
  /** Whether the file's row `row` of this sheet is written back on the same row number (the same flag, nominee or line). */
  unmoved: (row: number) => boolean;
  /** Whether a sheet of that name is one thidua writes anew each run. */
  rewritten: (sheet: string) => boolean;
};

/** The formula as laid on its row: `formula` translated (own row followed), `doubts` what may now read another row, in Vietnamese. */
export type MovedFormula = { formula: string; doubts: string[] };

// A reference, sheet first when named: 'Tên trang'! or Tên!; then a cell or a range of cells, or whole rows (5:5), or whole columns (A:A).
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_À-ỹ][\wÀ-ỹ.]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = new RegExp(
  String.raw`"(?:[^"]|"")*"|(?<![\wÀ-ỹ.$])(?:${SHEET})?(${CELL}(?::${CELL})?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\wÀ-ỹ(!])|(?<![\wÀ-ỹ.$])([A-Za-z_À-ỹ][\wÀ-ỹ.]*)(\s*\()?`,
  'g',
);
const PART = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/;

/**
 * The rows of the sheet `formula` reads: every row of its references to its own sheet (none for whole columns), up to
 * `last` — the sheet's last row: past it every row is blank (=SUM(H8:H1048576) is not a million rows to remember).
 */
export function rowsRead(formula: string, sheet: string, last = Number.POSITIVE_INFINITY): number[] {
  const rows = new Set<number>();
  for (const m of formula.matchAll(REF)) {
    const ref = m[3];
    const on = m[1]?.replace(/''/g, "'") ?? m[2];
    if (ref === undefined || (on !== undefined && on !== sheet)) continue;
    const [a, b] = ref.split(':').map((p) => Number(PART.exec(p)![4]));
    if (!a) continue;
    for (let r = Math.min(a, b ?? a); r <= Math.min(last, Math.max(a, b ?? a)); r++) rows.add(r);
  }
  return [...rows];
}

/** `move.formula` as laid from row `from` on row `to`; see the file's head. */
export function formulaOnRow(move: FormulaMove): MovedFormula {
  const { from, to, sheet } = move;
  const doubts: string[] = [];
  const said = new Set<string>();
  const doubt = (d: string) => said.has(d) || (said.add(d), doubts.push(d));
  const formula = move.formula.replace(REF, (whole, quoted: string | undefined, plain: string | undefined, ref: string | undefined, name: string | undefined, call: string | undefined) => {
    if (whole.startsWith('"')) return whole;
    if (ref === undefined) {
      // A function is read by its arguments; INDIRECT builds its address from words, a name points where the workbook says.
      if (call !== undefined && name!.toUpperCase() !== 'INDIRECT') return whole;
      if (call === undefined && /^(TRUE|FALSE)$/i.test(name!)) return whole;
      if (from !== to) doubt(call !== undefined ? `INDIRECT(…) dựng địa chỉ ô từ chữ, thidua không biết nó đọc dòng nào` : `tên «${name}» trỏ tới ô thidua không biết ở dòng nào`);
      return whole;
    }
    const on = quoted?.replace(/''/g, "'") ?? plain;
    if (on !== undefined && on !== sheet) {
      if (move.rewritten(on)) doubt(`${ref} của trang «${on}», trang thidua ghi lại mỗi lần chấm (dòng của nó có thể đã đổi)`);
      return whole;
    }
    const parts = ref.split(':').map((p) => PART.exec(p)!);
    const rows = parts.map((p) => Number(p[4]));
    // Whole columns: no row to follow.
    if (rows.some((r) => !r)) return whole;
    const prefix = whole.slice(0, whole.length - ref.length);
    const own = rows.every((r) => r === from);
    if (own && parts.every((p) => p[3] === '' && !(p[2] === '' && p[1] === '$'))) return prefix + parts.map((p) => `${p[1]}${p[2]}${p[3]}${to}`).join(':');
    if (own) {
      if (from !== to) doubt(`${ref} cố định ở dòng ${from} (dấu $ Hội đồng gõ), nay là dòng khác`);
      return whole;
    }
    const lo = Math.min(...rows);
    const hi = Math.max(...rows);
    for (let r = lo; r <= hi; r++) {
      if (move.unmoved(r)) continue;
      doubt(lo === hi ? `ô ${ref} của dòng khác, dòng ấy nay không còn ở dòng ${lo}` : `${ref} gồm các dòng ${lo}–${hi}, có dòng nay không còn ở chỗ cũ`);
      break;
    }
    return whole;
  });
  return { formula, doubts };
}

// Made for: a kept formula never points at another row silently — =I5 follows its flag's row from row 5 to row 7, and
// what cannot be followed with certainty is said at its cell.
