// Đọc lại bộ đã ghi (a set read back from what was written): every field where the set a file gives back differs from
// the set that was written into it, named as officers name the set's fields — so a set an import writes is one the
// other commands load as it was shown, never one that changes on the way (tools that face documents write only what
// they can read back).
import { describePath } from '../schema-messages.js';
import { CRITERIA_SET_LABELS } from './labels.js';
import type { CriteriaSet } from './schema.js';

type Path = (string | number)[];

/** A value as the set holds it, short: «30», «"Tỷ lệ"», «(không có)». */
function shownValue(value: unknown): string {
  if (value === undefined) return '(không có)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Where the two differ, each with both values as said. */
function differences(written: unknown, back: unknown, path: Path): { path: Path; written: string; back: string }[] {
  if (written === back) return [];
  const bothObjects = written !== null && back !== null && typeof written === 'object' && typeof back === 'object' && Array.isArray(written) === Array.isArray(back);
  if (!bothObjects) return [{ path, written: shownValue(written), back: shownValue(back) }];
  // Items of a list compared by place: a list that grows or shrinks says its length once.
  if (Array.isArray(written) && written.length !== (back as unknown[]).length) return [{ path, written: `${written.length} mục`, back: `${(back as unknown[]).length} mục` }];
  const keys = [...new Set([...Object.keys(written), ...Object.keys(back)])];
  return keys.flatMap((k) => differences((written as Record<string, unknown>)[k], (back as Record<string, unknown>)[k], [...path, Array.isArray(written) ? Number(k) : k]));
}

/**
 * Each field the set read back differs in from the set written, as «tiêu chí thứ 12 (mã «5.2»), trường «Chỉ tiêu»: ghi
 * {"comparator":">=","value":100}, đọc lại (không có)»; none when they are the same field for field (a field absent and one
 * undefined are the same: JSON drops it).
 */
export function readBackDifferences(written: CriteriaSet, back: CriteriaSet): string[] {
  return differences(written, back, []).map((d) => `${describePath(d.path, CRITERIA_SET_LABELS, written) || 'bộ tiêu chí'}: ghi ${d.written}, đọc lại ${d.back}`);
}

// Made for `thidua criteria import` checking what it wrote before saying it is done: an engineer walking the district
// DTI table's part 5 found the import wrote a set (a rate without its target) that score and export then refused, with
// exit 0 and «Các số bảng ghi đều khớp».
