// Writing a criteria set as the `Tiêu chí` sheet: metadata, then each section under its title.
import { DEFAULT_MOVEMENT, namedMovement } from '../movement.js';
import { besideText, UNDER_TOTAL_LABELS } from '../lines-under-total.js';
import { TOTAL_CAP_LABELS } from '../total-cap.js';
import type { CellValue } from '../../cell.js';
import { formatPoints, isoToDate } from '../../values.js';
import type { CellFormat, SheetEdit } from '../../sheet/port.js';
import { fitWidths, withPrintLayout } from '../../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../../sheet/row-height.js';
import { columnLetter } from '../../text.js';
import { AWARD_ROUND_TITLES, type AwardForm, type ClassificationBand, type CriteriaSet } from '../schema.js';
import { formatTarget } from '../target.js';
import { subjectWord } from '../kinds.js';
import { capitalize } from '../rules/reason.js';
import { lineAsCriterion } from './item-lines.js';
import { noteWithPart } from './part-of.js';
import { noteWithSanction } from './sanction.js';
import { kindText, quotaText } from './quota-text.js';
import { deriveMeasure, formatRule } from './rule.js';
import {
  ALSO_QUOTA_WORDS, AWARD_COLUMNS, BAND_COLUMNS, COUNCIL_LABELS, CRITERIA_COLUMNS, CRITERIA_SHEET_NAME, EVIDENCE_REQUIRED, findBand,
  GROUP_COLUMNS, joinList, KIND_COLUMNS, LEVEL_LABELS, MEASURE_LABELS, META, SECTION_TITLES, TIE_COLUMNS, TIE_LABELS,
  type MetaKey,
} from './vocabulary.js';

type Style = 'title' | 'metaLabel' | 'metaValue' | 'metaDate' | 'metaNote' | 'section' | 'header' | 'data' | 'kind' | 'blank';
type LayoutRow = { cells: CellValue[]; style: Style };

function bandText(bands: ClassificationBand[], band: ClassificationBand): string {
  return [band.label, band.id].find((t) => findBand(bands, t) === band) ?? band.id;
}


/** «Lao động tiên tiến (tính vào chỉ tiêu)»: the other form by its label, as the reader takes it back. */
function alsoGivesText(set: CriteriaSet, also: NonNullable<AwardForm['alsoGives']>): string {
  const label = set.awards.forms.find((f) => f.id === also.form)?.label ?? also.form;
  return `${label} (${also.withinQuota ? ALSO_QUOTA_WORDS.within : ALSO_QUOTA_WORDS.beyond})`;
}

/** A date field: a Date cell when it is a real day, else the text as it is. */
function dateCell(iso: string | undefined): CellValue {
  if (!iso) return null;
  return isoToDate(iso) ?? iso;
}

/**
 * The criteria table's columns as written: row numbers, a rubric's own wording, an app's lowest points (read as the
 * deduction or the note it makes), self- and verified scores are only read.
 */
const READ_ONLY: readonly string[] = ['ordinal', 'rubric', 'minPoints', 'sign', 'selfScore', 'verifiedScore'];
const WRITTEN_CRITERIA_COLUMNS = Object.fromEntries(Object.entries(CRITERIA_COLUMNS).filter(([key]) => !READ_ONLY.includes(key)));
/** The criteria table's columns are the printed ones; the ids of kinds, bands and forms sit in the one after (0-based, column N). */
const KEY_COLUMN = Object.keys(WRITTEN_CRITERIA_COLUMNS).length;

/** The criteria table's rows, as written under its header. */
function criteriaRows(set: CriteriaSet): CellValue[][] {
  // An item's own lines follow it, each a row of its own (./item-lines.ts).
  return set.criteria.flatMap((item) => [item, ...(item.own?.lines ?? []).map((line) => lineAsCriterion(item, line))]).map((c) => {
    const kinds = c.appliesTo.map((id) => {
      const kind = set.subjectKinds.find((k) => k.id === id);
      return kind ? kindText(set, kind) : id;
    });
    return [
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
      text(noteWithSanction(c, noteWithPart(c))),
      c.portal ? `${c.portal.indicator} ± ${formatPoints(c.portal.tolerance)}${c.portal.caveat ? ` (lưu ý: ${c.portal.caveat})` : ''}` : null,
      deriveMeasure(c.unit, c.rule) === c.measure ? null : MEASURE_LABELS[c.measure],
    ];
  });
}

/** An optional text as a cell: empty when absent. */
function text(s: string | undefined): string | null {
  return s === undefined || s === '' ? null : s;
}

function layout(set: CriteriaSet, widths: readonly number[]): LayoutRow[] {
  const rows: LayoutRow[] = [];
  const add = (style: Style, ...cells: CellValue[]) => rows.push({ style, cells });
  const meta = (key: MetaKey, value: CellValue, date = false) => add(date ? 'metaDate' : 'metaValue', null, META[key][0], value === '' ? null : value);
  const header = (columns: Record<string, readonly string[]>) => add('header', ...Object.values(columns).map((labels) => labels[0]!));
  // Kinds, bands and award forms are known on paper by their names: their ids («ubnd-xa», «chua-dat») go in
  // a «Mã» column right of the printed columns, where the sheet reads them back and the page leaves them out.
  const keyedHeader = (columns: { id: readonly string[] }) => {
    const { id, ...named } = columns;
    add('header', null, ...Object.values<readonly string[]>(named).map((labels) => labels[0]!), ...pad(Object.keys(named).length), id[0]!);
  };
  const keyed = (id: string, ...cells: CellValue[]) => add('data', null, ...cells, ...pad(cells.length), id);
  const keyedKind = (id: string, ...cells: CellValue[]) => add('kind', null, ...cells, ...pad(cells.length), id);
  const pad = (used: number) => Array<CellValue>(KEY_COLUMN - 1 - used).fill(null);

  // The set's id, as its kinds' and bands', right of the printed columns: officers know the set by its title.
  add('title', `BỘ TIÊU CHÍ CHẤM ĐIỂM ${(namedMovement(set) ?? DEFAULT_MOVEMENT).toLocaleUpperCase('vi')}`, ...pad(0), META.id[0], set.id);
  add('blank');
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
  // Only for a set whose table states a step: every other set's workbook keeps its rows where they were.
  if (set.scoreStep !== undefined) {
    meta('scoreStep', set.scoreStep);
    meta('scoreStepWording', text(set.scoreStepWording));
  }
  meta('ratioMismatch', set.tolerances.ratioMismatch);
  meta('selfScoreGap', set.tolerances.selfScoreGap);
  meta('council', COUNCIL_LABELS[set.council.onRejectedFigure]);
  // A bonus or deduction the table wrote under its total row, a row each: its words, the criteria it was read beside (a
  // doubt the officer resolves by deleting the row or adding a criterion), and where it was in the ids' column.
  for (const l of set.underTotal ?? []) add('metaValue', null, UNDER_TOTAL_LABELS[l.kind][0]!, l.text, l.beside ? besideText(l.beside) : null, ...pad(3), l.where ?? null);
  // The cap the table states on its total: its words (whose figure and «kể cả / không kể điểm thưởng» the set holds), and where.
  if (set.totalCap) add('metaValue', null, TOTAL_CAP_LABELS[0], set.totalCap.text, null, ...pad(3), set.totalCap.where ?? null);
  // Long notes run on over the rows below their label, a printed line a row (read back joined).
  noteLines(set.notes ?? '', widths).forEach((line, i) => (i === 0 ? meta('notes', line) : add('metaNote', null, null, line)));

  add('blank');
  add('section', SECTION_TITLES.groups[0]);
  // «Điểm có sẵn» only where a frame is granted: every other set's sheet keeps its columns as they were.
  const { granted: _granted, ...plainGroups } = GROUP_COLUMNS;
  const granting = set.groups.some((g) => g.granted);
  header(granting ? GROUP_COLUMNS : plainGroups);
  for (const g of set.groups) add('data', g.id, g.title, g.maxPoints ?? null, ...(granting ? [g.granted ? g.maxPoints! : null] : []));

  add('blank');
  add('section', SECTION_TITLES.kinds[0]);
  keyedHeader(KIND_COLUMNS);
  for (const k of set.subjectKinds) keyedKind(k.id, k.label, capitalize(subjectWord(k)), text(joinList(k.aliases)));

  add('blank');
  add('section', SECTION_TITLES.criteria[0]);
  header(WRITTEN_CRITERIA_COLUMNS);
  for (const cells of criteriaRows(set)) add('data', ...cells);

  add('blank');
  add('section', SECTION_TITLES.bands[0]);
  keyedHeader(BAND_COLUMNS);
  for (const b of set.classification) keyed(b.id, b.label, b.minPercent, b.condition ?? null);

  add('blank');
  add('section', SECTION_TITLES.awards[0]);
  // «Tỷ lệ (%)» is read, never written: a share is written in «Chỉ tiêu» as «cá nhân: 15%».
  const { quotaShare: _readOnly, ...awardColumns } = AWARD_COLUMNS;
  keyedHeader(awardColumns);
  for (const f of set.awards.forms) {
    const band = set.classification.find((b) => b.id === f.minClassification);
    keyed(
      f.id,
      f.label,
      LEVEL_LABELS[f.level],
      AWARD_ROUND_TITLES[f.round],
      band ? bandText(set.classification, band) : f.minClassification,
      text(joinList(f.gateCriteria)),
      text(f.quotas.map((q) => quotaText(set, q)).join('; ')),
      text(f.source),
      f.alsoGives ? text(alsoGivesText(set, f.alsoGives)) : null,
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
  const rows = layout(set, widthsFor(set));
  const width = widthOf(rows);
  return rows.map((r) => [...r.cells, ...Array<CellValue>(width - r.cells.length).fill(null)]);
}

/**
 * Narrowed together (fitWidths) so the sheet prints one A4 width at 8 pt or more, not in bands, the width going
 * to the columns whose criteria need it most: every column wraps, B (metadata labels, the titles) down to 30.
 * Then the ids' column, not printed.
 */
function widthsFor(set: CriteriaSet): number[] {
  const base = [12, 50, 14, 12, 12, 10, 22, 20, 12, 30, 24, 16, 14];
  const header = Object.values(WRITTEN_CRITERIA_COLUMNS).map((labels) => labels[0]!);
  return [...fitWidths(base, [true, 30, ...Array<boolean>(11).fill(true)], [header, ...criteriaRows(set)]), 24];
}

/** Characters of plain text on one unwrapped line from column `from` to the last printed one: low, a line too long is cut at the page's edge. */
function perLine(widths: readonly number[], from: number): number {
  return Math.floor(widths.slice(from, KEY_COLUMN).reduce((sum, w) => sum + w, 0) * 1.0);
}

/**
 * The notes as printed lines, each one row: from the value column to the last printed one, unwrapped (the text
 * runs over the empty cells to its right), so they read across the page as a paragraph does. A line that goes
 * on in the next row ends with its space; a paragraph's last line does not (the reader joins them back alike).
 * Lines break at a space followed by a word, a word longer than a line keeps its row.
 */
function noteLines(notes: string, widths: readonly number[]): string[] {
  const most = perLine(widths, 2);
  const lines: string[] = [];
  for (const paragraph of notes.trim().split('\n')) {
    let rest = paragraph;
    while (rest.length > most) {
      const breaks = [...rest.slice(0, most + 1).matchAll(/ (?=\S)/g)];
      const at = breaks.at(-1)?.index ?? /\s\S/.exec(rest)?.index;
      if (at === undefined || at === 0) break;
      lines.push(rest.slice(0, at + 1));
      rest = rest.slice(at + 1);
    }
    lines.push(rest);
  }
  return notes.trim() === '' ? [] : lines;
}

const STYLES: Record<Style, CellFormat | null> = {
  title: { bold: true },
  // Wrapped: the longest label («Số liệu bị bác (Rút điểm / Không xét khen thưởng)») is wider than column B in bold.
  metaLabel: { bold: true, wrap: true },
  // Text cells stay text ("1.0" is a version, not the number 1).
  metaValue: { numberFormat: '@' },
  metaDate: { numberFormat: 'dd/mm/yyyy', horizontalAlignment: 'left' },
  metaNote: { numberFormat: '@' },
  section: { bold: true, fill: '#FCE4D6' },
  header: { bold: true, wrap: true, fill: '#D9E1F2', horizontalAlignment: 'center' },
  data: { wrap: true },
  kind: { wrap: true },
  blank: null,
};

/** The criteria sheet `Tiêu chí`, formatted, as a sheet edit. */
export function planCriteriaSheet(set: CriteriaSet): SheetEdit {
  const widths = widthsFor(set);
  const rows = layout(set, widths);
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
      // A kind's other names on one line across the empty columns to its right, when they fit before the page's edge.
      if (r.style === 'kind') return c === 3 && typeof r.cells[3] === 'string' && r.cells[3].length <= perLine(widths, 3) ? null : STYLES.kind;
      if (r.style === 'header') return c < r.cells.length ? STYLES.header : null;
      return c === 0 ? STYLES[r.style] : null;
    }),
  );
  const sheet = withRowHeights({
    sheet: CRITERIA_SHEET_NAME,
    mode: 'replace',
    blocks: [{ address: 'A1', values, cellFormats }],
    columnWidths: widthsFromA(widths.slice(0, width)),
  });
  // Its sections have headers of their own, so only the code column repeats on pages across; the ids' column is not printed.
  return withPrintLayout(sheet, { titleColumns: '$A:$A', printArea: `A1:${columnLetter(KEY_COLUMN)}${rows.length}` });
}
