// Dự thảo Quyết định khen thưởng: the commune chairman's draft decision for the forms the commune gives, to those the
// council's vote passed, with its list attached and the prize of each award; forms of higher levels go up with the
// submission (submission.ts). Made only when the commune gives an award in the round.
import type { ClosedRound, RecordedUnit } from '../run/closing.js';
import { p, type Block, type Paper, type Paragraph } from './document.js';
import { communeIssuer, communeKind, heading, placeName, signature } from './heading.js';
import { basesOf, closedOnText, movementName, sealText, termsOf, type PaperOptions } from './wording.js';
import { formTables, heldInLists, listedNowhere, nomineeForms, whomListed, type FormList } from './proposed.js';
import { countOf, countText } from '../ranking/held-elsewhere.js';
import { prizeAmount, prizeMultiples, prizeText, termsText, type PrizeTerms } from './prizes.js';
import { formatNumberVi } from '../values.js';
import { andList } from '../text.js';
import { conditionedBands, decisionConditions } from './band-conditions.js';

/** «Điều 1. …»: the article's heading bold, its text not. */
export function article(n: number, text: string): Paragraph {
  return { kind: 'paragraph', runs: [{ text: `Điều ${n}. `, bold: true }, { text }], indent: true, align: 'justify' };
}

/**
 * «Mỗi tập thể được thưởng 0,6 lần mức lương cơ sở (1.520.000 đồng)…»: the prize of one form, '' when the table has
 * none. A household's is never a person's: its rate under Decree 152/2025 is not verified (DOMAIN.md), so it is left to
 * the rules in force, and `leftOut` holds those the total leaves out.
 */
export function prizeSentence(form: FormList, terms: PrizeTerms): { text: string; total: number; leftOut: readonly RecordedUnit[] } {
  const m = prizeMultiples(form.label);
  if (!m) return { text: '', total: 0, leftOut: [] };
  const parts = [
    ...(form.collectives.length > 0 && m.collective !== undefined ? [`mỗi tập thể được thưởng ${prizeText(m.collective, terms)}`] : []),
    ...(form.individuals.length > 0 && m.individual !== undefined ? [`mỗi cá nhân được thưởng ${prizeText(m.individual, terms)}`] : []),
  ];
  const households = form.households.length > 0 ? ` Tiền thưởng kèm theo của mỗi hộ gia đình thực hiện theo quy định hiện hành (${HOUSEHOLD_RATE}).` : '';
  const total = form.collectives.length * prizeAmount(m.collective ?? 0, terms) + form.individuals.length * prizeAmount(m.individual ?? 0, terms);
  return { text: `${parts.length ? `Kèm theo ${form.formal}, ${parts.join('; ')}.` : ''}${households}`.trim(), total, leftOut: form.households };
}

/** Why no household's prize is computed: said beside it in the decision. */
const HOUSEHOLD_RATE = 'mức thưởng cho hộ gia đình theo Nghị định số 152/2025/NĐ-CP chưa được kiểm chứng, thidua không tính';

export function draftDecisions(closed: ClosedRound, opts: PaperOptions): Paper[] {
  const { record } = closed;
  const commune = record.set.commune;
  // The year it is signed in, the day that picks its prizes' base salary: a decision signed in January dates its list so too.
  const year = opts.decisionDate.slice(0, 4);
  const passed = nomineeForms(closed, 'passed');
  const forms = passed.filter((f) => f.level === 'xa');
  if (forms.length === 0) return [];
  const terms = termsOf(opts);
  const prizes = forms.map((f) => prizeSentence(f, terms));
  const total = prizes.reduce((s, x) => s + x.total, 0);
  // The total covers what is computed, and says whose prize it leaves out.
  const households = prizes.flatMap((x) => x.leftOut);
  const leftOut = households.length > 0 ? ` (chưa gồm tiền thưởng của ${countOf(households)})` : '';
  const blocks: Block[] = [
    heading(communeIssuer(commune, 'QĐ-UBND'), commune, year),
    p('QUYẾT ĐỊNH', { align: 'center', bold: true }),
    p(`Về việc khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p('(DỰ THẢO)', { align: 'center', italic: true }),
    p(`CHỦ TỊCH ỦY BAN NHÂN DÂN ${placeName(commune).toUpperCase()}`, { align: 'center', bold: true }),
    ...basesOf(closed, opts.receivedOn).lines.map((l) => p(l, { indent: true, align: 'justify' })),
    p(`Theo đề nghị của Hội đồng Thi đua - Khen thưởng ${placeName(commune)}.`, { indent: true, align: 'justify' }),
    p('QUYẾT ĐỊNH:', { align: 'center', bold: true, keepNext: true }),
    article(1, `${forms.map((f) => `Tặng ${f.formal} cho ${countText(f)}`).join('; ')} đã có thành tích trong ${movementName(record)} (có danh sách kèm theo).`),
    article(
      2,
      [...prizes.map((x) => x.text).filter(Boolean), ...(total > 0 ? [`Tiền thưởng tính theo ${termsText(terms)}.`, `Tổng số tiền thưởng ${formatNumberVi(total)} đồng${leftOut}, chi từ quỹ thi đua, khen thưởng của ${communeKind(commune)}.`] : [`Tiền thưởng kèm theo thực hiện theo quy định hiện hành, chi từ quỹ thi đua, khen thưởng của ${communeKind(commune)}.`])].join(' '),
    ),
    article(3, `Quyết định này có hiệu lực kể từ ngày ký. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${communeKind(commune)}, Hội đồng Thi đua - Khen thưởng ${communeKind(commune)}, các ${andList(whomListed(forms))} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`),
    signature(['Như Điều 3', 'Lưu: VT'], 'Chủ tịch'),
  ];
  for (const form of forms) {
    blocks.push(
      p(`DANH SÁCH ${countText(form).toUpperCase()} ĐƯỢC TẶNG ${form.formal.toUpperCase()}`, { align: 'center', bold: true, keepNext: true }),
      p(`(Kèm theo Quyết định số       /QĐ-UBND ngày       tháng       năm ${year} của Chủ tịch Ủy ban nhân dân ${placeName(commune)})`, { align: 'center', italic: true, keepNext: true }),
    );
    for (const part of formTables(form)) blocks.push(p(part.heading, { bold: true, keepNext: true }), part.table);
  }
  // The seal is for checking the list against the closed result, not part of what the chairman signs: it closes the
  // paper after the annexed lists, never under a signature.
  // A band the list states by points and whose condition the council weighed in its minutes is checked there too; so
  // is who reaches a commune's form but is listed for another (by its list, here or in the submission: the annex has no
  // items), or whom the vote did not pass and is on no list.
  const communeForms = new Set(record.forms.filter((f) => f.level === 'xa').map((f) => f.id));
  blocks.push(
    p('THÔNG TIN KIỂM TRA DANH SÁCH', { align: 'center', bold: true, keepNext: true }),
    p(`Danh sách kèm theo được đối chiếu với kết quả chấm điểm ${closedOnText(closed)}. ${sealText(closed)}`, { italic: true, size: 11, align: 'justify' }),
    ...[...heldInLists(record.forms.filter((f) => communeForms.has(f.id)), passed, []), ...listedNowhere(closed).filter((h) => communeForms.has(h.form))].map((h) => p(h.line, { italic: true, size: 11, align: 'justify' })),
    ...decisionConditions(conditionedBands(closed, forms)),
  );
  return [{ name: 'du-thao-quyet-dinh', title: 'Dự thảo Quyết định khen thưởng', blocks }];
}

// Made for issue 26 item 4, issue 38 item 3 and issue 46 items 2–4: the chairman's draft decision with its list and
// prizes, worded as Vietnamese decisions read («Tặng … cho 02 tập thể»), for those the council's vote passed.
