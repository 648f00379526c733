// The last step of every layout: the parts read from the sheet parsed as one criteria set. Every layout checks
// its cells first, each with its address; what the schema still finds is said in Vietnamese, never in zod's words.
import { parseWithMessages } from '../../schema-messages.js';
import { CRITERIA_SET_LABELS } from '../labels.js';
import { CriteriaSet } from '../schema.js';
import { sortByCell, type ReadCriteriaSheetResult, type SheetReader } from './sheet-reader.js';

export function finishSet(sheet: SheetReader, parts: Record<string, unknown>): ReadCriteriaSheetResult {
  const notices = sortByCell(sheet.notices);
  if (sheet.errors.length > 0) return { ok: false, errors: sortByCell(sheet.errors), notices };
  const parsed = parseWithMessages(CriteriaSet, parts, CRITERIA_SET_LABELS);
  if (parsed.ok) return { ok: true, set: parsed.data, notices };
  const cell = sheet.headerCell('criteria') ?? sheet.at(0, 0);
  return {
    ok: false,
    notices,
    errors: parsed.errors.map((message) => ({ cell, message: `Bộ tiêu chí chưa dùng được: ${message}` })),
  };
}
