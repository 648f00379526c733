// The criteria sheet's vocabulary: the words a sheet uses for each part and value. The first label of each
// list is the one our writer writes; the others are what officers type. Matching ignores case and diacritics.
import { MAX_POINTS_LABELS, SELF_SCORE_LABELS, VERIFIED_SCORE_LABELS } from '../../report/read.js';
import { labelLookup, normalizeLabel } from '../../text.js';
import {
  type AwardForm, type ClassificationBand, type CouncilPolicy, type CriteriaGroup, type Measure, type TieBreak,
} from '../schema.js';

export const CRITERIA_SHEET_NAME = 'Tiêu chí';

export const META = {
  id: ['Mã bộ tiêu chí'],
  version: ['Phiên bản'],
  title: ['Tên bộ tiêu chí'],
  commune: ['Xã', 'Phường', 'Thị trấn'],
  district: ['Huyện', 'Quận', 'Thị xã'],
  province: ['Tỉnh'],
  document: ['Căn cứ', 'Số kế hoạch'],
  documentDate: ['Ngày ban hành'],
  documentTitle: ['Trích yếu'],
  periodLabel: ['Kỳ', 'Kỳ đánh giá'],
  from: ['Từ ngày'],
  to: ['Đến ngày'],
  deadline: ['Hạn nộp', 'Hạn nộp báo cáo'],
  deadlineWording: ['Hạn nộp theo lời kế hoạch'],
  scoreStep: ['Bước chấm điểm'],
  scoreStepWording: ['Bước chấm điểm theo lời bảng'],
  ratioMismatch: ['Sai lệch tỷ lệ cho phép (điểm %)', 'Sai lệch tỷ lệ cho phép'],
  selfScoreGap: ['Sai lệch điểm tự chấm cho phép (phần của điểm tối đa)', 'Sai lệch điểm tự chấm cho phép'],
  council: ['Số liệu bị bác (Rút điểm / Không xét khen thưởng)', 'Số liệu bị bác'],
  notes: ['Lưu ý', 'Ghi chú'],
} as const;
export type MetaKey = keyof typeof META;

export const SECTION_TITLES = {
  groups: ['NHÓM TIÊU CHÍ'],
  kinds: ['LOẠI ĐỐI TƯỢNG'],
  criteria: ['DANH SÁCH TIÊU CHÍ', 'TIÊU CHÍ'],
  bands: ['XẾP LOẠI'],
  awards: ['HÌNH THỨC KHEN THƯỞNG'],
  tieBreaks: ['THỨ TỰ ƯU TIÊN KHI BẰNG ĐIỂM', 'THỨ TỰ ƯU TIÊN'],
} as const;
export type SectionKey = keyof typeof SECTION_TITLES;

export const CRITERIA_COLUMNS = {
  code: ['Mã', 'Mã tiêu chí'],
  // Without «Mã», the row numbers are the codes; lettered sub-items ("a)") are numbered under their parent ("1.a").
  ordinal: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  title: ['Tiêu chí', 'Nội dung', 'Tên tiêu chí', 'Nội dung tiêu chí', 'Tên chỉ số', 'Nội dung đánh giá'],
  group: ['Nhóm', 'Nhóm tiêu chí'],
  unit: ['Đơn vị tính', 'ĐVT'],
  target: ['Chỉ tiêu'],
  maxPoints: MAX_POINTS_LABELS,
  // The lowest a row can score beside its maximum (an app's «Điểm tối thiểu | Điểm tối đa»): below zero, it takes points.
  minPoints: ['Điểm tối thiểu', 'Điểm thấp nhất', 'Tối thiểu'],
  // Whether a row adds or takes (an app's grid «Mã | Tên tiêu chí | Điểm tối đa | Loại» with «✅ Cộng» / «❌ Trừ»): a
  // row marked «Trừ» is a deduction of its points (signOf, points-text.ts); other words there are not read.
  sign: ['Loại điểm', 'Cộng/Trừ', 'Loại', 'Tính chất'],
  rule: ['Cách tính', 'Cách chấm'],
  // A rubric's own wording (DTI style): read into a rule where unambiguous, else scored by hand (./rubric.ts).
  rubric: ['Cách xác định và tính điểm', 'Cách xác định, tính điểm', 'Cách tính điểm', 'Cách xác định', 'Phương pháp tính điểm'],
  appliesTo: ['Áp dụng cho', 'Đối tượng áp dụng'],
  evidence: ['Minh chứng', 'Tài liệu kiểm chứng', 'Tài liệu minh chứng'],
  // Only in an all-in-one scoring sheet, which is also a unit's score sheet: a row with a self-score is the unit's.
  selfScore: SELF_SCORE_LABELS,
  // The verifier's column is the unit's report's (the criteria leave it aside); read here to say it is there.
  verifiedScore: VERIFIED_SCORE_LABELS,
  source: ['Căn cứ'],
  note: ['Ghi chú'],
  portal: ['Chỉ số cổng DVC', 'Chỉ số cổng'],
  // Only where «Đơn vị tính» and «Cách tính» do not already say what is measured.
  measure: ['Đại lượng (nếu khác)', 'Đại lượng'],
} as const;

/**
 * The words that name points taken, wherever a table writes them: a column's header, a part's heading, a row's words,
 * its «Loại» mark. A school's or a bank's «Điểm phạt» (penalty points) is a deduction as «Điểm trừ» is.
 */
export const TAKING_WORDS = ['Điểm trừ', 'Trừ điểm', 'Điểm phạt'] as const;
/** TAKING_WORDS as a pattern over normalizeLabel's spelling, for the readers that find them within words. */
export const TAKING = `(?:${TAKING_WORDS.map(normalizeLabel).join('|')})`;
/**
 * The words that name points added on top, wherever a part, a criterion or a figure's words write them. A school's
 * «Điểm khuyến khích» (encouragement points) is a bonus as «Điểm thưởng» is; so is a university's row «Các nội dung
 * khuyến khích cộng thêm» (contents encouraged, added on top) beside its five sides of conduct.
 */
export const ADDING_WORDS = ['Điểm cộng', 'Điểm thưởng', 'Cộng điểm', 'Điểm khuyến khích', 'Khuyến khích cộng thêm'] as const;
/** ADDING_WORDS as a pattern over normalizeLabel's spelling, as TAKING is. */
export const ADDING = `(?:${ADDING_WORDS.map(normalizeLabel).join('|')})`;

/**
 * The columns of a scoring table as offices issue it (a plan's appendix in Word, pasted into Excel): the name column
 * under its many names, and ĐIỂM split into Chuẩn | Thưởng | Trừ (header levels are read joined: «ĐIỂM Chuẩn»).
 * A unit's copy adds its own score columns, which the criteria leave aside.
 */
export const SCORING_TABLE_COLUMNS = {
  ordinal: [...CRITERIA_COLUMNS.ordinal, ...CRITERIA_COLUMNS.code],
  title: [
    ...CRITERIA_COLUMNS.title, 'Tiêu chuẩn thi đua', 'Tiêu chuẩn', 'Tên tiêu chuẩn', 'Nội dung chấm điểm', 'Nội dung thi đua',
    'Tiêu chí đánh giá', 'Tiêu chí thi đua', 'Tiêu chuẩn, tiêu chí', 'Nội dung tiêu chuẩn', 'Tên báo cáo', 'Nội dung thi đua đánh giá',
    'Nội dung công việc', 'Tiêu chí chấm điểm',
    // A scholarship's selection points: «Hạng mục» (the item) beside «Tiêu chuẩn bình xét» (what it asks).
    'Hạng mục',
    // The content and its way of scoring in one column (a province's framework for rating its People's Councils).
    'Nội dung tiêu chí, cách chấm điểm', 'Tiêu chí, cách chấm điểm', 'Nội dung, cách chấm điểm', 'Nội dung và cách chấm điểm', 'Tiêu chí và cách chấm điểm',
    // The Ministry of Home Affairs' PAR INDEX self-assessment form (a province's, a department's, a commune's).
    'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
    // A DTI's structure (Bảng I.1 of QĐ 922/QĐ-BTTTT): «STT | Chỉ số chính | Chỉ số thành phần | Tổng điểm (1000)».
    'Chỉ số chính',
  ],
  maxPoints: [...CRITERIA_COLUMNS.maxPoints, 'Điểm tối đa', 'Tối đa', 'Chuẩn', 'Điểm', 'Số điểm tối đa', 'Số điểm', 'Điểm số tối đa'],
  // Each row's group named in a column of its own (an app's export), where no heading row makes the parts; or a part's
  // name merged down its rows («Lĩnh vực | Tiêu chí | Điểm tối đa», «Hạ tầng số» over A2:A4).
  group: [...CRITERIA_COLUMNS.group, 'Lĩnh vực', 'Phần'],
  // The lowest a row scores (an app's «Điểm tối thiểu» beside «Điểm tối đa»): below zero, it takes points.
  lowest: CRITERIA_COLUMNS.minPoints,
  sign: CRITERIA_COLUMNS.sign,
  // A cap of its own beside the points («Điểm chuẩn 1 đ/lần | Tối đa/học kỳ 10»): points per occurrence up to it.
  cap: ['Tối đa/học kỳ', 'Tối đa/năm', 'Tối đa/năm học', 'Tối đa/kỳ', 'Tối đa/tháng', 'Mức tối đa', 'Điểm tối đa/học kỳ', 'Tối đa cả kỳ'],
  bonus: [...ADDING_WORDS, 'Thưởng'],
  deduction: [...TAKING_WORDS, 'Trừ'],
  selfScore: CRITERIA_COLUMNS.selfScore,
  verifiedScore: VERIFIED_SCORE_LABELS,
  note: CRITERIA_COLUMNS.note,
  // How each row is scored, in the office's words (a DTI table's «Cách xác định và tính điểm», a school's «Cách chấm
  // điểm», a KPI table's «Cách thức tính điểm»): kept as the criterion's note, scored by hand.
  method: [...CRITERIA_COLUMNS.rubric, ...CRITERIA_COLUMNS.rule, 'Cách chấm điểm', 'Cách thức tính điểm', 'Cách thức chấm điểm', 'Hướng dẫn chấm', 'Hướng dẫn chấm điểm'],
  // The frame each row is scored in, in the office's words or figures (a commune's DTI page: «Có/Không», «>95%»,
  // «Tỷ lệ*Điểm tối đa», 1): kept as the criterion's note («Khung: …»), read as no target or rule.
  frame: ['Khung'],
} as const;
/**
 * A points header stating the whole each row is a share of, after «/» («Điểm số tối đa/ 100» over «60/100»: 60 of a
 * whole of 100), as a row's cell writes its share: the label's words before the «/», and the figures.
 */
export const OUT_OF = /^(.*\S)\s*\/\s*(\d+(?:[.,]\d+)?)$/;
/** «(tiếp theo)», «(tiếp)» (as normalizeLabel folds it): the mark of a table going on over a page, nothing to place. */
export const GOES_ON = /^\(?\s*tiep(?: theo)?\s*\)?$/;

/** «Tối đa» beside another points column: there it is the cap, not the points. */
export const CAP_ALONE = ['Tối đa', 'Điểm tối đa'] as const;

/**
 * A points header split in two under one merged cell («Điểm tối đa» over «Tổng | Chi tiết»): the criterion's own
 * points in the first sub-column, its parts' in the second (layouts/scoring-table/columns.ts).
 */
export const POINTS_SPLIT = {
  whole: ['Tổng', 'Tiêu chí', 'Điểm tiêu chí'],
  parts: ['Chi tiết', 'Điểm thành phần', 'Tiêu chí thành phần', 'Thành phần'],
} as const;

/**
 * Words that open a section in the content cell or the number cell («Phần A», «Tiêu chuẩn 1», «Chương II»), with the
 * prefix the section's code takes (a part's letter is its code; a standard's number would be read as an item's).
 */
export const SECTION_WORDS: readonly { words: string; prefix: string }[] = [
  { words: 'phần', prefix: '' },
  { words: 'chương', prefix: '' },
  { words: 'tiêu chuẩn', prefix: 'TC' },
  { words: 'lĩnh vực', prefix: 'LV' },
  // A form's «Nhóm 1 | Phẩm chất chính trị … | Tối đa: 10 điểm» over its items numbered from 1 again in each group.
  { words: 'nhóm', prefix: 'N' },
  // A conduct form's «TIÊU CHÍ 1: …» over items «1.1», a regulation's «Điều 4.» over its points a, b, c: the number is
  // the section's own, its items' codes extend it.
  { words: 'tiêu chí', prefix: '' },
  { words: 'điều', prefix: '' },
];

/**
 * «(Tổng 120 điểm)», «(tối đa 20 điểm)», «(tối đa trừ 20 điểm)», «- 30 điểm», «(không quá 10 điểm/tuần)» closing a
 * section's text: its written maximum. A cap per scoring period («/tuần», «/tháng», «/năm học») is the period's maximum;
 * per anything else («/lần») it is no maximum. A comma right after a digit is the number's own («trừ 0,5 điểm» writes
 * 0,5, never 5).
 */
export const WRITTEN_TOTAL = /(?<!\d)[(\-–:,]\s*(?:tổng(?:\s+cộng)?(?:\s+số)?(?:\s+điểm)?|(?:tối đa|không quá)(?:\s+(?:trừ|cộng))?|điểm tối đa)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?:\s*\/\s*(?:tuần|tháng|quý|năm(?:\s+học)?|(?:học\s+)?kỳ|đợt))?\s*\)?\s*$/iu;

/** «(Tổng 210 điểm theo danh mục…)», «(80 điểm ban đầu)», «(không quá 10 điểm/tuần)»: a section's maximum in brackets anywhere in its words. */
export const SECTION_TOTAL = /\(\s*(?:tổng(?:\s+cộng)?(?:\s+số)?(?:\s+điểm)?|tối đa|không quá|điểm tối đa)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?![\p{L}\d])[^()]*\)/iu;

/** The columns of our own criteria sheet: a table having one is ours to read, not an office's scoring table. */
export const OWN_CRITERIA_COLUMNS = ['rule', 'rubric', 'target', 'unit', 'measure', 'appliesTo', 'portal', 'group'] as const;

/** `granted`: a frame's points granted by default (CriteriaGroup.granted), its maximum written again; written only for a set that has one. */
export const GROUP_COLUMNS = { id: ['Mã', 'Mã nhóm'], title: ['Tên nhóm', 'Nhóm'], maxPoints: ['Điểm tối đa'], granted: ['Điểm có sẵn'] } as const;
export const KIND_COLUMNS = {
  id: ['Mã'],
  label: ['Tên', 'Tên loại'],
  collective: ['Tập thể/Cá nhân', 'Tập thể hay cá nhân'],
  aliases: ['Tên gọi khác'],
} as const;
export const BAND_COLUMNS = { id: ['Mã'], label: ['Xếp loại'], minPercent: ['Từ (%)', 'Từ'], condition: ['Điều kiện khác', 'Điều kiện ngoài điểm'] } as const;
export const AWARD_COLUMNS = {
  id: ['Mã'],
  label: ['Hình thức', 'Hình thức khen thưởng'],
  level: ['Cấp', 'Cấp khen'],
  round: ['Đợt xét', 'Đợt'],
  minClassification: ['Xếp loại tối thiểu'],
  gateCriteria: ['Tiêu chí bắt buộc'],
  quotas: ['Chỉ tiêu', 'Số lượng tối đa'],
  source: ['Căn cứ'],
  alsoGives: ['Đồng thời tặng'],
  /** A quota as a share: its figures are percentages («15», «cá nhân: 15»). */
  quotaShare: ['Tỷ lệ (%)', 'Tỷ lệ', 'Tỷ lệ khen thưởng'],
} as const;
/** How a quota's share is rounded, as the plan may say it after the share: «cá nhân: 15% (làm tròn lên)». */
export const QUOTA_ROUNDING_WORDS = { down: 'làm tròn xuống', up: 'làm tròn lên' } as const;
/** «Đồng thời tặng»'s words after the form: whether its holders take places in that form's quota. */
export const ALSO_QUOTA_WORDS = { within: 'tính vào chỉ tiêu', beyond: 'ngoài chỉ tiêu' } as const;
export const TIE_COLUMNS = { order: ['STT', 'Thứ tự'], key: ['Tiêu chí so sánh'] } as const;

export const MEASURE_LABELS: Record<Measure, string> = {
  ratio: 'Tỷ lệ (tử số/mẫu số)',
  percent: 'Phần trăm',
  count: 'Số lượng',
  yes_no: 'Có/Không',
  date: 'Ngày',
  points: 'Điểm',
};
export const LEVEL_LABELS: Record<AwardForm['level'], string> = { xa: 'Xã', huyen: 'Huyện', tinh: 'Tỉnh', 'trung-uong': 'Trung ương' };
export const COUNCIL_LABELS: Record<CouncilPolicy['onRejectedFigure'], string> = {
  withdraw_points: 'Rút điểm',
  exclude_from_awards: 'Không xét khen thưởng',
};
export const TIE_LABELS: Record<TieBreak, string> = {
  percent: 'Tỷ lệ điểm cao hơn',
  total: 'Tổng điểm cao hơn',
  gates_met: 'Đạt nhiều tiêu chí bắt buộc hơn',
  fewer_flags: 'Ít cảnh báo hơn',
  earlier_submission: 'Nộp báo cáo sớm hơn',
  name: 'Theo tên đơn vị',
};
/** Quota subjects that are not a kind id. */
export const QUOTA_SUBJECTS: Record<string, string> = { collective: 'tập thể', individual: 'cá nhân', all: 'tất cả' };
export const EVIDENCE_REQUIRED = 'Bắt buộc';

/** Which enum value a text names: its label (any spelling) or the id itself. */
export function fromLabels<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  return (Object.keys(labels) as K[]).find((k) => k === text.trim()) ?? labelLookup(labels)(text);
}

export function findBand(bands: ClassificationBand[], text: string): ClassificationBand | undefined {
  const n = normalizeLabel(text);
  return bands.find((b) => b.id === text.trim()) ?? bands.find((b) => normalizeLabel(b.id) === n) ?? bands.find((b) => normalizeLabel(b.label) === n);
}

export function findGroup(groups: CriteriaGroup[], text: string): CriteriaGroup | undefined {
  const n = normalizeLabel(text);
  return groups.find((g) => g.id === text.trim()) ?? groups.find((g) => normalizeLabel(g.id) === n) ?? groups.find((g) => normalizeLabel(g.title) === n);
}

/** "a, b, c" → ["a", "b", "c"]; with a semicolon anywhere, only semicolons separate ("Cơ quan, ban; Đoàn thể"). */
export function splitList(text: string): string[] {
  return text.split(text.includes(';') ? ';' : ',').map((s) => s.trim()).filter(Boolean);
}

/** The inverse of splitList: commas, or semicolons when an item holds a comma (a lone such item ends with one). */
export function joinList(items: readonly string[]): string {
  if (!items.some((i) => i.includes(','))) return items.join(', ');
  return items.length === 1 ? `${items[0]};` : items.join('; ');
}
