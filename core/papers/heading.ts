// Thể thức văn bản (Decree 30/2020/NĐ-CP): the issuer and number on the left, the national heading and the place and
// date on the right; the signature block; the date written «ngày 05 tháng 11 năm 2025».
import { formatDateVi } from '../values.js';
import { p, type Columns, type Paragraph } from './document.js';

export const NATIONAL_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** «UBND XÃ TA MA» over «HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG», the number left blank for the office to fill. */
export function heading(issuer: { parent?: string; name: string; symbol: string }, place: string, year: string): Columns {
  const left: Paragraph[] = [
    ...(issuer.parent ? [p(issuer.parent.toUpperCase(), { align: 'center', size: 13 })] : []),
    p(issuer.name.toUpperCase(), { align: 'center', bold: true, size: 13 }),
    p(`Số:       /${issuer.symbol}`, { align: 'center', size: 13 }),
  ];
  const right: Paragraph[] = [
    p(NATIONAL_HEADING, { align: 'center', bold: true, size: 12 }),
    p(MOTTO, { align: 'center', bold: true, size: 14 }),
    // A draft: the day is the signer's to write.
    p(`${place}, ngày       tháng       năm ${year}`, { align: 'center', italic: true }),
  ];
  return { kind: 'columns', left, right, widths: [38, 62] };
}

/** «Nơi nhận» on the left, the signer's title and name blank on the right. */
export function signature(recipients: string[], signer: string, on?: string): Columns {
  return {
    kind: 'columns',
    left: [p('Nơi nhận:', { bold: true, italic: true, size: 12 }), ...recipients.map((r) => p(`- ${r};`, { size: 11 }))],
    right: [...(on ? [p(on, { align: 'center', bold: true })] : []), p(signer.toUpperCase(), { align: 'center', bold: true }), p(''), p(''), p(''), p('(Ký, ghi rõ họ tên)', { align: 'center', italic: true, size: 12 })],
    widths: [50, 50],
  };
}

/** «xã Ta Ma, huyện Tuần Giáo, tỉnh Điện Biên» as far as the set says. */
export function placeName(set: { commune: string; district: string; province: string }): string {
  return [set.commune && `xã ${set.commune}`, set.district && `huyện ${set.district}`, set.province && `tỉnh ${set.province}`].filter(Boolean).join(', ');
}

/** «Kế hoạch số 100/KH-UBND ngày 22/02/2024 về …» — the plan as the papers cite it, its own words kept. */
export function planCitation(basis: { document: string; date: string; title: string }): string {
  if (!basis.document) return `kế hoạch${basis.title ? ` «${basis.title}»` : ' phát động phong trào thi đua chuyển đổi số của xã'}`;
  const plan = /^k[eế] ho[aạ]ch/i.test(basis.document) ? basis.document : `Kế hoạch số ${basis.document}`;
  const date = basis.date ? ` ngày ${formatDateVi(basis.date)}` : '';
  return `${plan}${date}${basis.title ? ` về ${basis.title}` : ''}`;
}

// Made for issue 26 item 4: every paper thidua drafts opens and closes the way Decree 30/2020/NĐ-CP asks.
