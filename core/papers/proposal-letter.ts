// Tờ trình đề nghị khen thưởng: the council's proposal to the commune chairman — the commune's own awards for those
// the council's vote passed, and the awards of higher levels the chairman is asked to seek for them — each list
// numbered, by form, collectives before individuals, by score. The council signs it, so it speaks for the council:
// what it proposes after its vote, never a request to itself, nor a word to the clerk.
import type { ClosedRound } from '../run/closing.js';
import { formatDateVi } from '../values.js';
import { p, type Block, type Paper } from './document.js';
import { communeKind, councilIssuer, heading, placeName, signature } from './heading.js';
import { basesOf, closedOnText, movementName, periodWords, provinceChair, roundName, statedPeriod, type PaperOptions } from './wording.js';
import { formTables, nomineeForms, type FormList } from './proposed.js';
import { countOf, countText, heldElsewhere, heldHead } from '../ranking/held-elsewhere.js';
import { conditionedBands, proposalConditions } from './band-conditions.js';

export function proposalLetter(closed: ClosedRound, opts: PaperOptions): Paper {
  const { record } = closed;
  const commune = record.set.commune;
  const forms = nomineeForms(closed, 'passed');
  const held = heldInLetter(closed, forms);
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
    blocks.push(...held.filter((h) => h.form === form.id).map((h) => p(h.line, { indent: true, align: 'justify' })));
  });
  blocks.push(
    ...held.filter((h) => !forms.some((f) => f.id === h.form)).map((h) => p(h.line, { indent: true, align: 'justify' })),
    ...proposalConditions(conditionedBands(closed, forms)),
    p(`Hồ sơ kèm theo: biên bản họp Hội đồng Thi đua - Khen thưởng ${communeKind(commune)}; danh sách niêm yết công khai; báo cáo thành tích của từng tập thể, cá nhân.`, { indent: true, align: 'justify' }),
    p(`Hội đồng Thi đua - Khen thưởng ${communeKind(commune)} kính trình Chủ tịch Ủy ban nhân dân ${placeName(commune)} xem xét, quyết định./.`, { indent: true, align: 'justify' }),
    signature(['Như trên', 'Lưu: VT, HĐTĐKT'], 'Chủ tịch', 'TM. Hội đồng Thi đua - Khen thưởng', closed.votes?.meeting.chair ?? ''),
  );
  return { name: 'to-trinh', title: 'Tờ trình đề nghị khen thưởng', blocks };
}

/**
 * Who reaches a form but is proposed here for another (held-elsewhere.ts), said under that form's list — or after the
 * lists when it lists no one — by count and the item they are listed at: each nominee is named once in the letter.
 */
function heldInLetter(closed: ClosedRound, forms: readonly FormList[]): { form: string; line: string }[] {
  // A unit's form is the item it is listed at: held-elsewhere's «by» is that item's place.
  const units = forms.flatMap((f, i) =>
    [...f.collectives, ...f.individuals].map((u) => ({ ...u, proposals: u.proposals.filter((p) => p.form === f.id).map((p) => ({ ...p, formLabel: String(i) })) })),
  );
  return heldElsewhere(closed.record.forms, units).map((h) => {
    const items = [...new Set(h.held.map((u) => Number(u.by)))].map((i) => {
      const at = h.held.filter((u) => Number(u.by) === i);
      return `${countOf(at)} ở mục ${i + 1} (${forms[i]!.formal})`;
    });
    return { form: h.form.id, line: `${heldHead(h)}: ${items.join('; ')}.` };
  });
}

// Made for issue 26 item 4 (Tân Quang III.4; the commune chairman's Giấy khen dossier: proposal with list), issue 38
// item 3 (signable as written) and issue 46 items 2 and 3 (only those the vote passed; no word to the clerk).
