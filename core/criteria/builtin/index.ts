// The built-in criteria sets, one file each (file name = set id). Add a set: its file plus one line here.
import type { CriteriaSet } from '../schema.js';
import { catNe2024 } from './cat-ne-2024.js';
import { lucBa2024 } from './luc-ba-2024.js';
import { qd766Xa } from './qd766-xa.js';
import { taMa2025 } from './ta-ma-2025.js';
import { taMa2030 } from './ta-ma-2030.js';
import { tanLinh2025 } from './tan-linh-2025.js';
import { tanQuang2025 } from './tan-quang-2025.js';

export const builtinSets: readonly CriteriaSet[] = [taMa2025, taMa2030, tanQuang2025, catNe2024, lucBa2024, tanLinh2025, qd766Xa];

export function findBuiltin(id: string): CriteriaSet | undefined {
  return builtinSets.find((set) => set.id === id);
}
