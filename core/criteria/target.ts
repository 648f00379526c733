// Chỉ tiêu (target) as officers write it: "≥ 80%", ">= 80%", "> 40%", "100%" (meaning ≥ 100), "≥ 2", "02",
// "Có", "= 0", "≤ 5". formatTarget writes it back so that parseTarget reads the same target.
import { normalizeLabel } from '../text.js';
import { excelSerialToIso, formatDateVi, formatNumberVi, isoToExcelSerial, parseCell, parseDateText } from '../values.js';
import type { Comparator, Measure, Target } from './schema.js';

export type TargetResult = { ok: true; target: Target } | { ok: false; message: string };

/** Symbols and words for each comparator; the first symbol is the one written. */
const COMPARATORS: readonly [Comparator, readonly string[]][] = [
  ['>=', ['≥', '>=', '=>', '⩾']],
  ['<=', ['≤', '<=', '=<', '⩽']],
  ['>', ['>']],
  ['<', ['<']],
  ['=', ['=']],
];

/** Word prefixes (normalised) officers use instead of symbols. */
const COMPARATOR_WORDS: readonly [Comparator, string][] = [
  ['>=', 'toi thieu'],
  ['>=', 'it nhat'],
  ['>=', 'tu'],
  ['>', 'tren'],
  ['>', 'hon'],
  ['<=', 'toi da'],
  ['<=', 'khong qua'],
  ['<', 'duoi'],
];

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

function isRate(measure: Measure | undefined): boolean {
  return measure === 'percent' || measure === 'ratio';
}

/**
 * Reads a target. Without a comparator it means "at least" (100% = ≥ 100). For a `date` measure the value
 * is the day's Excel serial ("≤ 05/11/2025"). The message (Vietnamese) is for the caller to prefix with a cell.
 */
export function parseTarget(text: string, measure?: Measure): TargetResult {
  const t = text.trim();
  const fail = (why = ''): TargetResult => ({ ok: false, message: `không hiểu chỉ tiêu «${t}»${why}` });
  if (t === '') return fail();

  const whole = parseCell(t);
  if (whole.kind === 'bool') {
    if (measure !== undefined && measure !== 'yes_no') return fail(' (Có/Không chỉ dùng cho tiêu chí đo bằng Có/Không)');
    return { ok: true, target: { comparator: '=', value: whole.value ? 1 : 0 } };
  }

  let comparator: Comparator = '>=';
  let rest = t;
  const symbol = COMPARATORS.flatMap(([c, ss]) => ss.map((s) => [c, s] as const))
    .sort((a, b) => b[1].length - a[1].length)
    .find(([, s]) => t.startsWith(s));
  if (symbol) {
    comparator = symbol[0];
    rest = t.slice(symbol[1].length).trim();
  } else {
    const lower = normalizeLabel(t);
    const word = COMPARATOR_WORDS.find(([, w]) => lower.startsWith(`${w} `));
    if (word) {
      comparator = word[0];
      rest = t.slice(t.search(/\s/)).trim();
      if (word[1].includes(' ')) rest = rest.slice(rest.search(/\s/)).trim();
    }
  }

  const date = parseDateText(rest);
  if (date !== undefined) {
    if (measure !== undefined && measure !== 'date') return fail(' (ngày chỉ dùng cho tiêu chí đo bằng ngày)');
    return { ok: true, target: { comparator, value: isoToExcelSerial(date)! } };
  }
  const value = parseCell(rest);
  if (value.kind !== 'number') return fail();
  if (value.percent && measure !== undefined && !isRate(measure)) {
    return fail(' (có dấu % nhưng đơn vị tính không phải tỷ lệ)');
  }
  return { ok: true, target: { comparator, value: value.value } };
}

/** "≥ 80%", "≥ 2", "Có", "≤ 05/11/2025". */
export function formatTarget(target: Target, measure?: Measure): string {
  const { comparator, value } = target;
  if (measure === 'yes_no' && comparator === '=' && (value === 1 || value === 0)) return value === 1 ? 'Có' : 'Không';
  const day = measure === 'date' ? excelSerialToIso(value) : undefined;
  // Only a whole day that reads back to the same serial is shown as a date (not Excel's phantom 29/02/1900).
  const shown = day !== undefined && isoToExcelSerial(day) === value ? formatDateVi(day) : `${formatNumberVi(value)}${isRate(measure) ? '%' : ''}`;
  return `${SYMBOL[comparator]} ${shown}`;
}
