// Every word the task pane shows, in one catalogue: Vietnamese (default) and English. `{name}`
// placeholders are filled by t(). Flag titles and review rounds follow the chosen language too (their
// Vietnamese is core's own wording); messages from core (a flag's sentence, award reasons) and the
// criteria set's own words are Vietnamese by design and shown as they are.
import { checks } from '../../core/checks/index.js';
import { AWARD_ROUND_TITLES, type AwardRound } from '../../core/criteria/schema.js';
import { DUPLICATE_REPORT } from '../../core/ranking/duplicates.js';
import { UNLISTED_UNIT } from '../../core/ranking/roster.js';
import { CHANGED_AFTER_SCORING } from '../../core/workbook/fingerprint.js';

const vi = {
  appTitle: 'Thi đua chuyển đổi số',
  language: 'Ngôn ngữ',
  modeExcel: 'Đang làm việc trên sổ tính Excel đang mở.',
  modeStandalone: 'Trang độc lập: mở một tệp .xlsx trên máy, kết quả được tải về thành tệp mới (tệp gốc không bị sửa).',
  busy: 'Đang xử lý…',
  errorUnexpected: 'Không thực hiện được: {message}',
  // standalone file bar
  openFile: 'Mở tệp .xlsx',
  openExample: 'Mở sổ tính ví dụ',
  exampleChoice: 'Sổ tính ví dụ',
  exampleMissing: 'Không tải được sổ tính ví dụ ({status}).',
  fileOpened: 'Đã mở «{name}» ({sheets} trang).',
  fileCurrent: 'Sổ tính đang mở: «{name}»',
  fileUnreadable: 'Không mở được «{name}»: {message}.',
  fileClosed: 'Sổ tính «{previous}» mở trước đó đã được đóng: hiện không có sổ tính nào đang mở.',
  download: 'Tải về sổ tính đã chấm',
  downloadCopy: 'Tải về sổ tính',
  noFile: 'Chưa mở sổ tính nào.',
  // tabs
  tabCriteria: 'Tiêu chí',
  tabTemplates: 'Mẫu báo cáo',
  tabScore: 'Chấm điểm',
  tabSummary: 'Tổng hợp',
  tabReview: 'Rà soát',
  tabIndicators: 'Chỉ số cổng DVC',
  // criteria
  criteriaCurrent: 'Đang dùng: {title} (phiên bản {version})',
  criteriaNone: 'Chưa chọn bộ tiêu chí.',
  criteriaBuiltin: 'Bộ tiêu chí có sẵn',
  criteriaUseBuiltin: 'Dùng bộ này',
  criteriaUseSheet: 'Dùng trang «Tiêu chí» của sổ tính',
  criteriaInsert: 'Chèn bộ này thành trang «Tiêu chí» để sửa',
  criteriaInserted: 'Đã ghi trang «{sheet}». Sửa xong, bấm «Dùng trang Tiêu chí của sổ tính».',
  criteriaNoSheet: 'Sổ tính không có trang «Tiêu chí» nào có bảng tiêu chí.',
  criteriaSheetErrors: 'Trang «{sheet}» có {count} lỗi, chưa dùng được:',
  criteriaLoadedSheet: 'Đã đọc bộ tiêu chí từ trang «{sheet}».',
  criteriaNeeded: 'Hãy chọn bộ tiêu chí ở thẻ «Tiêu chí» trước.',
  criteriaSource: 'Căn cứ: {source}',
  // templates
  templatesIntro: 'Mỗi đơn vị một trang báo cáo, sẵn sàng để điền và in khổ A4.',
  templatesUnitName: 'Tên đơn vị',
  templatesUnitKind: 'Loại đơn vị',
  templatesAddUnit: 'Thêm đơn vị',
  templatesRemoveUnit: 'Bỏ',
  templatesPeriod: 'Kỳ báo cáo (để trống: theo bộ tiêu chí)',
  templatesCreate: 'Tạo trang báo cáo',
  templatesZip: 'Tải về mỗi đơn vị một tệp (.zip)',
  templatesZipName: 'Mẫu báo cáo ({count} đơn vị).zip',
  templatesZipped: 'Đã tải về {count} tệp mẫu báo cáo: {names}.',
  templatesCreated: 'Đã tạo {count} trang: {names}.',
  templatesSkipped: 'Đã có sẵn, không ghi đè: {names}.',
  templatesEmptyName: 'Dòng {row}: chưa nhập tên đơn vị.',
  // scoring
  scoreScopeAll: 'Mọi trang báo cáo',
  scoreScopeActive: 'Chỉ trang đang mở',
  scoreRound: 'Đợt xét khen thưởng',
  scoreRun: 'Kiểm tra & chấm điểm',
  scoreDone: 'Đã chấm {count} đơn vị. {flags} cảnh báo.',
  scoreNoReports: 'Không có trang nào đọc được như báo cáo của đơn vị.',
  scoreReadErrors: 'Trang không đọc được:',
  scoreUnit: 'Đơn vị',
  scoreTotal: 'Tổng điểm',
  scorePercent: 'Tỷ lệ',
  scoreClass: 'Xếp loại',
  scoreFlags: 'Cảnh báo',
  scoreNoFlags: 'Không có cảnh báo.',
  scoreFlagCell: 'ô {cell}',
  severityError: 'Lỗi',
  severityWarning: 'Cảnh báo',
  severityInfo: 'Thông tin',
  scoreCheckChanges: 'Kiểm tra thay đổi sau khi chấm',
  changesNone: 'Không trang nào bị sửa sau khi chấm ({count} trang đã kiểm tra). Kiểm tra này nhận ra sửa đổi thông thường, không phải niêm phong.',
  changesFound: '{count} trang đã sửa sau khi chấm:',
  changesMissing: 'Trang đã chấm nay không còn: {names}.',
  storeUnreadable: 'Dữ liệu lưu trong sổ tính bị hỏng ({keys}); coi như chưa có.',
  selected: 'Ô {cell} của trang «{sheet}»: {value}',
  selectedEmpty: '(trống)',
  // summary
  summaryRun: 'Lập lại Tổng hợp',
  summaryEmpty: 'Chưa có kết quả. Bấm «Lập lại Tổng hợp» hoặc chấm điểm trước.',
  summaryRank: 'Hạng',
  summaryProposals: 'Đề xuất khen thưởng',
  summaryProposed: 'Đề xuất',
  summaryNotProposed: 'Không đề xuất',
  summaryEligible: 'Đủ điều kiện, Hội đồng quyết định',
  summaryRejectedWithdraw: 'Số liệu bị Hội đồng bác, đã rút điểm tiêu chí đó: {units}.',
  summaryRejectedExclude: 'Số liệu bị Hội đồng bác, không xét khen thưởng: {units}.',
  // review
  reviewIntro: 'Quyết định của Hội đồng trên từng cảnh báo; lưu trong sổ tính và chấm lại ngay.',
  reviewReviewer: 'Người rà soát',
  reviewDate: 'Ngày (dd/mm/yyyy)',
  reviewDateInvalid: 'Ngày «{date}» không đọc được: hãy viết dạng dd/mm/yyyy, ví dụ 22/11/2026.',
  reviewComment: 'Ý kiến',
  reviewDecision: 'Quyết định',
  reviewAccept: 'Chấp nhận',
  reviewExplain: 'Yêu cầu giải trình',
  reviewReject: 'Bác số liệu',
  reviewSave: 'Lưu quyết định',
  reviewSaved: 'Đã lưu quyết định cho «{flag}» và chấm lại.',
  reviewCurrent: 'Đã quyết định: {decision} — {reviewer}, {date}',
  reviewNoFlags: 'Chưa có cảnh báo nào để rà soát. Hãy chấm điểm trước.',
  reviewReviewerNeeded: 'Hãy nhập tên người rà soát.',
  reviewSetAside: 'Quyết định không còn áp dụng sau khi chấm lại:',
  reviewGone: 'cảnh báo không còn',
  reviewCellChanged: 'ô đã bị sửa',
  // indicators
  indicatorsIntro: 'Nhập tệp xuất từ tiện ích lấy chỉ số Cổng dịch vụ công (.json); chỉ số được ghi vào trang «Chỉ số cổng DVC» và dùng để đối chiếu khi chấm.',
  indicatorsChoose: 'Chọn tệp chỉ số (.json)',
  indicatorsImported: 'Đã nhập {snapshots} lần lấy số liệu, {values} chỉ số.',
} as const;

export type MessageKey = keyof typeof vi;
export type Language = 'vi' | 'en';

const en: Record<MessageKey, string> = {
  appTitle: 'Digital transformation emulation',
  language: 'Language',
  modeExcel: 'Working on the workbook open in Excel.',
  modeStandalone: 'Standalone page: open an .xlsx file from this computer; results download as a new file (the original is not changed).',
  busy: 'Working…',
  errorUnexpected: 'Could not do it: {message}',
  openFile: 'Open .xlsx file',
  openExample: 'Open the example workbook',
  exampleChoice: 'Example workbook',
  exampleMissing: 'Could not load the example workbook ({status}).',
  fileOpened: 'Opened «{name}» ({sheets} sheets).',
  fileCurrent: 'Open workbook: «{name}»',
  fileUnreadable: 'Could not open «{name}»: {message}.',
  fileClosed: 'The workbook «{previous}» open before has been closed: no workbook is open now.',
  download: 'Download the scored workbook',
  downloadCopy: 'Download the workbook',
  noFile: 'No workbook open yet.',
  tabCriteria: 'Criteria',
  tabTemplates: 'Templates',
  tabScore: 'Scoring',
  tabSummary: 'Summary',
  tabReview: 'Review',
  tabIndicators: 'Portal indicators',
  criteriaCurrent: 'In use: {title} (version {version})',
  criteriaNone: 'No criteria set chosen.',
  criteriaBuiltin: 'Built-in criteria sets',
  criteriaUseBuiltin: 'Use this set',
  criteriaUseSheet: 'Use the workbook\'s «Tiêu chí» sheet',
  criteriaInsert: 'Insert this set as an editable «Tiêu chí» sheet',
  criteriaInserted: 'Wrote the sheet «{sheet}». When done editing, click «Use the workbook\'s Tiêu chí sheet».',
  criteriaNoSheet: 'The workbook has no «Tiêu chí» sheet with a criteria table.',
  criteriaSheetErrors: 'The sheet «{sheet}» has {count} errors and cannot be used yet:',
  criteriaLoadedSheet: 'Read the criteria set from the sheet «{sheet}».',
  criteriaNeeded: 'Choose a criteria set on the «Criteria» tab first.',
  criteriaSource: 'Basis: {source}',
  templatesIntro: 'One report sheet per unit, ready to fill in and print on A4.',
  templatesUnitName: 'Unit name',
  templatesUnitKind: 'Unit kind',
  templatesAddUnit: 'Add unit',
  templatesRemoveUnit: 'Remove',
  templatesPeriod: 'Reporting period (blank: as in the criteria set)',
  templatesCreate: 'Create report sheets',
  templatesZip: 'Download one file per unit (.zip)',
  templatesZipName: 'Mẫu báo cáo ({count} đơn vị).zip',
  templatesZipped: 'Downloaded {count} report templates: {names}.',
  templatesCreated: 'Created {count} sheets: {names}.',
  templatesSkipped: 'Already there, not overwritten: {names}.',
  templatesEmptyName: 'Row {row}: the unit name is empty.',
  scoreScopeAll: 'Every report sheet',
  scoreScopeActive: 'The open sheet only',
  scoreRound: 'Review round (đợt xét)',
  scoreRun: 'Check & score',
  scoreDone: 'Scored {count} units. {flags} flags.',
  scoreNoReports: 'No sheet reads as a unit report.',
  scoreReadErrors: 'Sheets that could not be read:',
  scoreUnit: 'Unit',
  scoreTotal: 'Total',
  scorePercent: 'Percent',
  scoreClass: 'Grade',
  scoreFlags: 'Flags',
  scoreNoFlags: 'No flags.',
  scoreFlagCell: 'cell {cell}',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Information',
  scoreCheckChanges: 'Check for edits after scoring',
  changesNone: 'No sheet was edited after scoring ({count} sheets checked). This catches ordinary edits; it is not a seal.',
  changesFound: '{count} sheets were edited after scoring:',
  changesMissing: 'Scored sheets no longer present: {names}.',
  storeUnreadable: 'Data stored in the workbook is damaged ({keys}); treated as empty.',
  selected: 'Cell {cell} of sheet «{sheet}»: {value}',
  selectedEmpty: '(empty)',
  summaryRun: 'Rebuild the summary',
  summaryEmpty: 'No results yet. Click «Rebuild the summary» or score first.',
  summaryRank: 'Rank',
  summaryProposals: 'Award proposals',
  summaryProposed: 'Proposed',
  summaryNotProposed: 'Not proposed',
  summaryEligible: 'Eligible, the council decides',
  summaryRejectedWithdraw: 'Figures rejected by the council, points for that criterion withdrawn: {units}.',
  summaryRejectedExclude: 'Figures rejected by the council, not considered for awards: {units}.',
  reviewIntro: 'The council\'s decision on each flag; stored in the workbook, and the workbook is re-scored at once.',
  reviewReviewer: 'Reviewer',
  reviewDate: 'Date (dd/mm/yyyy)',
  reviewDateInvalid: 'The date «{date}» cannot be read: write it as dd/mm/yyyy, e.g. 22/11/2026.',
  reviewComment: 'Comment',
  reviewDecision: 'Decision',
  reviewAccept: 'Accept',
  reviewExplain: 'Ask for explanation',
  reviewReject: 'Reject the figure',
  reviewSave: 'Save decision',
  reviewSaved: 'Saved the decision on «{flag}» and re-scored.',
  reviewCurrent: 'Decided: {decision} — {reviewer}, {date}',
  reviewNoFlags: 'No flags to review yet. Score first.',
  reviewReviewerNeeded: 'Enter the reviewer\'s name.',
  reviewSetAside: 'Decisions that no longer apply after re-scoring:',
  reviewGone: 'the flag is gone',
  reviewCellChanged: 'the cell was edited',
  indicatorsIntro: 'Import the export file of the portal-indicator extension (.json); the indicators go to the «Chỉ số cổng DVC» sheet and are cross-checked when scoring.',
  indicatorsChoose: 'Choose the indicator file (.json)',
  indicatorsImported: 'Imported {snapshots} captures, {values} indicators.',
};

export const catalogue: Record<Language, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Language): Translate {
  const messages = catalogue[lang];
  return (key, params = {}) => messages[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Flags raised outside core/checks (duplicate reports, the roster, edits after scoring), in Vietnamese. */
const OTHER_FLAG_TITLES_VI: Record<string, string> = {
  [DUPLICATE_REPORT]: 'Báo cáo trùng',
  [UNLISTED_UNIT]: 'Đơn vị không có trong danh sách',
  [CHANGED_AFTER_SCORING]: 'Đã sửa sau khi chấm',
};

/** Every flag's title in English, by code; the Vietnamese is the checks' own (core/checks). */
export const FLAG_TITLES_EN: Record<string, string> = {
  'criteria-set-mismatch': 'Report made for another criteria set',
  'criterion-missing': 'Criterion missing from the report',
  'duplicate-criterion': 'Criterion code repeated',
  'evidence-missing': 'Evidence missing',
  'formula-in-input': 'Figure typed as a formula',
  'late-submission': 'Report submitted late',
  'max-points-changed': 'Maximum points differ from the criteria set',
  'missing-metadata': 'Unit details missing',
  'missing-value': 'Figure missing',
  'not-yet-verified': 'Not yet verified by the council',
  'numerator-exceeds-denominator': 'Numerator larger than denominator',
  'out-of-range': 'Figure out of range',
  'portal-mismatch': 'Figure differs from the public-service portal',
  'ratio-mismatch': 'Ratio does not match numerator/denominator',
  'self-score-gap': 'Self-score differs from the verified score',
  'self-score-over-max': 'Self-score above the maximum',
  'self-score-total': 'Self-scores do not add up to the total',
  'unknown-criterion': 'Criterion code not in the criteria set',
  'unparseable-value': 'Figure cannot be read',
  'verified-score-over-max': 'Verified score above the maximum',
  [DUPLICATE_REPORT]: 'Duplicate report',
  [UNLISTED_UNIT]: 'Unit not on the roster',
  [CHANGED_AFTER_SCORING]: 'Edited after scoring',
};

export const FLAG_TITLES_VI: Record<string, string> = { ...Object.fromEntries(checks.map((c) => [c.id, c.title])), ...OTHER_FLAG_TITLES_VI };

/** What officers read for a flag in the chosen language; the code only for a flag no title covers. */
export function flagTitle(code: string, lang: Language): string {
  return (lang === 'en' ? FLAG_TITLES_EN : FLAG_TITLES_VI)[code] ?? code;
}

/** Đợt xét in the chosen language (the Vietnamese is core's). */
export const ROUND_TITLES_EN: Record<AwardRound, string> = { 'hang-nam': 'Yearly', 'so-ket': 'Mid-term review', 'tong-ket': 'Final review' };

export function roundTitle(round: AwardRound, lang: Language): string {
  return (lang === 'en' ? ROUND_TITLES_EN : AWARD_ROUND_TITLES)[round];
}
