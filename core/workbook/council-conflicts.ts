// Mâu thuẫn (conflicts) in what the council typed: two entries for one thing — two tallies for one nominee, two
// decisions for one flag — or one entry typed over several, a decision in a cell merged over several flags' rows.
// thidua never picks: each is named with its cells and none of its entries is applied. Every face stops on one — a run
// before it writes the sheet again (the merge would be lost, the word left on one row and applied to it next time), a
// closing before it seals (core/run/open-at-closing.ts) — until the council keeps one entry per thing.

/** One conflict: the cells that hold it, and what is wrong, in Vietnamese. */
export type CouncilConflict = { cells: string[]; message: string };

/** One entry as typed: what it is for (`key`), its cells, what it is for and what it says in the officer's words, and all it holds (compared). */
export type TypedEntry = { key: string; cells: string; label: string; shown: string; holds: string };

/** What to do about two entries typed on one sheet: keep one row. */
export const KEEP_ONE_ROW = 'Hãy giữ một dòng, xóa các dòng kia.';

/**
 * Entries typed twice or more for one thing with different contents: one conflict per thing, naming every cell. Entries
 * holding the same are no conflict (a row copied twice): they say one thing. `what`: the entries' noun («quyết định»);
 * `remedy`: what the officer does about it where the entries are (keep one row; on a face, keep one of the two).
 */
export function twiceTyped(entries: readonly TypedEntry[], what: string, remedy = KEEP_ONE_ROW): { conflicts: CouncilConflict[]; keys: Set<string> } {
  const byKey = new Map<string, TypedEntry[]>();
  for (const e of entries) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  const conflicts: CouncilConflict[] = [];
  const keys = new Set<string>();
  for (const [key, list] of byKey) {
    if (new Set(list.map((e) => asSeen(e.holds))).size < 2) continue;
    keys.add(key);
    conflicts.push({
      cells: list.map((e) => e.cells),
      message: `${list[0]!.label}: ${list.length} ${what} khác nhau (${list.map((e) => `${e.cells}: ${e.shown}`).join('; ')}); thidua không chọn, chưa áp ${what} nào. ${remedy}`,
    });
  }
  return { conflicts, keys };
}

/**
 * What an entry holds as the officer sees it: one text typed in composed or decomposed Unicode (macOS and some input
 * methods type «Bác» as B, a, ◌́, c) is one text, never two decisions that look alike.
 */
export const asSeen = (holds: string): string => holds.normalize('NFC');

/** One part of a council sheet as read: its name and its entries (their cells: the part). */
export type PartEntries = { sheet: string; entries: readonly Omit<TypedEntry, 'cells'>[] };

/**
 * Things typed in two or more parts of one council sheet with different contents (a row copied from a part to another;
 * a flag's or a nominee's rows are written in one part only): one line each naming the parts, as `twiceTyped` names
 * the cells of one part; their `keys`, whose entries are not applied.
 */
export function typedInParts(parts: readonly PartEntries[], what: string): { lines: string[]; keys: Set<string> } {
  const sheetsOf = new Map<string, Set<string>>();
  for (const p of parts) for (const e of p.entries) sheetsOf.set(e.key, (sheetsOf.get(e.key) ?? new Set()).add(p.sheet));
  const inTwo = parts.flatMap((p) => p.entries.filter((e) => sheetsOf.get(e.key)!.size > 1).map((e) => ({ ...e, cells: `trang «${p.sheet}»` })));
  const { conflicts, keys } = twiceTyped(inTwo, what);
  return { lines: conflicts.map((c) => `Trang ${[...new Set(c.cells)].map((s) => s.replace('trang ', '')).join(' và ')}: ${c.message}`), keys };
}

/** What to do about conflicts, said after them on every face. */
export const CONFLICT_REMEDY = 'Cách xử lý: sửa các ô đã nêu (mỗi cảnh báo, mỗi trường hợp chỉ một dòng; không gộp ô qua nhiều dòng; chỉ một trang «Rà soát» và một trang «Biểu quyết», hoặc các phần «(phần n)» của chúng, không sao chép trang hay dòng sang phần khác), lưu lại rồi chạy lại.';

/** A conflict as every face says it: the sheet, the cells, what is wrong. */
export function conflictLine(sheet: string, c: CouncilConflict): string {
  return `Trang «${sheet}», ô ${c.cells.join(', ')}: ${c.message}`;
}

// Made for issue 56 item 2: conflicting entries named, never chosen — on the command line, the page and the pane alike.
