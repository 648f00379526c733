// Tờ trình đề nghị khen thưởng: the council's proposal to the commune chairman, with the list of collectives and
// individuals proposed for each form and the achievements of each (the dossier's first paper). The council signs
// it, so it speaks for the council: what the council proposes and what it voted on, never a request to itself.
import type { ClosedRound } from '../run/closing.js';
import { p, type Block, type Paper } from './document.js';
import { councilIssuer, heading, planCitation, signature } from './heading.js';
import { LEGAL_BASES, closedOnText, movementName, roundName } from './wording.js';
import { eligibleUnits, listTable, proposedForms } from './proposed.js';

export function proposalLetter(closed: ClosedRound): Paper {
  const { record } = closed;
  const commune = record.set.commune || '…';
  const forms = proposedForms(closed);
  const blocks: Block[] = [
    heading(councilIssuer(commune, 'TTr-HĐTĐKT'), commune, closed.closedAt.slice(0, 4)),
    p('TỜ TRÌNH', { align: 'center', bold: true }),
    p(`Về việc đề nghị khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p(`Kính gửi: Chủ tịch Ủy ban nhân dân xã ${commune}.`, { align: 'center' }),
    ...LEGAL_BASES.map((b) => p(`Căn cứ ${b};`, { indent: true, align: 'justify' })),
    p(`Căn cứ ${planCitation(record.set.legalBasis)};`, { indent: true, align: 'justify' }),
    p(`Căn cứ kết quả chấm điểm ${roundName(record)} theo bộ tiêu chí «${record.set.title}» (kỳ ${record.set.period.label}) ${closedOnText(closed)},`, {
      indent: true,
      align: 'justify',
    }),
    p(`Hội đồng Thi đua - Khen thưởng xã kính trình Chủ tịch Ủy ban nhân dân xã ${commune} xem xét, khen thưởng như sau:`, { indent: true, align: 'justify' }),
  ];
  if (forms.length === 0) blocks.push(p('Không có tập thể, cá nhân nào đủ điều kiện đề nghị khen thưởng trong đợt xét này.', { indent: true, italic: true }));
  forms.forEach((form, i) => {
    const count = [form.collectives.length && `${form.collectives.length} tập thể`, form.individuals.length && `${form.individuals.length} cá nhân`].filter(Boolean).join(' và ');
    const higher = form.level !== 'xa' ? ' (trình cấp có thẩm quyền)' : '';
    blocks.push(p(`${i + 1}. ${form.label}${higher}: ${count}${form.quota ? ` (${form.quota}${form.source ? `, ${form.source}` : ''})` : ''}.`, { bold: true, indent: true, keepNext: true }));
    if (form.collectives.length > 0) blocks.push(listTable(form.collectives, 'Tên tập thể'));
    if (form.individuals.length > 0) blocks.push(listTable(form.individuals, 'Họ và tên'));
  });
  const eligible = eligibleUnits(closed);
  if (eligible.length > 0) {
    blocks.push(
      p('Các tập thể, cá nhân đủ điều kiện ở hình thức kế hoạch không nêu số lượng, đã được Hội đồng biểu quyết tại cuộc họp (chỉ giữ lại những trường hợp được đồng ý, theo biên bản):', {
        indent: true,
        align: 'justify',
        keepNext: true,
      }),
    );
    for (const { form, unit } of eligible) blocks.push(p(`- ${unit.unitName} (${form});`, { indent: true }));
  }
  blocks.push(
    p('(Có báo cáo thành tích và biên bản họp Hội đồng kèm theo.)', { indent: true, italic: true }),
    p(`Hội đồng Thi đua - Khen thưởng xã kính trình Chủ tịch Ủy ban nhân dân xã ${commune} xem xét, quyết định./.`, { indent: true, align: 'justify' }),
    signature(['Như trên', 'Lưu: VT, HĐTĐKT'], 'Chủ tịch', 'TM. Hội đồng Thi đua - Khen thưởng'),
  );
  return { name: 'to-trinh', title: 'Tờ trình đề nghị khen thưởng', blocks };
}

// Made for issue 26 item 4 (Tân Quang III.4; the commune chairman's Giấy khen dossier: proposal with list) and
// issue 38 item 3 (signable as written).
