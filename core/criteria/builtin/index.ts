// The built-in criteria sets, one file each (file name = set id). Add a set: its file plus one line here.
// Each file holds its set as written; the registry parses a set by its schema the first time it is asked for, and
// keeps it: a run scores with one set, and each thread of the command line (and the page's worker) started by
// parsing all seven — about a sixth of a one-file run's worker time.
import { CriteriaSet, type CriteriaSetInput } from '../schema.js';
import { catNe2024 } from './cat-ne-2024.js';
import { lucBa2024 } from './luc-ba-2024.js';
import { qd766Xa } from './qd766-xa.js';
import { taMa2025 } from './ta-ma-2025.js';
import { taMa2030 } from './ta-ma-2030.js';
import { tanLinh2025 } from './tan-linh-2025.js';
import { tanQuang2025 } from './tan-quang-2025.js';

const written: readonly CriteriaSetInput[] = [taMa2025, taMa2030, tanQuang2025, catNe2024, lucBa2024, tanLinh2025, qd766Xa];
const parsed = new Map<string, CriteriaSet>();

/** The built-in sets' ids, in the order officers are offered them (nothing parsed). */
export const builtinIds: readonly string[] = written.map((s) => s.id);

/** The built-in set of this id, parsed once (the same object each time it is asked for). */
export function findBuiltin(id: string): CriteriaSet | undefined {
  const known = parsed.get(id);
  if (known) return known;
  const input = written.find((s) => s.id === id);
  if (!input) return undefined;
  const set = CriteriaSet.parse(input);
  parsed.set(id, set);
  return set;
}

/**
 * The title and version of the built-in set of this id as written, nothing parsed (the schema keeps both as they are
 * written): a report stating another built-in set is said by its title, and parsing that whole set for it was a tenth of
 * the first workbooks' scoring in each thread of the command line (issue 59).
 */
export function builtinName(id: string): Pick<CriteriaSet, 'title' | 'version'> | undefined {
  const input = parsed.get(id) ?? written.find((s) => s.id === id);
  return input && { title: input.title, version: input.version };
}

/** Every built-in set, parsed (a list officers choose from, an export, a test). */
export function builtinSets(): readonly CriteriaSet[] {
  return builtinIds.map((id) => findBuiltin(id)!);
}
