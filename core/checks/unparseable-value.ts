// Số liệu không đọc được: text where a number is expected, Excel errors (#DIV/0!), a denominator of 0.
import type { Criterion } from '../criteria/schema.js';
import type { ReportCell } from '../sheet/cell.js';
import { cellNumber, pointsNumber, type Reading, unreadGives } from '../scoring/classify.js';
import { reportedLines } from '../scoring/item-lines.js';
import type { ReportRow } from '../report/schema.js';
import { isPercentMeasure } from '../criteria/rules/reason.js';
import { cellText } from '../values.js';
import { cellMessage, defineCheck, type FlagDraft, rowsOf } from './define.js';

// The steps of the visitor as functions of their own, not closures made afresh for every criterion.
/** A cell's problem, said once a report: `flags` are what this check raised on the report so far, each at its cell (most reports have none). */
function raise(flags: FlagDraft[], cell: string, problem: string, criterion: Criterion, raw: unknown): void {
  for (let i = 0; i < flags.length; i++) if (flags[i]!.cell === cell) return;
  flags.push({ message: cellMessage(cell, problem, criterion), cell, criterion: criterion.code, details: { raw, problem } });
}

/** A rate typed where points go is a number, but not points: said as the criterion's own reading says it. */
function notANumber(out: FlagDraft[], cell: ReportCell, field: string, criterion: Criterion): void {
  raise(out, cell.address, `${field} "${cellText(cell.raw)}" ${cell.value.kind === 'number' && cell.value.percent ? 'là tỷ lệ %, không phải điểm' : 'không phải là số'}`, criterion, cell.raw);
}

function check(out: FlagDraft[], criterion: Criterion, row: ReportRow, reading: Reading): void {
  if (reading.kind === 'invalid') raise(out, reading.cell, `${reading.problem} → ${unreadGives(criterion, '0 điểm')}`, criterion, reading.raw);
  // The other number cells of the row, even when Kết quả alone was scored; each read by its name (a field's name
  // in a variable made each read a megamorphic lookup, three on every criterion of every report: issue 59).
  const { numerator, denominator, selfScore } = row;
  if (numerator && cellNumber(numerator) === 'unreadable') notANumber(out, numerator, 'tử số', criterion);
  if (denominator && cellNumber(denominator) === 'unreadable') notANumber(out, denominator, 'mẫu số', criterion);
  if (selfScore && pointsNumber(selfScore) === 'unreadable') notANumber(out, selfScore, 'điểm tự chấm', criterion);
  if (isPercentMeasure(criterion) && row.denominator && cellNumber(row.denominator) === 0) {
    raise(out, row.denominator.address, 'mẫu số bằng 0', criterion, row.denominator.raw);
  }
}

export default defineCheck({
  id: 'unparseable-value',
  severity: 'error',
  title: 'Số liệu không đọc được',
  titleEn: 'Figure cannot be read',
  description: 'Ô cần số nhưng có chữ, lỗi Excel (#DIV/0!, #N/A…) hoặc mẫu số bằng 0; tiêu chí không chấm được.',
  criterion(ctx, { criterion, row, reading }, flags) {
    check(flags, criterion, row, reading);
    // An item's own bonus and deduction lines («a1.1 … x»): each figure read as the item's criterion's is.
    if (criterion.own) for (const line of reportedLines(criterion, rowsOf(ctx).lines, ctx.report.columns)) check(flags, line.criterion, line.row, line.reading);
  },
});

// Made for: cells that cannot be read as the figure the criterion wants — «khoảng 80», #DIV/0!, a denominator of 0 —
// scored 0 with the reason at the cell, never a silent zero; an item's own lines' figures too (issue 55).
