// Sub-parts (phần nhỏ) written as a row with their points and no number, above the numbered items they add up to — a
// province's digital-transformation index part «5 | Hoạt động chính quyền số | 540» over «Gửi nhận văn bản điện tử | 50»
// (5.1 20 + 5.2 30), «Dịch vụ công trực tuyến | 170» (5.3 … 5.14)… Read row by row, each such row is a criterion (or the
// item after the one above it, or a part of it) and the set counts its points twice. Only the figures tell such a
// row from an item whose number was left off: every unnumbered row with points heads a run of numbered items adding up
// exactly to it, two runs at least — all but one, whose figure the reconciliation says against its items, when three
// or more such rows head runs. The reader (layouts/scoring-table) and the figures the table states
// (stated-figures.ts) ask it alike.

/** A row as typed: its number ('' for none), its points (undefined for none), and whether it is plain (no dash, no section). */
export type WrittenRow = { code: string; value: number | undefined; plain: boolean };

/**
 * The sub-parts' rows (indices into `rows`), and `whole`: the numbered row above them that they divide when every
 * numbered row with points after it extends its number and it is worth what they add up to — the whole table, its total («5» of
 * part 5 alone). Undefined when the table is not so written: fewer than two such rows, an unnumbered row with points
 * that heads no run adding up to it (a level, an item's own line), a row with points above them other than the whole.
 */
export function subPartRows(rows: readonly WrittenRow[]): { heads: number[]; whole?: number } | undefined {
  if (rows.some((x) => x.code === '' && !x.plain && x.value !== undefined)) return undefined;
  const heads = rows.flatMap((x, i) => (x.code === '' && x.plain && x.value !== undefined && x.value > 0 ? [i] : []));
  if (heads.length < 2) return undefined;
  // Runs whose items do not add up to their row's figure: one is a sub-part whose figure was changed or summed over
  // a short range (=SUM(C33:C43) over twelve items), said as different by the reconciliation, when at least two others
  // add up exactly; more than one, and the rows are not read so.
  let off = 0;
  for (const [k, head] of heads.entries()) {
    const run = rows.slice(head + 1, heads[k + 1] ?? rows.length);
    // The run's items: its numbered rows with points that extend no numbered row with points above them in the run
    // (5.15.1…5.15.8 under a 5.15 that writes none are items; a 5.1's lettered data rows write none).
    const items: number[] = [];
    const scored: string[] = [];
    for (const x of run) {
      if (x.code === '' || x.value === undefined) continue;
      if (!scored.some((c) => x.code.startsWith(`${c}.`))) items.push(x.value);
      scored.push(x.code);
    }
    // Items stepping down to nothing are a row's levels (choose one), not a sub-part's items.
    const stepping = items.length >= 2 && items.at(-1) === 0 && items.every((v, i) => i === 0 || v < items[i - 1]!);
    if (items.length === 0 || stepping) return undefined;
    if (!same(items.reduce((s, v) => s + v, 0), rows[head]!.value!)) off++;
  }
  if (off > 1 || (off === 1 && heads.length < 3)) return undefined;
  const above = rows.slice(0, heads[0]).flatMap((x, i) => (x.value === undefined ? [] : [i]));
  if (above.length === 0) return { heads };
  const [whole] = above;
  const part = rows[whole!]!;
  // Its items' numbers extend its own (5.1…5.30 under 5); rows without points (a rate's data rows a / b) aside.
  const numbered = rows.slice(whole! + 1).filter((x) => x.code !== '' && x.value !== undefined);
  const sum = heads.reduce((s, i) => s + rows[i]!.value!, 0);
  if (above.length > 1 || part.code === '' || !numbered.every((x) => x.code.startsWith(`${part.code}.`)) || !same(part.value!, sum)) return undefined;
  return { heads, whole };
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

// Made for the second sheet of a province's digital-transformation index for its districts, «Hoạt động chính quyền số»
// (part 5 = 540 in nine unnumbered sub-parts with their points, 5.1–5.30 under them): read as 39 criteria scored on
// 1,110, «Dịch vụ công trực tuyến 170» a criterion under 5.2, «Hệ thống thông tin báo cáo của tỉnh 40» in place of 5.20.
