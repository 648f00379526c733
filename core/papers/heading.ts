// Thể thức văn bản (Decree 30/2020/NĐ-CP): the issuer and number on the left, the national heading and the place and
// date on the right, each with its rule; the signer's block; the date written «ngày 05 tháng 11 năm 2025».
import { formatDateVi } from '../values.js';
import { lines, p, type Columns, type Paragraph } from './document.js';
import { phrase } from '../text.js';

export const NATIONAL_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The rule under the issuer's name: between a third and a half of its line (Decree 30/2020, appendix I). */
const ISSUER_RULE = 0.4;

/** The form's blank for a commune the set does not name, written in by hand (as the achievement report's fields are). */
export const COMMUNE_BLANK = '……………';

/**
 * Said where the papers are made when the set names no commune: where to type it. The name is sealed with the result,
 * so it reaches the papers after scoring and closing again.
 */
export const COMMUNE_MISSING = `Bộ tiêu chí không ghi tên xã (ô bên phải nhãn «Xã» ở đầu trang «Tiêu chí» của tệp bộ tiêu chí): giấy tờ để trống tên xã («xã ${COMMUNE_BLANK}») để ghi tay. Ghi tên xã vào ô đó, chấm và chốt lại để in tên xã.`;

/** «Ta Ma», or the blank where the set names no commune: never an empty name before a comma or a full stop. */
export function communeName(commune: string): string {
  return commune.trim() || COMMUNE_BLANK;
}

/** A commune-level unit's kind written before its name («Phường Lê Chân», «Đặc khu Cát Hải»): a ward is no «xã». */
const KIND_WRITTEN_BEFORE = /^(xã|phường|đặc khu|thị trấn)\s+(?=\S)/iu;

/** «xã», or the kind the set writes before the commune's name («phường»): what the papers call the place and its bodies. */
export function communeKind(commune: string): string {
  return KIND_WRITTEN_BEFORE.exec(commune.trim())?.[1]!.toLocaleLowerCase('vi') ?? 'xã';
}

/** «xã Ta Ma», «phường Lê Chân» as the set writes it, with spaces no line may break at: a place name is never split across lines. */
export function placeName(commune: string): string {
  const name = communeName(commune);
  const kind = KIND_WRITTEN_BEFORE.exec(name);
  return `${communeKind(commune)} ${kind ? name.slice(kind[0].length) : name}`.replace(/ /g, '\u00A0');
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
 * A unit's own paper (a collective's achievement report): «UBND XÃ TA MA» over «ĐOÀN THANH NIÊN» — the unit's name
 * without the commune it already names, under the commune as the body above it; the commune's committee itself is
 * «ỦY BAN NHÂN DÂN / XÃ TA MA». A name longer than the column holds is broken by the planner between two words.
 */
export function unitIssuer(unitName: string, commune: string, symbol: string): Issuer {
  const own = unitName.trim().replace(new RegExp(`\\s+xã\\s+${escaped(commune)}$`, 'iu'), '');
  if (/^(ủy ban nhân dân|ubnd)$/iu.test(own)) return communeIssuer(commune, symbol);
  // The commune's name inside another («Trường Tiểu học Ta Ma») is never split either.
  const whole = own.replace(new RegExp(escaped(commune), 'giu'), (m) => m.replace(/\s+/g, '\u00A0'));
  return { parent: [`UBND ${placeName(commune)}`], name: nameLines(whole), symbol };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * Capitals the issuer's column holds on a line (40 % of the text width at 13 pt bold, about 20 capitals; a space or
 * a hyphen takes less than half of one): «THI ĐUA - KHEN THƯỞNG» fits, «TRƯỜNG PTDTBT TIỂU HỌC TA MA» does not.
 */
const ISSUER_LINE = 20.5;
const lineLength = (text: string) => [...text].reduce((sum, ch) => sum + (/[\s\u00A0.,-]/.test(ch) ? 0.4 : 1), 0);

/** A name in as few lines as the issuer's column holds, broken between words where the lines come out most even. */
export function nameLines(name: string): string[] {
  if (lineLength(name) <= ISSUER_LINE) return [name];
  const words = name.split(' ');
  let best: string[] | undefined;
  for (let k = 1; k < words.length; k++) {
    const split = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    if (!best || Math.max(...split.map(lineLength)) < Math.max(...best.map(lineLength))) best = split;
  }
  return best ? [...nameLines(best[0]!), ...nameLines(best[1]!)] : [name];
}

/**
 * «UBND XÃ TA MA» over «HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG», the number left blank for the office to fill. The issuer's
 * lines are the planner's (`parent`, `name`: one string a line), so the page never breaks a name where it likes.
 */
export function heading(issuer: Issuer | undefined, place: string, year: string, day?: string): Columns {
  const upper = (texts: readonly string[]) => texts.map((t) => t.toUpperCase());
  // A person's own paper (an individual's achievement report) has no issuer and no number.
  const left: Paragraph[] = !issuer ? [p('')] : [
    ...(issuer.parent ? [lines(upper(issuer.parent), { align: 'center', size: 13 })] : []),
    lines(upper(issuer.name), { align: 'center', bold: true, size: 13, rule: ISSUER_RULE }),
    p(`Số:       /${issuer.symbol}`, { align: 'center', size: 13 }),
  ];
  const right: Paragraph[] = [
    p(NATIONAL_HEADING, { align: 'center', bold: true, size: 12 }),
    p(MOTTO, { align: 'center', bold: true, size: 13, rule: 1 }),
    // A draft: the day is the signer's to write — unless the paper records a day already past (the minutes' meeting).
    p(day ? `${communeName(place)}, ${longDate(day)}` : `${communeName(place)}, ngày       tháng       năm ${year}`, { align: 'center', italic: true }),
  ];
  return { kind: 'columns', left, right, widths: [40, 60] };
}

/** «ngày 05 tháng 3 năm 2026»: Decree 30/2020 writes a day under 10 and the months 1 and 2 with a leading zero. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

/**
 * The signer's block: authority («TM. …», when signing for a body), title, «(Ký, ghi rõ họ tên)», room to sign, and the
 * name when it is known (the chair and secretary typed on «Biểu quyết»); otherwise the room is left for the name
 * written by hand — never a dotted line for a clerk to fill.
 */
export function signerBlock(title: string, on?: string, name = '', hint = '(Ký, ghi rõ họ tên)'): Paragraph[] {
  return [
    ...(on ? [p(on.toUpperCase(), { align: 'center', bold: true, size: 13 })] : []),
    p(title.toUpperCase(), { align: 'center', bold: true, size: 13 }),
    p(hint, { align: 'center', italic: true, size: 13 }),
    p(''),
    p(''),
    p(''),
    p(name, { align: 'center', bold: true }),
  ];
}

/** «Nơi nhận» on the left, the signer's block on the right. */
export function signature(recipients: string[], signer: string, on?: string, name = ''): Columns {
  return {
    kind: 'columns',
    left: [p('Nơi nhận:', { bold: true, italic: true, size: 12 }), ...recipients.map((r, i) => p(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 }))],
    right: signerBlock(signer, on, name),
    widths: [38, 62],
  };
}

/** A document that names its kind («Quyết định số 212/2025/QĐ-UBND», «Kế hoạch 100/KH-UBND»): printed as written. */
const KIND_WRITTEN = /^(?:k[eế] ho[aạ]ch|quyết định|chương trình|hướng dẫn|chỉ thị|nghị quyết|thông báo|công văn)(?!\p{L})/iu;
/** The kinds a number's symbol names (Decree 30/2020/NĐ-CP, Phụ lục III): «212/2025/QĐ-UBND» is a decision. */
const SYMBOL_KINDS: Record<string, string> = { QĐ: 'Quyết định', KH: 'Kế hoạch', CTr: 'Chương trình', HD: 'Hướng dẫn', CT: 'Chỉ thị', NQ: 'Nghị quyết', TB: 'Thông báo' };

/** The kind a bare number's symbol names, a plan when it names none (a plan is what launches a movement). */
function kindOfSymbol(number: string): string {
  const symbol = /\/([\p{L}]+)-/u.exec(number)?.[1];
  return (symbol !== undefined ? SYMBOL_KINDS[symbol] : undefined) ?? 'Kế hoạch';
}

/**
 * The plan as the papers name it: «Căn cứ Kế hoạch số 100/KH-UBND ngày 22/02/2024 về …;» when the set gives its number
 * and date; a plan printed without them («…/KH-UBND») is no «Căn cứ» — it is named «Thực hiện …;», and a warning says so.
 * `unnamed`: the plan as named when the set gives no «Trích yếu» («Kế hoạch phát động» and the set's movement).
 */
export function planLine(basis: { document: string; date: string; title: string }, unnamed: string): { line: string; warning?: string } {
  const numbered = basis.document !== '' && !basis.document.includes('…') && /\d/.test(basis.document) && basis.date !== '';
  if (numbered) {
    const plan = KIND_WRITTEN.test(basis.document) ? basis.document : `${kindOfSymbol(basis.document)} số ${basis.document}`;
    return { line: `Căn cứ ${plan} ngày ${formatDateVi(basis.date)}${basis.title ? ` về ${phrase(basis.title)}` : ''};` };
  }
  const title = basis.title || unnamed;
  return {
    line: `Thực hiện ${phrase(title)};`,
    warning: `Bộ tiêu chí không ghi số và ngày của kế hoạch («${basis.document || title}»): giấy tờ nêu «Thực hiện …», không dẫn kế hoạch làm căn cứ. Ghi số và ngày kế hoạch vào bộ tiêu chí để dẫn làm căn cứ.`,
  };
}

// Made for issue 26 item 4 and issue 38 item 3: every paper thidua drafts opens and closes the way Decree 30/2020/NĐ-CP
// asks — rules under the issuer and the motto, no name broken inside the heading, the signer's block whole.
