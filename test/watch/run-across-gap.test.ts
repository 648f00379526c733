// A run of falls across a morning not captured, on Phú Thọ's season (season-days.ts: no capture one day in seven, some
// mornings only two lists): the watch counts a run by capture, across gaps (units.ts declineOf), so every face must say
// the days the run passed over. Before, on 30/9 «Bản tin», the brief, the popup's own line and `thidua watch` read
// Đoan Hùng's «giảm 3 lần liên tiếp, tổng −0,4 điểm (62,49 → 62,29 → 62,19 → 62,09)» — 62,49 was 26/9's, 27/9 never
// captured — as if four mornings in a row had been read; now «(62,49 → 62,29 → 62,19 → 62,09 — không chụp 27/9/2026)».
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { addDays } from '../../core/watch/data-day.js';
import { digestReadingBack } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { points } from '../../core/watch/words.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { ownLine } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { createStore } from '../../extension/src/storage/store.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { memoryArea } from '../extension/memory-area.js';
import { seasonSaves } from './season-days.js';
import { RANKING } from './six-lists-days.js';

const OWN = 'Xã Đoan Hùng';
const LAST = '2026-10-20';
// From 22/9: the runs across 27/9 (on 30/9) and 18/10 (on 20/10), their month's captures before them read.
const saves = seasonSaves(LAST).filter((s) => s.day >= '2026-09-22');

/** By hand from the answers served: Đoan Hùng's total on each data day whose saves hold the ranking. */
const totals = new Map<string, number>();
for (const s of saves) {
  const ranking = s.asked.find((a) => a.endpoint === RANKING && a.body !== undefined);
  const row = (ranking?.body as { data: { evaluation: { departmentName: string; totalScore: number }[] } } | undefined)?.data.evaluation.find((r) => r.departmentName.includes('Đoan Hùng'));
  if (row) totals.set(s.day, row.totalScore);
}
const captured = new Set(saves.map((s) => s.day));

/**
 * The run of falls of Đoan Hùng's total ending on `day`, by hand: back over the month's data days while each total read
 * is above the next (a day captured without the total passed over, as the watch passes it); the days it passed over.
 */
function runOf(day: string): { values: number[]; uncaptured: string[]; notHeld: string[] } | undefined {
  if (!totals.has(day)) return undefined;
  const values = [totals.get(day)!];
  const uncaptured: string[] = [];
  const notHeld: string[] = [];
  let passed: { uncaptured: string[]; notHeld: string[] } = { uncaptured: [], notHeld: [] };
  for (let d = addDays(day, -1); d.slice(0, 7) === day.slice(0, 7); d = addDays(d, -1)) {
    if (!captured.has(d)) passed.uncaptured.push(d);
    else if (!totals.has(d)) passed.notHeld.push(d);
    else if (totals.get(d)! > values[0]! + 1e-9) {
      values.unshift(totals.get(d)!);
      uncaptured.push(...passed.uncaptured);
      notHeld.push(...passed.notHeld);
      passed = { uncaptured: [], notHeld: [] };
    } else break;
  }
  return values.length > 3 ? { values, uncaptured: uncaptured.reverse(), notHeld: notHeld.reverse() } : undefined;
}

/** Days as an officer lists them, each month and year written once: «28, 29/9/2026», «30/9, 1/10/2026». */
function listed(days: readonly string[]): string {
  return days
    .map((day, i) => {
      const [y, m, d] = day.split('-').map(Number);
      const next = days[i + 1]?.split('-').map(Number);
      return next?.[0] === y && next?.[1] === m ? `${d}` : next?.[0] === y ? `${d}/${m}` : `${d}/${m}/${y}`;
    })
    .join(', ');
}

const shown = new Map<string, { text: string; brief?: string; popup?: string }>();
beforeAll(async () => {
  const store = createStore(memoryArea());
  for (const s of saves) await store.save(s.capture.snapshots);
  const days = await store.days();
  const t = translator('vi');
  for (const [i, day] of days.entries()) {
    const read = (await digestReadingBack(days.slice(0, i + 1), async (which) => (await store.captures(which)).captures, { own: OWN }))!;
    const brief = buildBrief(read.digest, read.series);
    shown.set(day, { text: digestText(read.digest), brief: brief.standing.find((l) => l.startsWith('Đơn vị của tôi: '))!, popup: ownLine(read.digest, t)! });
  }
  // `thidua watch` over the history's export of the whole stretch says the last day as the extension does.
  const { snapshots } = await store.snapshots(days);
  const dir = await tempDir();
  await mkdir(join(dir, 'xuat'));
  await writeFile(join(dir, 'xuat', 'chi-so.json'), JSON.stringify(buildExport(snapshots, '2026-10-22T08:00:00.000Z')));
  const run = await runOk(['watch', 'xuat', '--unit', OWN], dir);
  shown.set('cli', { text: run.stdout.trimEnd() });
}, 240_000);

describe('a run of falls across a morning not captured, every face', () => {
  it('«Bản tin», the brief, the popup and `thidua watch` name the days a run of Đoan Hùng’s total passed over, and none where it passed over none', () => {
    const wrong: string[] = [];
    let across = 0;
    for (const [day, faces] of shown) {
      const run = runOf(day === 'cli' ? LAST : day);
      if (!run) continue;
      const passed = [
        ...(run.uncaptured.length > 0 ? [`không chụp ${listed(run.uncaptured)}`] : []),
        ...(run.notHeld.length > 0 ? [`lần chụp ${listed(run.notHeld)} không có điểm này`] : []),
      ].join(' và ');
      if (passed) across++;
      const said = `giảm ${run.values.length - 1} lần liên tiếp, tổng −${points(run.values[0]! - run.values.at(-1)!)} điểm (${run.values.map(points).join(' → ')}${passed ? ` — ${passed}` : ''})`;
      const own = faces.text.split('\n').find((l) => l.startsWith('Đơn vị của tôi — '))!;
      for (const [face, line] of [[day === 'cli' ? '`thidua watch`' : 'Bản tin', own], ['brief', faces.brief], ['popup', faces.popup]] as const) {
        if (line !== undefined && !line.includes(said)) wrong.push(`${day} ${face}: «${line}» lacks «${said}»`);
      }
    }
    // Runs that crossed a morning not captured were found (27/9 on 30/9, 18/10 on 20/10 and in `thidua watch`).
    expect(across).toBe(3);
    expect(wrong).toEqual([]);
  });
});

/* Made for: a run of falls counted by capture across a morning not captured, said so on every face alike. */
