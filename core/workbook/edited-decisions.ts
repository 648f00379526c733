// Quyết định trên số liệu đã sửa (decisions on a figure edited since): the words «Rà soát» writes of a council decision
// set aside because the unit edited a cell under its flag after the council decided — the title of their table and the
// «Nội dung» saying why, naming the cells — and the same words read back: the writer (plan-review.ts) and the reader
// (read-review.ts) share them, so a sheet written by one run is read as such by the next.
import type { Uncompared, UnreadDecision } from '../council/decision.js';

/** Title of the table of decisions held because their figure was edited since, under the flags. */
export const EDITED_TITLE = 'Quyết định trên số liệu đã sửa sau đó';

/** «Bước» of such a decision's first row, beside «Lần 1»: not applied, the council to look again. */
export const EDITED_STATE_LABEL = 'số liệu đã sửa, chờ Hội đồng xem xét lại';
const UNCOMPARED_STATE_LABEL = 'chưa so được số liệu, chờ Hội đồng xem xét lại';

/** «Bước» of a held decision's first row, beside «Lần 1»: its figure edited, or not compared. */
export const heldState = (u: Pick<UnreadDecision, 'edited'>) => (u.edited?.uncompared ? UNCOMPARED_STATE_LABEL : EDITED_STATE_LABEL);

/** The cells named: those found edited, else the flag's own. */
function cellsOf(u: Pick<UnreadDecision, 'cell' | 'edited'>): string[] {
  const cells = u.edited?.cells ?? [];
  return cells.length > 0 ? cells : u.cell ? [u.cell] : [];
}

/** The date the council last decided on, as it typed it (its second decision's, else its first's). */
function decidedOn(u: Pick<UnreadDecision, 'first' | 'second'>): string {
  return (u.second?.date || u.first?.date) ?? '';
}

/**
 * Why the decision is held, in «Nội dung» of its row and in what every face says: «ô E9 đã sửa sau khi Hội đồng quyết
 * định ngày 02/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại»; or, when no copy the council decided
 * on was found to compare with (`uncompared`), that the figure could not be compared — never applied unseen.
 */
export function editedWhy(u: Pick<UnreadDecision, 'cell' | 'edited' | 'first' | 'second'>): string {
  const cells = cellsOf(u);
  const on = decidedOn(u);
  const uncompared = u.edited?.uncompared;
  if (uncompared) return `${UNCOMPARED} ${cells.join(', ')} với số liệu Hội đồng đã quyết định${on ? ` ngày ${on}` : ''} (${uncompared === 'fingerprint' ? UNCOMPARED_WHY.fingerprint : UNCOMPARED_WHY.copies}): quyết định không áp, Hội đồng xem xét lại`;
  return `ô ${cells.join(', ')} đã sửa sau khi Hội đồng quyết định${on ? ` ngày ${on}` : ''}: quyết định không áp cho số liệu mới, Hội đồng xem xét lại`;
}

/**
 * How the note of a decision whose figure could not be compared begins, and why it could not: the run's result keeps
 * no sure copy of the sheet (command line, page), or the task pane's hidden sheet keeps none of its figures.
 */
const UNCOMPARED = 'không so được ô';
const UNCOMPARED_WHY = {
  copies: 'kết quả lượt chấm trước không giữ, hay giữ hơn một, bản đã chấm của trang này',
  fingerprint: 'trang ẩn của thidua không giữ số liệu lần chấm trước của trang này: đã bị xóa, hay do phiên bản cũ ghi',
} as const;

/** «Nội dung» of its row in «Rà soát»: why, as a sentence. */
export function editedNote(u: Parameters<typeof editedWhy>[0]): string {
  const why = editedWhy(u);
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}.`;
}

/**
 * What a held row's «Nội dung» says (editedNote): the cells it names as edited, or that its figure could not be
 * compared; no cells when it says otherwise (typed over).
 */
export function heldWhyIn(text: string): { cells: string[]; uncompared?: Uncompared } {
  const t = text.trim();
  // Not compared: the flag's own cell is the one named, and why it was not compared.
  if (t.toLowerCase().startsWith(UNCOMPARED)) return { cells: [], uncompared: t.includes(UNCOMPARED_WHY.fingerprint) ? 'fingerprint' : true };
  const named = /^ô ((?:[A-Z]+\d+)(?:, [A-Z]+\d+)*) đã sửa sau khi/iu.exec(t);
  return { cells: named ? named[1]!.split(', ') : [] };
}

// Made for: a council decision on Thôn 1's D9 the task pane found edited since (its fingerprints), dropped from «Rà
// soát» and the store once the pane closed; now held in a table of its own, said and read back, never applied.
