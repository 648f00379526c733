// Dự thảo Quyết định khen thưởng: the commune chairman's draft decision for the forms the commune gives, with its
// list attached; forms of higher levels go up with the proposal letter, not in this decision.
import type { ClosedRound } from '../run/closing.js';
import { p, type Block, type Paper } from './document.js';
import { communeIssuer, heading, placeName, planCitation, signature } from './heading.js';
import { LEGAL_BASES, movementName, sealText } from './wording.js';
import { listTable, proposedForms } from './proposed.js';

export function draftDecision(closed: ClosedRound): Paper {
  const { record } = closed;
  const commune = record.set.commune || '…';
  // The commune's own forms; where the plan gives no number, the units the council may vote for, to be struck as it decides.
  const forms = proposedForms(closed, { eligible: true }).filter((f) => f.level === 'xa');
  const counts = forms.map((f) => [f.collectives.length && `${f.collectives.length} tập thể`, f.individuals.length && `${f.individuals.length} cá nhân`].filter(Boolean).join(' và ') + ` (${f.label})`);
  const blocks: Block[] = [
    heading(communeIssuer(commune, 'QĐ-UBND'), commune, closed.closedAt.slice(0, 4)),
    p('QUYẾT ĐỊNH', { align: 'center', bold: true }),
    p(`Về việc khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p('(DỰ THẢO)', { align: 'center', italic: true }),
    p(`CHỦ TỊCH ỦY BAN NHÂN DÂN ${placeName(commune).toUpperCase()}`, { align: 'center', bold: true }),
    p('Căn cứ Luật Tổ chức chính quyền địa phương;', { indent: true }),
    ...LEGAL_BASES.map((b) => p(`Căn cứ ${b};`, { indent: true, align: 'justify' })),
    p(`Căn cứ ${planCitation(record.set.legalBasis)};`, { indent: true, align: 'justify' }),
    p(`Theo đề nghị của Hội đồng Thi đua - Khen thưởng xã tại Tờ trình số …/TTr-HĐTĐKT ngày …/…/${closed.closedAt.slice(0, 4)}.`, { indent: true, align: 'justify' }),
    p('QUYẾT ĐỊNH:', { align: 'center', bold: true, keepNext: true }),
  ];
  if (forms.length === 0) {
    blocks.push(p('Điều 1. (Không có tập thể, cá nhân nào được đề nghị hình thức khen thưởng cấp xã trong đợt xét này.)', { indent: true }));
  } else {
    blocks.push(
      p(`Điều 1. Tặng ${counts.join('; ')} đã có thành tích trong ${movementName(record)} (có danh sách kèm theo).`, { indent: true, align: 'justify' }),
    );
  }
  blocks.push(
    p('Điều 2. Tiền thưởng kèm theo thực hiện theo quy định hiện hành, từ nguồn quỹ thi đua, khen thưởng của xã.', { indent: true, align: 'justify' }),
    p('Điều 3. Văn phòng HĐND và UBND xã, Hội đồng Thi đua - Khen thưởng xã, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.', { indent: true, align: 'justify' }),
    signature(['Như Điều 3', 'Lưu: VT'], 'Chủ tịch'),
    p(sealText(closed), { italic: true, size: 11 }),
  );
  for (const form of forms) {
    blocks.push(
      p(`DANH SÁCH ${form.label.toUpperCase()}`, { align: 'center', bold: true, keepNext: true }),
      p('(Kèm theo Quyết định số …/QĐ-UBND ngày …/…/… của Chủ tịch UBND xã)', { align: 'center', italic: true, keepNext: true }),
    );
    if (!form.quota) blocks.push(p('Kế hoạch không nêu số lượng: danh sách gồm các tập thể, cá nhân đủ điều kiện; chỉ giữ lại những trường hợp Hội đồng biểu quyết đồng ý.', { italic: true, size: 12, keepNext: true }));
    if (form.collectives.length > 0) blocks.push(p('I. Tập thể', { bold: true, keepNext: true }), listTable(form.collectives, 'Tên tập thể'));
    if (form.individuals.length > 0) blocks.push(p(form.collectives.length > 0 ? 'II. Cá nhân' : 'I. Cá nhân', { bold: true, keepNext: true }), listTable(form.individuals, 'Họ và tên'));
  }
  return { name: 'du-thao-quyet-dinh', title: 'Dự thảo Quyết định khen thưởng', blocks };
}

// Made for issue 26 item 4 and issue 38 item 3: the draft decision of the commune chairman with its list, for the
// office to edit and the chairman to sign.
