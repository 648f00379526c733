// Biên bản họp Hội đồng Thi đua - Khen thưởng: time and place, members, each proposal with blanks for the votes,
// the conclusion — the minutes of the review meeting the dossier needs.
import type { ClosedRound } from '../run/closing.js';
import { p, type Block, type Paper } from './document.js';
import { heading, signature } from './heading.js';
import { closedOnText, movementName } from './wording.js';
import { achievementText, eligibleUnits, proposedForms } from './proposed.js';

export function councilMinutes(closed: ClosedRound): Paper {
  const { record } = closed;
  const commune = record.set.commune || '…';
  const blocks: Block[] = [
    heading({ parent: `UBND xã ${commune}`, name: 'Hội đồng Thi đua - Khen thưởng', symbol: 'BB-HĐTĐKT' }, commune, closed.closedAt.slice(0, 4)),
    p('BIÊN BẢN', { align: 'center', bold: true }),
    p(`Họp Hội đồng Thi đua - Khen thưởng xã ${commune} xét đề nghị khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p('Thời gian: ….. giờ ….. ngày ….. tháng ….. năm ……', { indent: true }),
    p('Địa điểm: ……………………………………………', { indent: true }),
    p('Thành phần:', { indent: true, bold: true }),
    p('- Chủ trì: ……………………………, Chủ tịch Hội đồng;', { indent: true }),
    p('- Thư ký: ……………………………;', { indent: true }),
    p('- Thành viên có mặt: ……/…… thành viên Hội đồng: ……………………………………………', { indent: true }),
    p('- Vắng mặt: ……………………………………………', { indent: true }),
    p('Nội dung:', { indent: true, bold: true }),
    p(`Hội đồng xem xét kết quả chấm điểm ${closedOnText(closed)} và đề nghị khen thưởng như sau (biểu quyết từng trường hợp):`, { indent: true, align: 'justify' }),
  ];
  let n = 0;
  for (const form of proposedForms(closed)) {
    blocks.push(p(`${form.label}${form.quota ? ` (${form.quota})` : ''}:`, { indent: true, bold: true }));
    for (const unit of [...form.collectives, ...form.individuals]) {
      n++;
      blocks.push(
        p(`${n}. ${unit.unitName} — ${achievementText(unit)}.`, { indent: true, align: 'justify' }),
        p('Số phiếu đồng ý: ……/……; không đồng ý: ……/……; ý kiến khác: ……………………', { indent: true, italic: true }),
      );
    }
  }
  const eligible = eligibleUnits(closed);
  if (eligible.length > 0) {
    blocks.push(p('Các đơn vị đủ điều kiện ở hình thức kế hoạch không nêu số lượng (Hội đồng quyết định):', { indent: true, bold: true }));
    for (const { form, unit } of eligible) {
      n++;
      blocks.push(p(`${n}. ${unit.unitName} (${form}) — ${achievementText(unit)}.`, { indent: true }), p('Số phiếu đồng ý: ……/……; không đồng ý: ……/……', { indent: true, italic: true }));
    }
  }
  if (n === 0) blocks.push(p('Không có trường hợp nào được đề nghị trong đợt xét này.', { indent: true, italic: true }));
  blocks.push(
    p('Kết luận: ……………………………………………………………………', { indent: true }),
    p('Cuộc họp kết thúc vào ….. giờ ….. cùng ngày; biên bản đã được thông qua trước Hội đồng./.', { indent: true }),
    { kind: 'columns', left: [p('THƯ KÝ', { align: 'center', bold: true }), p(''), p(''), p('(Ký, ghi rõ họ tên)', { align: 'center', italic: true, size: 12 })], right: signature([], 'Chủ trì').right, widths: [50, 50] },
  );
  return { name: 'bien-ban', title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', blocks };
}

// Made for issue 26 item 4: the minutes of the council's review meeting, each proposal with blanks for its votes.
