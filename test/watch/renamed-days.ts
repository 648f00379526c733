// Phú Thọ's mornings (six-lists-days.ts) as the portal gave them with a commune renamed and one added: from 16/9 the
// unit of code H44.116 (UBND xã Bình Phú) comes as «UBND xã Tân Bình», its code kept; from 19/9 a commune «UBND xã
// Mới Lập» (code H44.999, a copy of Hy Cương's rows) is in every list. Shared by the core and browser tests.
import { readFileSync } from 'node:fs';
import { askedOn, type Asked, type Morning, type Season } from './six-lists-days.js';

export const CODE = 'H44.116';
export const NEW_NAME = 'UBND xã Tân Bình';
export const ADDED = { departmentName: 'UBND xã Mới Lập', departmentCode: 'H44.999' };
const tree = JSON.parse(readFileSync(new URL('../fixtures/real/watch/dvc-progress-tree-month-all.json', import.meta.url), 'utf8')) as { data: { children: { departmentCode: string; departmentName: string }[] } };
/** The commune's name as the saved answers give it, and as the watch's lines say it (without « - Tỉnh Phú Thọ»). */
export const OLD_NAME = tree.data.children.find((c) => c.departmentCode === CODE)!.departmentName;
export const OLD_SHORT = OLD_NAME.replace(/ - Tỉnh Phú Thọ$/, '');

/** A morning's answers as the portal gave them that day: the commune renamed from 16/9, the new one added from 19/9. */
export function portalOn(day: string): Asked[] {
  return askedOn(day).map((a) => {
    if (a.body === undefined) return a;
    const body = structuredClone(a.body) as { data: { children?: Record<string, unknown>[]; evaluation?: Record<string, unknown>[] } };
    const rows = (body.data.children ?? body.data.evaluation)!;
    for (const r of [...rows]) {
      if (day >= '2026-09-16' && r.departmentName === OLD_NAME) r.departmentName = NEW_NAME;
      // The new commune as a copy of another's row, its own name, id and code.
      if (day >= '2026-09-19' && String(r.departmentName).startsWith('UBND xã Hy Cương')) rows.push({ ...r, ...ADDED, departmentId: 'moi-lap' });
    }
    return { ...a, body };
  });
}

/**
 * From 13/9 the portal's rows of «UBND xã Xuân Lũng» carry another id and code (H44.105 → H44.905), its «Tiến độ giải
 * quyết» 10 of 20: another unit (2025's reorganisation), not Xuân Lũng fallen 8,09 points.
 */
export const RECODED_NAME = 'UBND xã Xuân Lũng';
const recoded: Season = {
  rows: (day, rows) => (day < '2026-09-13' ? rows : rows.map((r) => (String(r.departmentName).startsWith(RECODED_NAME) ? { ...r, departmentId: 'xa-xuan-lung-moi', departmentCode: 'H44.905' } : r))),
  score: (_day, code, group) => (code === 'H44.905' && group === 'TDGQ' ? 10 : undefined),
};
export const recodedOn = (day: string, morning: Morning = {}): Asked[] => askedOn(day, morning, recoded);
