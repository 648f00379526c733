// Khác bộ tiêu chí: the sheet says it was made from another criteria set, or another version of it.
import type { CriteriaSet } from '../criteria/schema.js';
import { builtinName } from '../criteria/builtin/index.js';
import type { UnitReport } from '../report/schema.js';
import { normalizeLabel } from '../text.js';
import { cellText } from '../values.js';
import { cellMessage, defineCheck } from './define.js';

/** "ta-ma-2025@1", "ta-ma-2025 1", "ta-ma-2025 v1", "ta-ma-2025 phiên bản 1" → id and version (if given). */
export function parseSetRef(text: string): { id: string; version?: string } | undefined {
  const m = /^\s*([^\s@]+)\s*(?:@\s*|\s+)?(.*?)\s*$/.exec(text);
  if (!m || !m[1]) return undefined;
  const version = normalizeVersion(m[2] ?? '');
  return version ? { id: m[1].toLowerCase(), version } : { id: m[1].toLowerCase() };
}

/** A set as officers read it on a sheet: its title and version, «… (phiên bản 2025.1)»; statedSetOf reads it back. */
export function setName(set: Pick<CriteriaSet, 'title' | 'version'>): string {
  return `${set.title} (phiên bản ${set.version})`;
}

/**
 * The set a report says it was made for: its «Mã bộ tiêu chí» (a template's «id@version», in a cell that prints
 * nothing); else its «Bộ tiêu chí» as templates print it, the scored set's title and «(phiên bản …)»; else that
 * cell as «id@version» (older templates, hand-made sheets). Undefined when the sheet names none.
 */
function statedSetOf(report: Pick<UnitReport, 'criteriaSetRef' | 'criteriaSetId'>, own: Own): ReturnType<typeof parseSetRef> {
  const id = cellText(report.criteriaSetId?.raw ?? null);
  if (id !== '') return statedSet(id);
  return titledSet(cellText(report.criteriaSetRef?.raw ?? null), own);
}

/**
 * A «Bộ tiêu chí» text read against the scored set, remembered per set: every report of a run states one of a few
 * (a cache of the last two texts folded was pushed round by three: last year's version, this year's, the set's title).
 */
function titledSet(text: string, own: Own): ReturnType<typeof parseSetRef> {
  const known = own.titled;
  // One lookup of the text (a title of a hundred characters, hashed afresh in each report) where it is known; a text
  // read as no set is kept as null, so it too is found by get alone.
  const found = known.get(text);
  if (found !== undefined) return found ?? undefined;
  if (known.size >= 64) known.clear();
  const { set } = own;
  const [folded, title] = [normalizeLabel(text), normalizeLabel(set.title)];
  let ref: ReturnType<typeof parseSetRef>;
  if (title === '' || !folded.startsWith(title)) ref = statedSet(text);
  else {
    const version = /phien ban\s*([^\s)]+)/.exec(folded.slice(title.length))?.[1];
    ref = version ? { id: own.id, version: normalizeVersion(version) } : { id: own.id };
  }
  known.set(text, ref ?? null);
  return ref;
}

/**
 * What every report is compared with, worked out once per set: its id as a stated one is read (lower case), its own
 * version read as a stated one is, and the «Bộ tiêu chí» texts read against it. The last set at hand, as planOf keeps
 * it: one object a report, not three per-set lookups and the id folded twice.
 */
type Own = { set: CriteriaSet; id: string; version: string | undefined; titled: Map<string, ReturnType<typeof parseSetRef> | null> };
function ownOf(set: CriteriaSet): Own {
  if (set === lastOwn?.set) return lastOwn;
  let own = owns.get(set);
  if (!own) owns.set(set, (own = { set, id: set.id.toLowerCase(), version: parseSetRef(`${set.id}@${set.version}`)?.version, titled: new Map() }));
  return (lastOwn = own);
}
const owns = new WeakMap<CriteriaSet, Own>();
let lastOwn: Own | undefined;

/** "v1", "V1", "phiên bản 1", "1" → "1". */
function normalizeVersion(text: string): string {
  return normalizeLabel(text).replace(/^(phien ban|version|ver\.?|v)\s*/, '');
}

/**
 * parseSetRef, remembering the texts read: every report of a run states one of a few sets, checked against the same
 * version (two entries were too few: a report of last year's version beside this year's and the set's own reference
 * made three, each pushing another out).
 */
function statedSet(text: string): ReturnType<typeof parseSetRef> {
  if (parsedRefs.has(text)) return parsedRefs.get(text);
  if (parsedRefs.size >= 64) parsedRefs.clear();
  const ref = parseSetRef(text);
  parsedRefs.set(text, ref);
  return ref;
}
const parsedRefs = new Map<string, ReturnType<typeof parseSetRef>>();

/** A set stated by its code («ta-ma-2030@2025.1») named by its title when it is a built-in one; otherwise as typed. */
function statedName(ref: { id: string; version?: string }, typed: string): string {
  const known = builtinName(ref.id);
  return known ? setName({ title: known.title, version: ref.version ?? known.version }) : typed;
}

export default defineCheck({
  id: 'criteria-set-mismatch',
  severity: 'error',
  title: 'Báo cáo lập theo bộ tiêu chí khác',
  titleEn: 'Report made for another criteria set',
  description: 'Ô Bộ tiêu chí của báo cáo ghi mã hoặc phiên bản khác bộ tiêu chí đang dùng để chấm.',
  run(ctx) {
    // Named as the officer reads it on the sheet, the set scored by its title: no id on paper.
    const cell = ctx.report.criteriaSetRef ?? ctx.report.criteriaSetId;
    if (!cell) return [];
    const own = ownOf(ctx.set);
    const ref = statedSetOf(ctx.report, own);
    if (!ref) return [];
    const { id, version, title } = ctx.set;
    // The set's own version read the same way, so «v1» and «1» agree.
    const sameVersion = ref.version === undefined || ref.version === own.version;
    if (ref.id === own.id && sameVersion) return [];
    const text = cellText(cell.raw);
    const details = { stated: text, setId: id, setVersion: version };
    if (ref.id !== own.id) {
      return [{
        message: cellMessage(cell.address, `báo cáo lập theo bộ tiêu chí «${statedName(ref, text)}», đang chấm theo bộ «${title}» (phiên bản ${version})`),
        cell: cell.address,
        details,
      }];
    }
    return [{
      severity: 'warning' as const,
      message: cellMessage(cell.address, `báo cáo lập theo phiên bản ${ref.version} của bộ tiêu chí này, đang chấm theo phiên bản ${version}`),
      cell: cell.address,
      details,
    }];
  },
});

// Made for: a unit's report made from last year's form, or from another commune's set, whose «Bộ tiêu chí» cell
// names a set or version other than the one being scored — so the council is told before it reads the points.
