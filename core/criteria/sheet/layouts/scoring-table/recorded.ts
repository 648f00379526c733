// Pass 6 of reading an office's scoring table: a bonus the document records beside its official total rather than
// adds to it. Decided only from the document's own words: a bonus row, or the part heading over it, saying «không cộng
// vào tổng» / «không tính vào tổng»; or the form's summary under the table giving the official total and the bonus
// apart («3. Tổng điểm theo dõi, đánh giá chính thức: 100», «4. Tổng điểm cộng (nếu có): 2»). Without such words a
// bonus stays added, as every other table's. Said at the cell whose words decided it.
import { isBlank } from '../../../../sheet/grid.js';
import type { Criterion } from '../../../schema.js';
import { normalizeLabel } from '../../../../text.js';
import { cellText } from '../../../../values.js';
import type { SheetReader } from '../../sheet-reader.js';
import type { Table } from './columns.js';
import { tableEnd } from './end.js';
import type { Node } from './node.js';

const NOT_ADDED = /\bkhong (?:duoc )?(?:cong|tinh) vao tong\b/;
/** «Tổng điểm theo dõi, đánh giá chính thức: 100»: the official total, named as such. */
const OFFICIAL = /\btong (?:so )?diem\b.*\bchinh thuc\b/;
/** «Tổng điểm cộng (nếu có): 2»: the bonus, summed on a line of its own. */
const BONUS_LINE = /\btong (?:so )?diem (?:cong|thuong)\b/;

const short = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
};

/** The set's bonus criteria under `code` (itself or its rows), not yet recorded. */
function bonusUnder(criteria: readonly Criterion[], code: string | undefined): Criterion[] {
  return criteria.filter((c) => c.rule.kind === 'bonus' && !c.rule.recorded && (code === undefined || c.code === code || c.code.startsWith(`${code}.`)));
}

function record(found: readonly Criterion[]): void {
  for (const c of found) if (c.rule.kind === 'bonus') c.rule = { ...c.rule, recorded: true };
}

/** Marks `criteria`'s bonus rows recorded where the table's words say so, each decision said at its cell. */
export function recordedBonus(sheet: SheetReader, table: Table, nodes: readonly Node[], criteria: Criterion[]): void {
  const walk = (node: Node) => {
    const words = [node.title, ...node.notes].find((t) => NOT_ADDED.test(normalizeLabel(t)));
    const found = words === undefined ? [] : bonusUnder(criteria, node.code);
    if (found.length > 0) {
      record(found);
      sheet.note(node.codeCell.address, `Mục ${node.code} ghi «${short(words!)}»: điểm cộng ${found.map((c) => c.code).join(', ')} được ghi nhận bên cạnh tổng điểm, không cộng vào tổng.`);
    }
    node.children.forEach(walk);
  };
  nodes.forEach(walk);

  const bonus = bonusUnder(criteria, undefined);
  if (bonus.length === 0) return;
  // The form's summary under the table: a cell (merged ones repeat it: read once) whose lines give both.
  const grid = sheet.grid;
  const seen = new Set<string>();
  let official: { line: string; cell: string } | undefined;
  let apart: { line: string; cell: string } | undefined;
  for (let r = tableEnd(grid, table).row; r < grid.values.length; r++) {
    (grid.values[r] ?? []).forEach((v, c) => {
      if (isBlank(v)) return;
      const text = cellText(v);
      if (seen.has(text)) return;
      seen.add(text);
      for (const line of text.split('\n')) {
        const n = normalizeLabel(line);
        if (!official && OFFICIAL.test(n)) official = { line, cell: sheet.at(r, c) };
        else if (!apart && BONUS_LINE.test(n)) apart = { line, cell: sheet.at(r, c) };
      }
    });
  }
  if (!official || !apart) return;
  record(bonus);
  const where = official.cell === apart.cell ? `Ô ${official.cell} ghi` : `Ô ${official.cell} và ô ${apart.cell} ghi`;
  sheet.note(apart.cell, `${where} tổng điểm chính thức và tổng điểm cộng riêng nhau («${short(official.line)}»; «${short(apart.line)}»): điểm cộng ${bonus.map((c) => c.code).join(', ')} được ghi nhận bên cạnh tổng điểm chính thức, không cộng vào tổng.`);
}

// Made for issue 55 («a row marked "không cộng vào tổng" is recorded, not scored»): a city's Mẫu 03 for civil servants,
// whose part C.I «ĐIỂM CỘNG» its summary gives apart from the official total of 100, as the city's decision has it.
