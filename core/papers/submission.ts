// Tờ trình đề nghị cấp trên khen thưởng: the commune's submission to the province chairman for the awards above the
// commune (a province chairman's Bằng khen, a central award that goes up through the province) for those the
// council's vote passed — its own paper, signed for the commune's People's Committee; made only when there are such
// nominees.
import type { ClosedRound } from '../run/closing.js';
import { p, type Block, type Paper } from './document.js';
import { communeIssuer, communeKind, heading, placeName, signature } from './heading.js';
import { basesOf, movementName, provinceChair, type PaperOptions } from './wording.js';
import { formTables, heldAt, heldInLists, nomineeForms, whomListed } from './proposed.js';
import { countText } from '../ranking/held-elsewhere.js';
import { conditionedBands, proposalConditions } from './band-conditions.js';

export function submissions(closed: ClosedRound, opts: PaperOptions): Paper[] {
  const { record } = closed;
  const commune = record.set.commune;
  const passed = nomineeForms(closed, 'passed');
  const forms = passed.filter((f) => f.level !== 'xa');
  if (forms.length === 0) return [];
  // Who reaches a form above the commune but is listed for another, as the council's proposal says it.
  const held = heldInLists(record.forms.filter((f) => f.level !== 'xa'), passed, forms);
  const blocks: Block[] = [
    heading(communeIssuer(commune, 'TTr-UBND'), commune, closed.closedAt.slice(0, 4)),
    p('TỜ TRÌNH', { align: 'center', bold: true }),
    p(`Về việc đề nghị khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p(`Kính gửi: ${provinceChair(record)}.`, { align: 'center' }),
    ...basesOf(closed, opts.receivedUpward).lines.map((l) => p(l, { indent: true, align: 'justify' })),
    p(`Theo đề nghị của Hội đồng Thi đua - Khen thưởng ${placeName(commune)},`, { indent: true, align: 'justify' }),
    p(`Ủy ban nhân dân ${placeName(commune)} kính trình ${provinceChair(record)} xem xét, khen thưởng như sau:`, { indent: true, align: 'justify' }),
  ];
  forms.forEach((form, i) => {
    blocks.push(p(`${i + 1}. Đề nghị ${provinceChair(record)} tặng ${form.formal} cho ${countText(form)} đã có thành tích trong ${movementName(record)}:`, { bold: true, indent: true, keepNext: true, align: 'justify' }));
    for (const part of formTables(form)) blocks.push(p(part.heading, { bold: true, keepNext: true }), part.table);
    blocks.push(...heldAt(held, forms, form.id));
  });
  blocks.push(
    ...heldAt(held, forms),
    // The minutes go with it: a band its lists state by points and whose condition the council weighed there is said, as in the council's proposal.
    ...proposalConditions(conditionedBands(closed, forms)),
    p(`Hồ sơ kèm theo: biên bản họp Hội đồng Thi đua - Khen thưởng ${communeKind(commune)}; báo cáo thành tích của từng ${whomListed(forms).join(', ')}.`, { indent: true, align: 'justify' }),
    p(`Ủy ban nhân dân ${placeName(commune)} kính trình ${provinceChair(record)} xem xét, quyết định./.`, { indent: true, align: 'justify' }),
    signature(['Như trên', 'Lưu: VT'], 'Chủ tịch', 'TM. Ủy ban nhân dân'),
  );
  return [{ name: 'to-trinh-cap-tren', title: 'Tờ trình đề nghị cấp trên khen thưởng', blocks }];
}

// Made for issue 46 item 3: the submission to the province for awards above the commune, where «(trình cấp có thẩm
// quyền)» stood in the council's letter.
