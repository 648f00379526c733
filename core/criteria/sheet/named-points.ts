// A group named with its points on thidua's own sheet («I | Cải cách hành chính (20 điểm) | 25»): the name is kept as
// the officer typed it (never stripped), its «Điểm tối đa» scored; where the two write different figures (the maximum
// changed on the exported sheet, the name left), said at the name and first in the reconciliation — never a name
// contradicting the maximum in silence.
import type { ReportCell } from '../../sheet/cell.js';
import { short } from '../../text.js';
import { formatPoints, parseNumberText } from '../../values.js';
import type { SheetReader } from './sheet-reader.js';
import { SECTION_TOTAL, WRITTEN_TOTAL } from './vocabulary.js';

/** What a group's name writes apart from its maximum, said at the name; the reconciliation's words of it, or undefined. */
export function namedPointsApart(sheet: SheetReader, group: { id: string; title: string; maxPoints?: number }, cells: { title?: ReportCell; maxPoints?: ReportCell }): string | undefined {
  const written = WRITTEN_TOTAL.exec(group.title) ?? SECTION_TOTAL.exec(group.title);
  const named = written ? parseNumberText(written[1]!) : undefined;
  const { maxPoints: max } = group;
  if (named === undefined || max === undefined || !cells.title || !cells.maxPoints || Math.abs(named - max) < 1e-9) return undefined;
  const n = formatPoints;
  const [name, points] = [cells.title.address, cells.maxPoints.address];
  sheet.note(name, `Nhóm ${group.id}: tên nhóm ghi ${n(named)} điểm («${short(group.title)}») nhưng ô ${points} («Điểm tối đa») ghi ${n(max)}: thidua chấm nhóm ${group.id} tối đa ${n(max)} điểm, theo ô ${points}; tên nhóm giữ như đã gõ. Nếu ${n(named)} mới đúng, sửa ô ${points}; nếu ${n(max)} đúng, sửa số trong tên nhóm ở ô ${name}.`);
  return `Tên nhóm ${group.id} ghi ${n(named)} điểm (ô ${name}) nhưng «Điểm tối đa» của nhóm ghi ${n(max)} (ô ${points}): thidua chấm theo ${n(max)} (xem ghi chú ở ô ${name}).`;
}

// Made for a commune's table whose parts were named «I. Cải cách hành chính (20 điểm)», imported and exported to the
// «Tiêu chí» sheet with the name as typed, then the group's «Điểm tối đa» changed to 25: until 2026-11-30 read as 25
// under «Các số bảng ghi đều khớp ✔», the name still saying 20 (test/cli/criteria-import.test.ts).
