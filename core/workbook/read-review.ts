// Reads the council's decisions back from a `Rà soát` sheet, typed by hand (in Excel, LibreOffice, on a
// printout copied back) or recorded by the pane: every run reads them before it rewrites the sheet, so a
// decision is never lost. Decision words are read leniently; one that cannot be read is named by its cell.
import { flagCodeOf } from '../checks/titles.js';
import type { SheetGrid } from '../sheet/cell.js';
import { cellAddress, labelLookup, normalizeLabel } from '../text.js';
import { cellText, excelSerialToIso, isoToExcelSerial, parseDateText } from '../values.js';
import type { CouncilDecision, DecisionKind } from '../council/decision.js';

const COLUMNS = {
  unitName: ['Đơn vị'],
  sheet: ['Trang'],
  cell: ['Ô'],
  // «Cảnh báo» holds the flag's title; sheets from before titles held the code in «Mã cảnh báo».
  flagCode: ['Cảnh báo', 'Mã cảnh báo'],
  decision: ['Quyết định'],
  reviewer: ['Người rà soát', 'Người quyết định'],
  date: ['Ngày', 'Ngày quyết định'],
  comment: ['Ý kiến', 'Ghi chú'],
  // Which step of the review a row holds (Lần 1, Giải trình của đơn vị, Quyết định lần 2); sheets without it hold first reviews.
  step: ['Bước'],
} as const;
type Column = keyof typeof COLUMNS;

/** How officers write each decision (compared without case and diacritics). */
const DECISION_WORDS = labelLookup<DecisionKind>({
  accept: ['Chấp nhận', 'Đồng ý', 'Đạt', 'Chấp thuận'],
  explain: ['Giải trình', 'Yêu cầu giải trình', 'Đề nghị giải trình', 'Cần giải trình'],
  reject: ['Bác số liệu', 'Bác', 'Bác bỏ', 'Không chấp nhận', 'Loại', 'Không đồng ý'],
});

export type ReviewReadProblem = { cell: string; message: string };
export type ReadReview = { decisions: CouncilDecision[]; problems: ReviewReadProblem[] };

export function readReviewDecisions(grid: SheetGrid): ReadReview {
  const decisions: CouncilDecision[] = [];
  const problems: ReviewReadProblem[] = [];
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const lookup = labelLookup(COLUMNS);
  let columns: Partial<Record<Column, number>> | undefined;
  const firsts = new Map<string, CouncilDecision>();

  grid.values.forEach((row, r) => {
    const heads: Partial<Record<Column, number>> = {};
    row.forEach((v, c) => {
      const key = lookup(v);
      if (key && heads[key] === undefined) heads[key] = c;
    });
    // A header row (the flags' table, or the «Quyết định không còn cảnh báo» table under it).
    if (heads.flagCode !== undefined && heads.decision !== undefined && heads.sheet !== undefined) {
      columns = heads;
      return;
    }
    if (!columns) return;
    const at = (key: Column) => (columns![key] === undefined ? null : (row[columns![key]!] ?? null));
    const address = (key: Column) => cellAddress(originRow + r, originCol + columns![key]!);
    const step = stepOf(cellText(at('step')));
    const typed = cellText(at('decision'));
    const said = cellText(at('comment'));
    if (step === 'explanation' ? said === '' : typed === '') return;
    const sheet = cellText(at('sheet'));
    const flagText = cellText(at('flagCode'));
    // An unknown wording is kept as it is: the decision then lands in «Quyết định không còn cảnh báo», not lost.
    const flagCode = flagCodeOf(flagText) ?? flagText;
    const where = step === 'explanation' ? address('comment') : address('decision');
    if (sheet === '' || flagCode === '') {
      problems.push({ cell: where, message: 'quyết định không kèm trang và cảnh báo: không biết áp cho cảnh báo nào' });
      return;
    }
    const cell = cellText(at('cell'));
    const unitName = cellText(at('unitName'));
    const date = decisionDate(at('date'));
    if (date === undefined) problems.push({ cell: address('date'), message: `không hiểu ngày «${cellText(at('date'))}» (ghi dd/mm/yyyy)` });
    const kind = typed === '' ? undefined : DECISION_WORDS(typed);
    if (typed !== '' && !kind) {
      problems.push({ cell: address('decision'), message: `không hiểu quyết định «${typed}» (ghi Chấp nhận, Giải trình hoặc Bác số liệu)` });
      return;
    }
    const key = `${sheet}\u0000${flagCode}\u0000${cell}\u0000${unitName}`;
    if (step === 'first') {
      const decision: CouncilDecision = {
        sheet,
        unitName,
        flagCode,
        ...(cell !== '' ? { cell } : {}),
        decision: kind!,
        reviewer: cellText(at('reviewer')),
        date: date ?? '',
        comment: said,
      };
      decisions.push(decision);
      firsts.set(key, decision);
      return;
    }
    // The unit's explanation and the second decision follow their flag's first review, on the rows under it.
    const first = firsts.get(key);
    if (!first) {
      problems.push({ cell: where, message: `dòng «${step === 'explanation' ? 'Giải trình của đơn vị' : 'Quyết định lần 2'}» không có quyết định lần 1 của cùng cảnh báo ở dòng trên: chưa được ghi nhận` });
      return;
    }
    if (step === 'explanation') first.explanation = { text: said, by: cellText(at('reviewer')), date: date ?? '' };
    else first.second = { decision: kind!, reviewer: cellText(at('reviewer')), date: date ?? '', comment: said };
  });
  return { decisions, problems };
}

/** A row's step, from its «Bước» cell: anything not an explanation or a second decision is a first review. */
function stepOf(text: string): 'first' | 'explanation' | 'second' {
  const n = normalizeLabel(text);
  // «Lần 1 · đã giải trình, chờ quyết định lần 2»: a first review whose state names the second step.
  if (n.startsWith(normalizeLabel('Lần 1'))) return 'first';
  if (n.startsWith(normalizeLabel('Giải trình'))) return 'explanation';
  if (n.includes(normalizeLabel('lần 2'))) return 'second';
  return 'first';
}

/** "YYYY-MM-DD" from a date cell, a serial, or "dd/mm/yyyy"; '' when blank; undefined when unreadable. */
function decisionDate(v: unknown): string | undefined {
  if (v === null || v === undefined || cellText(v as string) === '') return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso !== undefined && isoToExcelSerial(iso) === v ? iso : undefined;
  }
  return parseDateText(String(v));
}
