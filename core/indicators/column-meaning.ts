// Nghĩa của cột (what a statistics column means): a column's whole header path — group header and sub-headers,
// "Số hồ sơ đã giải quyết › Trước hạn, đúng hạn" — read against the vocabulary of the one-stop platforms (DOMAIN §7)
// into an indicator code, with a confidence: the share of the header's words the vocabulary explains. Page types
// still name their own columns; this gives a meaning to every other column, and the mapping form's first guess.
import type { IndicatorUnit } from './codes.js';
import { HEADER_SEPARATOR, spelled } from './table.js';

/** What a header speaks of. */
type Concept =
  | 'received' | 'carried' | 'inPeriod' | 'online' | 'direct' | 'post' | 'resolved' | 'result' | 'early' | 'ontime' | 'late'
  | 'pending' | 'paused' | 'withdrawn' | 'rate' | 'total' | 'sync' | 'fees' | 'paid' | 'digitised' | 'eresult' | 'reused' | 'shared' | 'certified';

/**
 * The wordings of DOMAIN §7 (and of the sibling reports, DOMAIN §2), as `spelled` writes them (no marks, tỷ → ti,
 * kỳ → ki): the longest is tried first at each word, so «mới tiếp nhận trực tuyến» is received + online and
 * «kết quả điện tử» is not a result.
 */
const VOCABULARY: readonly (readonly [string, readonly Concept[]])[] = [
  ['nhan giai quyet', ['received']], ['tiep nhan', ['received']], ['da nhan', ['received']], ['nhan', ['received']],
  ['ki truoc chuyen sang', ['carried']], ['ki truoc', ['carried']], ['ton truoc', ['carried']], ['ton ki truoc', ['carried']], ['chuyen sang', ['carried']],
  ['trong ki', ['inPeriod']], ['moi', ['inPeriod']],
  ['truc tuyen', ['online']], ['qua mang', ['online']], ['tttt', ['paid', 'online']],
  ['truc tiep', ['direct']], ['mot cua', ['direct']],
  ['qua bcci', ['post']], ['bcci', ['post']], ['buu chinh cong ich', ['post']], ['qua buu chinh', ['post']], ['buu chinh', ['post']],
  ['da xu li', ['resolved']], ['da giai quyet', ['resolved']], ['hoan thanh', ['resolved']], ['da tra ket qua', ['resolved']], ['giai quyet', ['resolved']], ['xu li', ['resolved']],
  ['ket qua nhan giai quyet', ['resolved']], ['ket qua dien tu', ['eresult']], ['ket qua', ['result']],
  ['truoc han', ['early']], ['som han', ['early']], ['som', ['early']],
  ['dung han', ['ontime']], ['trong han', ['ontime']], ['con han', ['ontime']], ['chua den han', ['ontime']],
  ['qua han', ['late']], ['tre han', ['late']],
  ['dang xu li', ['pending']], ['dang giai quyet', ['pending']], ['chua xu li', ['pending']], ['chua giai quyet', ['pending']],
  ['tam dung xu li', ['paused']], ['tam dung', ['paused']], ['cho bo sung', ['paused']], ['bo sung', ['paused']],
  ['tra lai', ['withdrawn']], ['rut', ['withdrawn']],
  ['ti le', ['rate']], ['%', ['rate']], ['(%)', ['rate']],
  ['tong so', ['total']], ['tong cong', ['total']], ['tong', ['total']], ['so luong', ['total']], ['sl', ['total']],
  ['dong bo', ['sync']],
  ['nghia vu tai chinh', ['fees']], ['phi, le phi', ['fees']], ['co phi', ['fees']], ['le phi', ['fees']],
  ['thanh toan', ['paid']], ['tt', ['paid']],
  ['so hoa', ['digitised']], ['khai thac', ['reused']], ['su dung lai', ['reused']], ['ket noi', ['shared']], ['chia se', ['shared']], ['chung thuc', ['certified']],
];

/** Words that say nothing of the figure («số hồ sơ», «của», «Cổng DVC QG»…): neither counted for nor against. */
const FILLER = new Set(['so', 'ho', 'hs', 'cua', 'cac', 'va', 'theo', 'tren', 've', 'cong', 'dvc', 'dvcqg', 'qg', 'quoc', 'gia', 'hinh', 'thuc', 'nop', 'duoc', 'thanh', 'phan', 'tthc', 'thu', 'tuc', 'hanh', 'chinh', 'don', 'vi', 'tu', 'den', 'voi', 'la', 'da', 'trong', 'cap', 'co']);

const PHRASES = [...VOCABULARY].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length).map(([p, c]) => ({ words: p.split(' '), concepts: c }));

/**
 * A note in brackets that says what a figure includes, «Đúng hạn (Bao gồm cả hồ sơ chờ Bổ sung và Trả lại/Xin rút)»
 * (Biểu II.06a as a platform draws it): it qualifies the figure, its words are not the figure's.
 */
const INCLUDES_NOTE = /\((?:bao gom|gom|ke ca|tinh ca|khong bao gom|khong ke|trong do)\b[^)]*\)/g;

/** The column of row numbers («STT», «TT», «Số TT»): never a figure, though «TT» also abbreviates «thanh toán». */
export function isRowNumberHeader(header: string): boolean {
  return /^(?:s[oố]\s*)?(?:tt|thu tu)$|^stt$/.test(spelled(header).replace(/[.\s]+/g, ' ').trim());
}

/** The concepts a header level speaks of and how many of its words the vocabulary explains. */
function readLevel(level: string): { concepts: Set<Concept>; known: number; words: number } {
  const words = spelled(level).replace(INCLUDES_NOTE, ' ').replace(/\(%\)/g, ' % ').replace(/[(),;:/.-]+/g, ' ').split(' ').filter((w) => w !== '');
  const concepts = new Set<Concept>();
  let known = 0;
  let counted = 0;
  for (let i = 0; i < words.length; ) {
    const found = PHRASES.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (found) {
      for (const c of found.concepts) concepts.add(c);
      known += found.words.length;
      counted += found.words.length;
      i += found.words.length;
    } else {
      if (!FILLER.has(words[i]!) && !/^\d+$/.test(words[i]!)) counted++;
      i++;
    }
  }
  return { concepts, known, words: counted };
}

/** What a column's figures are, before a page type names them: a dossier figure (count) or its rate. */
export type Figure =
  | 'received' | 'carried' | 'inPeriod' | 'online' | 'direct' | 'post' | 'resolved' | 'early' | 'ontime' | 'late' | 'onTimeRate'
  | 'pending' | 'pendingOntime' | 'pendingLate' | 'paused' | 'withdrawn' | 'sync' | 'fees' | 'paid' | 'paidDirect'
  | 'digitised' | 'eresult' | 'reused' | 'shared' | 'certified';

/** The figure a set of concepts reads as; the most specific rule first. */
function figureOf(k: Set<Concept>): Figure | undefined {
  const has = (c: Concept) => k.has(c);
  if (has('paid')) return has('direct') ? 'paidDirect' : 'paid';
  if (has('fees')) return 'fees';
  if (has('sync')) return 'sync';
  if (has('eresult')) return 'eresult';
  if (has('reused')) return 'reused';
  if (has('shared')) return 'shared';
  if (has('certified')) return 'certified';
  if (has('digitised')) return 'digitised';
  if (has('paused')) return 'paused';
  if (has('withdrawn')) return 'withdrawn';
  if (has('pending')) return has('late') ? 'pendingLate' : has('ontime') ? 'pendingOntime' : 'pending';
  if (has('rate') && (has('ontime') || (has('result') && !has('early') && !has('late')))) return 'onTimeRate';
  if (has('ontime')) return 'ontime';
  if (has('early')) return 'early';
  if (has('late')) return 'late';
  if (has('online')) return 'online';
  if (has('direct')) return 'direct';
  if (has('post')) return 'post';
  if (has('carried')) return 'carried';
  if (has('inPeriod') && !has('resolved')) return 'inPeriod';
  if (has('resolved') || has('result')) return has('received') && !has('result') ? 'received' : 'resolved';
  if (has('received') || has('total')) return 'received';
  return undefined;
}

/** A page type's codes for figures: [count code, rate code]; a figure it does not name falls back to DOSSIER_CODES. */
export type FigureCodes = Partial<Record<Figure, readonly [string | undefined, string | undefined]>>;

/** The one-stop dossier codes (core/indicators/codes.ts): the 766 monitor's and the dossier status table's. */
export const DOSSIER_CODES: FigureCodes = {
  received: ['HS_TIEP_NHAN', undefined],
  carried: ['HS_KY_TRUOC', undefined],
  inPeriod: ['HS_TRONG_KY', undefined],
  online: ['HS_TRUC_TUYEN', 'TY_LE_NOP_TRUC_TUYEN'],
  direct: ['HS_TRUC_TIEP', 'TY_LE_NOP_TRUC_TIEP'],
  post: ['HS_BCCI', 'TY_LE_NOP_BCCI'],
  resolved: ['HS_DA_GIAI_QUYET', undefined],
  early: ['HS_TRUOC_HAN', undefined],
  ontime: ['HS_DUNG_HAN', 'TY_LE_DUNG_HAN'],
  onTimeRate: [undefined, 'TY_LE_DUNG_HAN'],
  late: ['HS_QUA_HAN', undefined],
  pending: ['HS_DANG_GIAI_QUYET', undefined],
  pendingOntime: ['HS_DANG_TRONG_HAN', undefined],
  pendingLate: ['HS_DANG_QUA_HAN', undefined],
  paused: ['HS_TAM_DUNG', undefined],
  withdrawn: ['HS_RUT', undefined],
  sync: ['HS_DONG_BO_DVCQG', undefined],
  fees: ['HS_CO_PHI', undefined],
  paid: ['HS_TTTT', 'TY_LE_TTTT'],
  paidDirect: [undefined, 'TY_LE_TT_TRUC_TIEP'],
  digitised: ['HS_SO_HOA', 'MDSH_SO_HOA_THANH_PHAN_TY_LE'],
  eresult: ['HS_KET_QUA_DIEN_TU', 'MDSH_KET_QUA_DIEN_TU_TY_LE'],
  reused: [undefined, 'MDSH_KHAI_THAC_LAI_TY_LE'],
  shared: [undefined, 'MDSH_KET_NOI_CHIA_SE_TY_LE'],
  certified: [undefined, 'MDSH_CHUNG_THUC_DIEN_TU_TY_LE'],
};

export interface ColumnMeaning {
  code: string;
  unit: IndicatorUnit;
  /** 0–1: the share of the header's words the vocabulary explains (fillers left out). */
  confidence: number;
}

/**
 * The meaning of a flattened header ("A › B › C") in a page type's codes. `percent`: the column's cells are
 * percentages by their content, whatever the header says.
 */
export function meaningOf(header: string, codes: FigureCodes = DOSSIER_CODES, percent = false): ColumnMeaning | undefined {
  if (isRowNumberHeader(header)) return undefined;
  const concepts = new Set<Concept>();
  let known = 0;
  let words = 0;
  for (const level of header.split(HEADER_SEPARATOR)) {
    const l = readLevel(level);
    for (const c of l.concepts) concepts.add(c);
    known += l.known;
    words += l.words;
  }
  const figure = figureOf(concepts);
  if (!figure || words === 0) return undefined;
  const rate = percent || concepts.has('rate');
  const slot = rate ? 1 : 0;
  const code = codes[figure]?.[slot] ?? DOSSIER_CODES[figure]?.[slot];
  return code ? { code, unit: rate ? 'percent' : 'count', confidence: Math.round((known / words) * 100) / 100 } : undefined;
}

/** Below this, a meaning is only offered in the mapping form, never captured on its own. */
export const CAPTURE_CONFIDENCE = 0.6;

/*
Made for: the provincial one-stop statistics tables of DOMAIN §7 (motcua.<tỉnh>.gov.vn, dichvucong.<tỉnh>.gov.vn —
smartkios-style, OpenCPS-style, the 766 monitor and its sibling reports), whose headers vary in wording and depth.
Tested by the generator of test/indicators/generated-tables.test.ts and the saved pages of test/fixtures/pages/platforms/.
*/
