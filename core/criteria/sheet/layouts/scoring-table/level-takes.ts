// A pass of reading an office's scoring table, after the groups are made: a level worth 0 that also writes a figure in the deduction column
// («C3.1 … 2» over «- Có báo cáo 2» and «- Không có công văn chỉ đạo | 0 | | -2»): a unit at that level does not only
// get 0, it loses those points. Its item's tiers (settled by settle.ts) get the level at minus those points, so a unit
// choosing it scores −2 for the item; said at the figure's cell and in the item's note.
import type { Criterion } from '../../../schema.js';
import { cellText, formatPoints } from '../../../../values.js';
import type { SheetReader } from '../../sheet-reader.js';
import type { Table } from './columns.js';
import { isLevels, type Node } from './node.js';

const n = formatPoints;

/** The tiers of the set's items by levels, each level of 0 that takes points given them, walking the whole tree. */
export function levelsTaking(sheet: SheetReader, table: Table, nodes: readonly Node[], criteria: readonly Criterion[]): void {
  const column = table.columns.deduction === undefined ? 'điểm trừ' : `điểm trừ «${table.header.labels[table.columns.deduction]![0]}»`;
  const walk = (node: Node) => {
    node.children.forEach(walk);
    const taking = node.children.filter((k) => k.kind === 'item' && k.max === 0 && k.takes !== undefined);
    if (taking.length === 0 || !isLevels(node)) return;
    const item = criteria.find((c) => c.code === node.code && c.rule.kind === 'tiers');
    if (item?.rule.kind !== 'tiers') return;
    let tiers = item.rule.tiers;
    const said: string[] = [];
    for (const level of taking) {
      const { points, cell } = level.takes!;
      // The level of 0 is a tier already (settle.ts): it becomes the level that takes the points, keeping its name.
      const named = tiers.find((t) => t.min === 0 && t.points === 0);
      tiers = [...tiers.filter((t) => t !== named), { min: -points, points: -points, ...(named?.label !== undefined && { label: named.label }) }];
      const title = level.title.replace(/^[-–—•*+]\s*/, '').trim();
      said.push(`mức ${level.code} (${title}) bị trừ ${n(points)} điểm: tính −${n(points)}`);
      sheet.note(
        cell.address,
        `Dòng ${level.code} («${title}») là một mức của mục ${node.code}: ghi 0 điểm ở cột điểm và «${cellText(cell.raw).trim()}» ở cột ${column}: đọc là mức trừ ${n(points)} điểm — đơn vị ở mức này bị trừ ${n(points)} điểm (mục ${node.code} tính −${n(points)}), không chỉ được 0; đơn vị ghi 0 hoặc −${n(points)} ở dòng ${node.code} hay ở dòng mức này.`,
      );
    }
    item.rule = { kind: 'tiers', tiers: tiers.sort((a, b) => b.min - a.min) };
    item.note = `${item.note ?? ''} Mức bị trừ điểm: ${said.join('; ')}.`.trim();
  };
  nodes.forEach(walk);
}

// Made for issue 55 (every figure a table states read or said): the Tiền Giang department table's C3.1 and C3.2, whose
// levels «Không có công văn chỉ đạo» and «Không tổ chức» write 0 points and «-2», «-3» in the «Trừ» column.
