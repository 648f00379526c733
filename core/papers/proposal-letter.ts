// Tờ trình đề nghị khen thưởng: the council's proposal to the commune chairman — the commune's own awards for those
// the council's vote passed, and the awards of higher levels the chairman is asked to seek for them — each list
// numbered, by form, collectives before individuals, by score. The council signs it, so it speaks for the council:
// what it proposes after its vote, never a request to itself, nor a word to the clerk.
import type { ClosedRound } from '../run/closing.js';
import { formatDateVi } from '../values.js';
import { p, type Block, type Paper } from './document.js';
import { communeKind, councilIssuer, heading, placeName, signature } from './heading.js';
import { basesOf, closedOnText, movementName, periodWords, provinceChair, roundName, statedPeriod, type PaperOptions } from './wording.js';
import { formTables, heldAt, heldInLists, listedNowhere, nomineeForms, whomListed } from './proposed.js';
import { countText } from '../ranking/held-elsewhere.js';
import { conditionedBands, proposalConditions } from './band-conditions.js';

export function proposalLetter(closed: ClosedRound, opts: PaperOptions): Paper {
  const { record } = closed;
  const commune = record.set.commune;
  const forms = nomineeForms(closed, 'passed');
  // Who reaches a form but is listed here for another, or the vote did not pass and is on no list, under that form's
  // list (or after the lists when it lists no one).
  const held = [...heldInLists(record.forms, forms, forms), ...listedNowhere(closed)];
  const meeting = closed.votes?.meeting.date ? ` và kết quả biểu quyết của Hội đồng tại cuộc họp ngày ${formatDateVi(closed.votes.meeting.date)}` : ' và kết quả biểu quyết của Hội đồng';
  const blocks: Block[] = [
    heading(councilIssuer(commune, 'TTr-HĐTĐKT'), commune, closed.closedAt.slice(0, 4)),
    p('TỜ TRÌNH', { align: 'center', bold: true }),
    p(`Về việc đề nghị khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p(`Kính gửi: Chủ tịch Ủy ban nhân dân ${placeName(commune)}.`, { align: 'center' }),
    ...basesOf(closed, opts.receivedOn, ['emulation-law', 'emulation-amendment', 'decree', 'circular']).lines.map((l) => p(l, { indent: true, align: 'justify' })),
    p(`Trên cơ sở kết quả chấm điểm ${roundName(record)} theo bộ tiêu chí «${record.set.title}»${statedPeriod(record) ? '' : periodWords(record, ' (kỳ ', ')')} ${closedOnText(closed)}${meeting},`, {
      indent: true,
      align: 'justify',
    }),
    p(`Hội đồng Thi đua - Khen thưởng ${communeKind(commune)} kính trình Chủ tịch Ủy ban nhân dân ${placeName(commune)} xem xét, khen thưởng như sau:`, { indent: true, align: 'justify' }),
  ];
  if (forms.length === 0) blocks.push(p('Không có tập thể, cá nhân nào được Hội đồng biểu quyết đề nghị khen thưởng trong đợt xét này.', { indent: true }));
  forms.forEach((form, i) => {
    const lead =
      form.level === 'xa'
        ? `${i + 1}. Đề nghị Chủ tịch Ủy ban nhân dân ${communeKind(commune)} tặng ${form.formal} cho ${countText(form)}:`
        : `${i + 1}. Đề nghị Chủ tịch Ủy ban nhân dân ${communeKind(commune)} trình ${provinceChair(record)} xét, tặng ${form.formal} cho ${countText(form)}:`;
    blocks.push(p(lead, { bold: true, indent: true, keepNext: true }));
    for (const part of formTables(form)) blocks.push(p(part.heading, { bold: true, keepNext: true }), part.table);
    blocks.push(...heldAt(held, forms, form.id));
  });
  blocks.push(
    ...heldAt(held, forms),
    ...proposalConditions(conditionedBands(closed, forms)),
    p(`Hồ sơ kèm theo: biên bản họp Hội đồng Thi đua - Khen thưởng ${communeKind(commune)}; danh sách niêm yết công khai; báo cáo thành tích của từng ${whomListed(forms).join(', ')}.`, { indent: true, align: 'justify' }),
    p(`Hội đồng Thi đua - Khen thưởng ${communeKind(commune)} kính trình Chủ tịch Ủy ban nhân dân ${placeName(commune)} xem xét, quyết định./.`, { indent: true, align: 'justify' }),
    signature(['Như trên', 'Lưu: VT, HĐTĐKT'], 'Chủ tịch', 'TM. Hội đồng Thi đua - Khen thưởng', closed.votes?.meeting.chair ?? ''),
  );
  return { name: 'to-trinh', title: 'Tờ trình đề nghị khen thưởng', blocks };
}

// Made for issue 26 item 4 (Tân Quang III.4; the commune chairman's Giấy khen dossier: proposal with list), issue 38
// item 3 (signable as written) and issue 46 items 2 and 3 (only those the vote passed; no word to the clerk).
