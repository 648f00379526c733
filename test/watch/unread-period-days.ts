// Phú Thọ's progress tree saved alone each morning (dvc-progress-tree.json, the file's time the capture's): 30/10 with
// Sở Nội vụ 100 dossiers more on time, 31/10 as saved, and 1/11 as a month's first day gives it (a thirtieth of the
// dossiers, every third unit one overdue). Neither the body nor its name says the period. Shared by the command
// line's test and the extension's history.
import { readFileSync } from 'node:fs';

const body = readFileSync(new URL('../fixtures/real/watch/dvc-progress-tree-month-all.json', import.meta.url), 'utf8');
type Tree = { data: { children: { departmentCode: string; totalReceived: number; totalOnTime: number; totalOverdue: number; ratio: number; score: number }[] } };

function changed(edit: (c: Tree['data']['children'][number], i: number) => void): string {
  const tree = JSON.parse(body) as Tree;
  tree.data.children.forEach(edit);
  for (const c of tree.data.children) {
    c.totalOverdue = c.totalReceived - c.totalOnTime;
    c.ratio = c.totalReceived > 0 ? Math.round((10_000 * c.totalOnTime) / c.totalReceived) / 100 : 0;
    c.score = c.totalReceived > 0 ? Math.round((2_000 * c.totalOnTime) / c.totalReceived) / 100 : 0;
  }
  return JSON.stringify(tree);
}

/** Sở Nội vụ's code: 100 dossiers more on time on 30/10 than on 31/10. */
export const NOI_VU = 'H44.42';

/** [data day, the saved body, the file's time] of 30/10, 31/10 and 1/11. */
export function unreadPeriodDays(): [string, string, string][] {
  const noiVu = changed((c) => void (c.departmentCode === NOI_VU && (c.totalOnTime += 100)));
  const firstOfMonth = changed((c, i) => {
    if (c.totalReceived === 0) return;
    c.totalReceived = Math.max(1, Math.floor(c.totalReceived / 30));
    c.totalOnTime = c.totalReceived - (i % 3 === 0 ? 1 : 0);
  });
  return [['2026-10-30', noiVu, '2026-10-30T21:30:00Z'], ['2026-10-31', body, '2026-10-31T21:30:00Z'], ['2026-11-01', firstOfMonth, '2026-11-01T21:30:00Z']];
}
