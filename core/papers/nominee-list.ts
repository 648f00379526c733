// Danh sách công khai: the list of those the council proposes, for posting at the commune's offices before the
// chairman decides (Decree 152/2025/NĐ-CP asks the list of nominees to be made public, DOMAIN.md §10), with the days it
// stays posted and where remarks go — by form, collectives before individuals, by score, with their achievements.
import type { ClosedRound } from '../run/closing.js';
import { formatDateVi } from '../values.js';
import { p, type Block, type Paper } from './document.js';
import { councilIssuer, heading, placeName, signature } from './heading.js';
import { movementName, type PaperOptions } from './wording.js';
import { countText, formTables, nomineeForms } from './proposed.js';

export function nomineeList(closed: ClosedRound, opts: PaperOptions): Paper[] {
  const { record } = closed;
  const commune = record.set.commune;
  // Posted before the meeting: every nominee the scoring proposes, not only those the vote later passed.
  const forms = nomineeForms(closed, 'all');
  if (forms.length === 0) return [];
  const { from, to } = opts.posting;
  const blocks: Block[] = [
    heading(councilIssuer(commune, 'DS-HĐTĐKT'), commune, closed.closedAt.slice(0, 4)),
    p('DANH SÁCH', { align: 'center', bold: true }),
    p(`Tập thể, cá nhân được đề nghị xét khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p(`(Niêm yết công khai từ ngày ${formatDateVi(from)} đến hết ngày ${formatDateVi(to)})`, { align: 'center', italic: true }),
  ];
  forms.forEach((form, i) => {
    blocks.push(p(`${i + 1}. Đề nghị tặng ${form.formal}: ${countText(form)}`, { bold: true, indent: true, keepNext: true }));
    for (const part of formTables(form)) blocks.push(p(part.heading, { bold: true, keepNext: true }), part.table);
  });
  blocks.push(
    p(
      `Trong thời gian niêm yết, ý kiến về các tập thể, cá nhân có tên trong danh sách gửi về Hội đồng Thi đua - Khen thưởng ${placeName(commune)} (qua Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã) để tổng hợp, xem xét trước khi Chủ tịch Ủy ban nhân dân xã quyết định./.`,
      { indent: true, align: 'justify' },
    ),
    signature(['Niêm yết tại trụ sở Ủy ban nhân dân xã', 'Lưu: VT, HĐTĐKT'], 'Chủ tịch', 'TM. Hội đồng Thi đua - Khen thưởng', closed.votes?.meeting.chair ?? ''),
  );
  return [{ name: 'danh-sach-cong-khai', title: 'Danh sách niêm yết công khai', blocks }];
}

// Made for issue 46 item 4: the nominee list the law asks to be posted publicly, with its posting period.
