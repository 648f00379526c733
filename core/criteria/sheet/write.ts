// Writing a criteria set as the `Tiêu chí` sheet: metadata, then each section under its title.
import type { CellValue } from '../../sheet/cell.js';
import { formatNumberVi, isoToDate } from '../../values.js';
import type { CellFormat, SheetEdit } from '../../sheet/port.js';
import { fitWidths, withPrintLayout } from '../../sheet/print-layout.js';
import { LINE_HEIGHT, MAX_ROW_HEIGHT, widthsFromA, withRowHeights } from '../../sheet/row-height.js';
import { resolveKind } from '../kinds.js';
import { AWARD_ROUND_TITLES, type AwardQuota, type ClassificationBand, type CriteriaSet, type SubjectKind } from '../schema.js';
import { formatTarget } from '../target.js';
import { deriveMeasure, formatRule } from './rule.js';
import {
  AWARD_COLUMNS, BAND_COLUMNS, COUNCIL_LABELS, CRITERIA_COLUMNS, CRITERIA_SHEET_NAME, EVIDENCE_REQUIRED, findBand, fromLabels,
  GROUP_COLUMNS, joinList, KIND_COLUMNS, LEVEL_LABELS, MEASURE_LABELS, META, QUOTA_SUBJECTS, SECTION_TITLES, TIE_COLUMNS, TIE_LABELS,
  type MetaKey,
} from './vocabulary.js';

type Style = 'title' | 'metaLabel' | 'metaValue' | 'metaDate' | 'metaNote' | 'section' | 'header' | 'data' | 'blank';
type LayoutRow = { cells: CellValue[]; style: Style };

/** Separators of the lists a kind's name is written in («Áp dụng cho», quotas). */
const LIST_PUNCTUATION = /[,;:]/;

/** The text that reads back as this kind: its label when unambiguous, else its id. */
function kindText(set: CriteriaSet, kind: SubjectKind): string {
  const ok = (t: string) => !LIST_PUNCTUATION.test(t) && !fromLabels(QUOTA_SUBJECTS, t) && resolveKind(set, t)?.id === kind.id;
  return [kind.label, kind.id].find(ok) ?? kind.id;
}

function bandText(bands: ClassificationBand[], band: ClassificationBand): string {
  return [band.label, band.id].find((t) => findBand(bands, t) === band) ?? band.id;
}


function quotaText(set: CriteriaSet, q: AwardQuota): string {
  const kind = set.subjectKinds.find((k) => k.id === q.subject);
  const subject = QUOTA_SUBJECTS[q.subject] ?? (kind ? kindText(set, kind) : q.subject);
  return `${subject}: ${formatNumberVi(q.max)}`;
}

/** A date field: a Date cell when it is a real day, else the text as it is. */
function dateCell(iso: string | undefined): CellValue {
  if (!iso) return null;
  return isoToDate(iso) ?? iso;
}

/** The criteria table's columns as written: row numbers, a rubric's own wording and self-scores are only read. */
const READ_ONLY: readonly string[] = ['ordinal', 'rubric', 'selfScore'];
const WRITTEN_CRITERIA_COLUMNS = Object.fromEntries(Object.entries(CRITERIA_COLUMNS).filter(([key]) => !READ_ONLY.includes(key)));

function layout(set: CriteriaSet): LayoutRow[] {
  const rows: LayoutRow[] = [];
  const add = (style: Style, ...cells: CellValue[]) => rows.push({ style, cells });
  const meta = (key: MetaKey, value: CellValue, date = false) => add(date ? 'metaDate' : 'metaValue', null, META[key][0], value === '' ? null : value);
  const header = (columns: Record<string, readonly string[]>) => add('header', ...Object.values(columns).map((labels) => labels[0]!));
  const text = (s: string | undefined) => (s === undefined || s === '' ? null : s);

  add('title', 'BỘ TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ');
  add('blank');
  meta('id', set.id);
  meta('version', set.version);
  meta('title', set.title);
  meta('commune', set.commune);
  meta('district', set.district);
  meta('province', set.province);
  meta('document', set.legalBasis.document);
  meta('documentDate', dateCell(set.legalBasis.date), true);
  meta('documentTitle', set.legalBasis.title);
  meta('periodLabel', set.period.label);
  meta('from', dateCell(set.period.from), true);
  meta('to', dateCell(set.period.to), true);
  meta('deadline', dateCell(set.deadline), true);
  meta('deadlineWording', text(set.deadlineWording));
  meta('ratioMismatch', set.tolerances.ratioMismatch);
  meta('selfScoreGap', set.tolerances.selfScoreGap);
  meta('council', COUNCIL_LABELS[set.council.onRejectedFigure]);
  // Long notes run on over the rows below their label, each row short enough to print whole (read back joined).
  noteChunks(set.notes ?? '').forEach((chunk, i) => (i === 0 ? meta('notes', chunk) : add('metaNote', null, null, chunk)));

  add('blank');
  add('section', SECTION_TITLES.groups[0]);
  header(GROUP_COLUMNS);
  for (const g of set.groups) add('data', g.id, g.title, g.maxPoints ?? null);

  add('blank');
  add('section', SECTION_TITLES.kinds[0]);
  header(KIND_COLUMNS);
  for (const k of set.subjectKinds) add('data', k.id, k.label, k.collective ? 'Tập thể' : 'Cá nhân', text(joinList(k.aliases)));

  add('blank');
  add('section', SECTION_TITLES.criteria[0]);
  header(WRITTEN_CRITERIA_COLUMNS);
  for (const c of set.criteria) {
    const kinds = c.appliesTo.map((id) => {
      const kind = set.subjectKinds.find((k) => k.id === id);
      return kind ? kindText(set, kind) : id;
    });
    add(
      'data',
      c.code,
      c.title,
      c.group,
      text(c.unit),
      c.target ? formatTarget(c.target, c.measure) : null,
      c.maxPoints,
      formatRule(c.rule),
      text(joinList(kinds)),
      c.evidenceRequired ? EVIDENCE_REQUIRED : null,
      text(c.source),
      text(c.note),
      c.portal ? `${c.portal.indicator} ± ${formatNumberVi(c.portal.tolerance)}${c.portal.caveat ? ` (lưu ý: ${c.portal.caveat})` : ''}` : null,
      deriveMeasure(c.unit, c.rule) === c.measure ? null : MEASURE_LABELS[c.measure],
    );
  }

  add('blank');
  add('section', SECTION_TITLES.bands[0]);
  header(BAND_COLUMNS);
  for (const b of set.classification) add('data', b.id, b.label, b.minPercent);

  add('blank');
  add('section', SECTION_TITLES.awards[0]);
  header(AWARD_COLUMNS);
  for (const f of set.awards.forms) {
    const band = set.classification.find((b) => b.id === f.minClassification);
    add(
      'data',
      f.id,
      f.label,
      LEVEL_LABELS[f.level],
      AWARD_ROUND_TITLES[f.round],
      band ? bandText(set.classification, band) : f.minClassification,
      text(joinList(f.gateCriteria)),
      text(f.quotas.map((q) => quotaText(set, q)).join('; ')),
      text(f.source),
    );
  }

  add('blank');
  add('section', SECTION_TITLES.tieBreaks[0]);
  header(TIE_COLUMNS);
  set.awards.tieBreaks.forEach((t, i) => add('data', i + 1, TIE_LABELS[t]));
  return rows;
}

function widthOf(rows: LayoutRow[]): number {
  return Math.max(...rows.map((r) => r.cells.length));
}

/** The criteria sheet's cells, from A1 (a rectangle: short rows are padded with empty cells). */
export function criteriaSetToGrid(set: CriteriaSet): CellValue[][] {
  const rows = layout(set);
  const width = widthOf(rows);
  return rows.map((r) => [...r.cells, ...Array<CellValue>(width - r.cells.length).fill(null)]);
}

/**
 * Narrowed together (fitWidths) so the sheet prints one A4 width at 8 pt or more, not in bands: every column
 * wraps but B, whose metadata labels are one line each.
 */
const WIDTHS = fitWidths([12, 50, 14, 12, 12, 10, 22, 20, 12, 30, 24, 16, 14], [true, false, ...Array<boolean>(11).fill(true)]);

/**
 * The notes in pieces that each fit one row of the value column, wrapped, within Excel's tallest row
 * (409 pt): a longer cell would be cut on paper. Pieces end at a sentence where one is near, else a word.
 */
function noteChunks(notes: string): string[] {
  const perLine = Math.floor(WIDTHS[2]! * 1.1);
  const limit = perLine * (Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT) - 3); // lines lost to wrapping at word ends
  const chunks: string[] = [];
  let rest = notes.trim();
  while (rest.length > limit) {
    const piece = rest.slice(0, limit);
    const sentence = Math.max(piece.lastIndexOf('. '), piece.lastIndexOf('; '));
    const cut = sentence > limit / 2 ? sentence + 1 : Math.max(piece.lastIndexOf(' '), 1);
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  return rest === '' ? chunks : [...chunks, rest];
}

const STYLES: Record<Style, CellFormat | null> = {
  title: { bold: true },
  // Wrapped: the longest label («Số liệu bị bác (Rút điểm / Không xét khen thưởng)») is wider than column B in bold.
  metaLabel: { bold: true, wrap: true },
  // Text cells stay text ("1.0" is a version, not the number 1).
  metaValue: { numberFormat: '@' },
  metaDate: { numberFormat: 'dd/mm/yyyy', horizontalAlignment: 'left' },
  metaNote: { numberFormat: '@', wrap: true },
  section: { bold: true, fill: '#FCE4D6' },
  header: { bold: true, wrap: true, fill: '#D9E1F2', horizontalAlignment: 'center' },
  data: { wrap: true },
  blank: null,
};

/** The criteria sheet `Tiêu chí`, formatted, as a sheet edit. */
export function planCriteriaSheet(set: CriteriaSet): SheetEdit {
  const rows = layout(set);
  const width = widthOf(rows);
  const values = criteriaSetToGrid(set);
  const cellFormats = rows.map((r) =>
    Array.from({ length: width }, (_, c): CellFormat | null => {
      if (r.style === 'metaValue' || r.style === 'metaDate' || r.style === 'metaNote') {
        if (c === 1) return STYLES.metaLabel;
        if (c !== 2) return null;
        if (r.cells[1] === META.notes[0] || r.style === 'metaNote') return STYLES.metaNote;
        return typeof r.cells[2] === 'number' ? null : STYLES[r.style];
      }
      if (r.style === 'data') return c === 0 ? { ...STYLES.data, numberFormat: '@' } : STYLES.data;
      if (r.style === 'header') return c < r.cells.length ? STYLES.header : null;
      return c === 0 ? STYLES[r.style] : null;
    }),
  );
  const sheet = withRowHeights({
    sheet: CRITERIA_SHEET_NAME,
    mode: 'replace',
    blocks: [{ address: 'A1', values, cellFormats }],
    columnWidths: widthsFromA(WIDTHS.slice(0, width)),
  });
  // Its sections have headers of their own, so only the code column repeats on pages across.
  return withPrintLayout(sheet, { titleColumns: '$A:$A' });
}
