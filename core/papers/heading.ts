// Thể thức văn bản (Decree 30/2020/NĐ-CP): the issuer and number on the left, the national heading and the place and
// date on the right, each with its rule; the signer's block; the date written «ngày 05 tháng 11 năm 2025».
import { formatDateVi } from '../values.js';
import { lines, p, type Columns, type Paragraph } from './document.js';

export const NATIONAL_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The rule under the issuer's name: between a third and a half of its line (Decree 30/2020, appendix I). */
const ISSUER_RULE = 0.4;

/** «xã Ta Ma» with spaces no line may break at: a place name is never split across lines. */
export function placeName(commune: string): string {
  return `xã ${commune}`.replace(/ /g, '\u00A0');
}

type Issuer = { parent?: string[]; name: string[]; symbol: string };

/** The council's papers: «UBND XÃ TA MA» over «HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG». */
export function councilIssuer(commune: string, symbol: string): Issuer {
  return { parent: [`UBND ${placeName(commune)}`], name: ['Hội đồng', 'Thi đua - Khen thưởng'], symbol };
}

/** The commune's papers: «ỦY BAN NHÂN DÂN / XÃ TA MA». */
export function communeIssuer(commune: string, symbol: string): Issuer {
  return { name: ['Ủy ban nhân dân', placeName(commune)], symbol };
}

/**
 * «UBND XÃ TA MA» over «HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG», the number left blank for the office to fill. The issuer's
 * lines are the planner's (`parent`, `name`: one string a line), so the page never breaks a name where it likes.
 */
export function heading(issuer: Issuer, place: string, year: string): Columns {
  const upper = (texts: readonly string[]) => texts.map((t) => t.toUpperCase());
  const left: Paragraph[] = [
    ...(issuer.parent ? [lines(upper(issuer.parent), { align: 'center', size: 13 })] : []),
    lines(upper(issuer.name), { align: 'center', bold: true, size: 13, rule: ISSUER_RULE }),
    p(`Số:       /${issuer.symbol}`, { align: 'center', size: 13 }),
  ];
  const right: Paragraph[] = [
    p(NATIONAL_HEADING, { align: 'center', bold: true, size: 12 }),
    p(MOTTO, { align: 'center', bold: true, size: 13, rule: 1 }),
    // A draft: the day is the signer's to write.
    p(`${place}, ngày       tháng       năm ${year}`, { align: 'center', italic: true }),
  ];
  return { kind: 'columns', left, right, widths: [40, 60] };
}

/** The signer's block: authority («TM. …», when signing for a body), title, «(Ký, ghi rõ họ tên)», room to sign, the name. */
export function signerBlock(title: string, on?: string): Paragraph[] {
  return [
    ...(on ? [p(on.toUpperCase(), { align: 'center', bold: true, size: 13 })] : []),
    p(title.toUpperCase(), { align: 'center', bold: true, size: 13 }),
    p('(Ký, ghi rõ họ tên)', { align: 'center', italic: true, size: 13 }),
    p(''),
    p(''),
    p(''),
    p('……………………………', { align: 'center', bold: true }),
  ];
}

/** «Nơi nhận» on the left, the signer's block on the right. */
export function signature(recipients: string[], signer: string, on?: string): Columns {
  return {
    kind: 'columns',
    left: [p('Nơi nhận:', { bold: true, italic: true, size: 12 }), ...recipients.map((r) => p(`- ${r};`, { size: 11 }))],
    right: signerBlock(signer, on),
    widths: [38, 62],
  };
}

/** «Kế hoạch số 100/KH-UBND ngày 22/02/2024 về …» — the plan as the papers cite it, its own words kept. */
export function planCitation(basis: { document: string; date: string; title: string }): string {
  if (!basis.document) return `kế hoạch${basis.title ? ` «${basis.title}»` : ' phát động phong trào thi đua chuyển đổi số của xã'}`;
  const plan = /^k[eế] ho[aạ]ch/i.test(basis.document) ? basis.document : `Kế hoạch số ${basis.document}`;
  const date = basis.date ? ` ngày ${formatDateVi(basis.date)}` : '';
  return `${plan}${date}${basis.title ? ` về ${basis.title}` : ''}`;
}

// Made for issue 26 item 4 and issue 38 item 3: every paper thidua drafts opens and closes the way Decree 30/2020/NĐ-CP
// asks — rules under the issuer and the motto, no name broken inside the heading, the signer's block whole.
