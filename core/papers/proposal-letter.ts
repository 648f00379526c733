// Tờ trình đề nghị khen thưởng: the council's proposal to the commune chairman, with the list of collectives and
// individuals proposed for each form and the achievements of each (the dossier's first paper).
import type { ClosedRound } from '../run/closing.js';
import { AWARD_ROUND_TITLES } from '../criteria/schema.js';
import { formatDateVi } from '../values.js';
import { p, type Block, type Paper } from './document.js';
import { heading, placeName, planCitation, signature } from './heading.js';
import { LEGAL_BASES, closedOnText, movementName } from './wording.js';
import { eligibleUnits, listTable, proposedForms } from './proposed.js';

export function proposalLetter(closed: ClosedRound): Paper {
  const { record } = closed;
  const commune = record.set.commune || '…';
  const forms = proposedForms(closed);
  const blocks: Block[] = [
    heading({ parent: `UBND xã ${commune}`, name: 'Hội đồng Thi đua - Khen thưởng', symbol: 'TTr-HĐTĐKT' }, commune, closed.closedAt.slice(0, 4)),
    p('TỜ TRÌNH', { align: 'center', bold: true }),
    p(`Về việc đề nghị khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p(`Kính gửi: Chủ tịch Ủy ban nhân dân xã ${commune}.`, { align: 'center' }),
    ...LEGAL_BASES.map((b) => p(`Căn cứ ${b};`, { indent: true, align: 'justify' })),
    p(`Căn cứ ${planCitation(record.set.legalBasis)};`, { indent: true, align: 'justify' }),
    p(
      `Căn cứ kết quả chấm điểm ${record.set.period.label.toLowerCase()} (bộ tiêu chí «${record.set.title}», đợt xét ${AWARD_ROUND_TITLES[record.round].toLowerCase()}) ${closedOnText(closed)},`,
      { indent: true, align: 'justify' },
    ),
    p(`Hội đồng Thi đua - Khen thưởng xã kính trình Chủ tịch Ủy ban nhân dân xã ${commune} xem xét, khen thưởng như sau:`, { indent: true, align: 'justify' }),
  ];
  if (forms.length === 0) blocks.push(p('Không có tập thể, cá nhân nào đủ điều kiện đề nghị khen thưởng trong đợt xét này.', { indent: true, italic: true }));
  forms.forEach((form, i) => {
    const count = [form.collectives.length && `${form.collectives.length} tập thể`, form.individuals.length && `${form.individuals.length} cá nhân`].filter(Boolean).join(' và ');
    const higher = form.level !== 'xa' ? ' (trình cấp có thẩm quyền)' : '';
    blocks.push(p(`${i + 1}. ${form.label}${higher}: ${count}${form.quota ? ` (${form.quota}${form.source ? `, ${form.source}` : ''})` : ''}.`, { bold: true, indent: true }));
    if (form.collectives.length > 0) blocks.push(listTable(form.collectives, 'Tên tập thể'));
    if (form.individuals.length > 0) blocks.push(listTable(form.individuals, 'Họ và tên'));
  });
  const eligible = eligibleUnits(closed);
  if (eligible.length > 0) {
    blocks.push(p('Các đơn vị đủ điều kiện ở hình thức kế hoạch không nêu số lượng, đề nghị Hội đồng quyết định:', { indent: true }));
    for (const { form, unit } of eligible) blocks.push(p(`- ${unit.unitName} (${form});`, { indent: true }));
  }
  blocks.push(
    p('(Có báo cáo thành tích và biên bản họp Hội đồng kèm theo.)', { indent: true, italic: true }),
    p(`Kính trình Chủ tịch Ủy ban nhân dân xã ${commune} xem xét, quyết định./.`, { indent: true }),
    signature(['Như trên', 'Lưu: VT, HĐTĐKT'], 'Chủ tịch Hội đồng', 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'),
    p(`(Lập từ kết quả đã chốt lần ${closed.number} ngày ${formatDateVi(closed.closedAt.slice(0, 10))}, ${placeName(record.set) || 'xã'}.)`, { italic: true, size: 11 }),
  );
  return { name: 'to-trinh', title: 'Tờ trình đề nghị khen thưởng', blocks };
}

// Made for issue 26 item 4 (Tân Quang III.4; the commune chairman's Giấy khen dossier: proposal with list).
