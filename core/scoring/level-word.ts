// A level's name typed where a criterion scored by levels takes its result («a», «Giỏi»: the table names its levels so,
// and units fill the form the same way): read as the level it names. A word naming no level, or more than one, is left
// to the reading every other word gets (not points: said at its cell), the levels' names said beside it. A yes/no word
// («Không đạt», «Đạt») is a word like any other here: matched to the item's levels before it is read as yes or no,
// which no level means. Levels without names (a table's «5 / 4 / 3» read without words, «Bậc: 4=20; 3=15»): a word the
// unit typed where the item's figure is read stays unreadable as before, its message listing the levels by their points.
import type { Criterion, Tier } from '../criteria/schema.js';
import type { ReportCell } from '../sheet/cell.js';
import { normalizeLabel } from '../text.js';
import { cellText, formatNumberVi } from '../values.js';

/** The level a typed word names: its points as the tiers read them, and what was read, or why none was. */
export function levelNamed(criterion: Criterion, cell: ReportCell | undefined): { value: number; note: string } | { names: string } | undefined {
  if (criterion.rule.kind !== 'tiers' || !cell || !typedWord(cell)) return undefined;
  const named = namedLevels(criterion.rule.tiers);
  if (named.length === 0) return undefined;
  const typed = cellText(cell.raw).replace(/^\s*(?:mức|loại)\s+/iu, '').replace(/[.)]\s*$/, '');
  const word = normalizeLabel(typed);
  const alike = named.filter((t) => t.folded === word);
  // Levels lettered a, b, c, d, đ, e read alike once marks are set aside: the one spelt as typed, marks and all, is meant.
  const found = alike.length > 1 ? alike.filter((t) => spelt(t.label!) === spelt(typed)) : alike;
  if (found.length === 1) {
    const t = found[0]!;
    return { value: t.min, note: `ô ${cell.address} ghi «${cellText(cell.raw).trim()}»: mức ${t.label} (${formatNumberVi(t.points)} điểm)` };
  }
  // A yes/no word naming no level keeps its meaning where the criterion measures yes or no.
  if (cell.value.kind === 'bool' && criterion.measure === 'yes_no') return undefined;
  const levels = levelsListed(criterion.rule.tiers);
  const how = `ghi tên một mức${criterion.measure === 'points' ? ' hoặc số điểm' : ''}`;
  return { names: `${found.length > 1 ? 'ứng với nhiều mức' : 'không phải tên mức nào'} của tiêu chí ${criterion.code} (các mức: ${levels}) — ${how}` };
}

/**
 * An item's levels that have a name, each with its name folded (normalizeLabel), worked out once per set's levels: every
 * word typed on every report is compared with them (sets are not changed once read).
 */
function namedLevels(tiers: readonly Tier[]): readonly (Tier & { label: string; folded: string })[] {
  let named = namedOf.get(tiers);
  if (!named) namedOf.set(tiers, (named = tiers.flatMap((t) => (t.label === undefined ? [] : [{ ...t, label: t.label, folded: normalizeLabel(t.label) }]))));
  return named;
}
const namedOf = new WeakMap<readonly Tier[], readonly (Tier & { label: string; folded: string })[]>();

/** An item's levels as the unit chooses them, «a 20 điểm; b 15 điểm» (by their points alone where they have no names). */
export function levelsListed(tiers: readonly Tier[]): string {
  const named = tiers.filter((t) => t.label !== undefined);
  return (named.length > 0 ? named : tiers).map((t) => `${t.label === undefined ? '' : `${t.label} `}${formatNumberVi(t.points)} điểm`).join('; ');
}

/**
 * The levels of an item scored by levels without names, by their points, to be said beside a word typed for its figure
 * («các mức: 5 điểm, 4 điểm, 3 điểm — ghi số điểm của một mức»); undefined for an item not so scored.
 */
export function unnamedLevels(criterion: Criterion): string | undefined {
  if (criterion.rule.kind !== 'tiers' || criterion.rule.tiers.some((t) => t.label !== undefined)) return undefined;
  const tiers = criterion.rule.tiers;
  // Levels are their points where the table gives points only; otherwise the unit types the figure a level starts at.
  const asPoints = tiers.every((t) => t.min === t.points);
  const levels = tiers.map((t) => `${formatNumberVi(t.points)} điểm${asPoints ? '' : ` khi đạt ${formatNumberVi(t.min)}${criterion.unit === '%' ? '%' : criterion.unit ? ` ${criterion.unit}` : ''}`}`);
  return `các mức của tiêu chí ${criterion.code} không có tên (các mức: ${levels.join(', ')}) — ${asPoints ? 'ghi số điểm của một mức' : 'ghi kết quả bằng số'}`;
}

/** A word as spelt, its marks kept: case and spacing aside. */
function spelt(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** A word the unit typed: text, or a yes/no word typed as text (not Excel's TRUE/FALSE, which names nothing). */
function typedWord(cell: ReportCell): boolean {
  return cell.value.kind === 'text' || (cell.value.kind === 'bool' && typeof cell.raw === 'string');
}

// Made for issue 55: a city's Mẫu 03 whose units mark level «a» of each task item, and an academy's conduct form whose
// item 1.2 is filled «Giỏi»; a department table's C1 «5 / 4 / 3» filled «Tốt», its levels unnamed; the same Mẫu 03's
// «d» and «đ» told apart (an officer's walk).
