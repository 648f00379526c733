// How the watch's rankings and the cluster list grow with the units (issue 48 item 4: «rankings and overlap checks at
// most n log n»): the digest over a backup of N provinces and N communes, every score tied (the national list's
// worst case: a run of ties, and every province a candidate for the units'); ranking N communes within a cluster
// list of N members; and reading a cluster list naming one commune in N clusters (the overlap notes). Each at N, 2N
// and 4N, in this process, medians of RUNS: linear work doubles from one size to the next (×2; n log n a little more),
// quadratic work quadruples.
import { performance } from 'node:perf_hooks';
import type { CellValue } from '../core/cell.js';
import { watchSeries, type Capture } from '../core/watch/captures.js';
import { rankInClusters, readClusterSheet, type ClusterList } from '../core/watch/clusters.js';
import { buildDigest } from '../core/watch/digest.js';
import { provinceCaptures } from '../scripts/harness/watch-days.js';
import { load, median, sized } from './child.js';

const SIZES = sized([4_000, 8_000, 16_000], [40, 80, 160]);
const RUNS = sized(3, 1);

const timed = (work: () => unknown): number =>
  median(
    Array.from({ length: RUNS }, () => {
      const started = performance.now();
      work();
      return performance.now() - started;
    }),
  );

/** Two days of N provinces and N communes (each commune « - Tỉnh k» of one of them), every figure the same. */
function backup(base: readonly Capture[], n: number): Capture[] {
  const template = base[0]!.snapshots[1]!;
  return base.map((c) => ({
    ...c,
    snapshots: Array.from({ length: 2 * n }, (_, i) => {
      const province = i < n;
      const k = province ? i : i - n;
      const name = province ? `Tỉnh ${k}` : `UBND xã Số ${k} - Tỉnh ${k % n}`;
      return { ...template, capturedAt: c.capturedAt, unit: { ...template.unit, id: `u${i}`, name, code: province ? `H${k}` : `H${k % n}.${k}`, level: province ? 'province' : 'commune' } };
    }),
  }));
}

/** A cluster list of `n` communes, ten to a cluster. */
const clusterList = (n: number): ClusterList => Array.from({ length: n }, (_, i) => ({ cluster: `Cụm ${Math.floor(i / 10) + 1}`, member: `UBND xã Số ${i}` }));

/** The sheet of a list naming one commune in `n` clusters at once. */
const oneInEvery = (n: number) => ({
  name: 'Cụm thi đua',
  values: [['Cụm thi đua', 'Đơn vị'], ...Array.from({ length: n }, (_, i): CellValue[] => [`Cụm ${i + 1}`, 'UBND xã Tam Sơn'])],
});

export async function run(): Promise<void> {
  const base = provinceCaptures(2, 20);
  const cases: [string, (n: number) => () => unknown][] = [
    ['digest, N provinces + N communes tied', (n) => {
      const series = watchSeries(backup(base, n), {})!;
      return () => buildDigest(series, {});
    }],
    ['rank N communes in a list of N members', (n) => {
      const list = clusterList(n);
      const items = list.map((m, i) => ({ name: m.member, score: i % 3 }));
      return () => rankInClusters(list, '2026-06-01', items, (x) => x.name, (x) => x.score);
    }],
    ['one commune in N clusters (overlap notes)', (n) => {
      const grid = oneInEvery(n);
      return () => readClusterSheet(grid);
    }],
  ];
  console.log(`\nRankings and cluster lists by size — N = ${SIZES.join(' / ')}, ${load()}`);
  for (const [what, make] of cases) {
    const times = SIZES.map((n) => timed(make(n)));
    console.log(`  ${what}: ${times.map((t) => `${t.toFixed(0)} ms`).join(' / ')}; ×${(times[1]! / Math.max(times[0]!, 0.01)).toFixed(2)} then ×${(times[2]! / Math.max(times[1]!, 0.01)).toFixed(2)} (linear ×2, quadratic ×4)`);
  }
}

// Made for issue 48 item 4: the province ranking was quadratic (an 18 MB backup of 20,000 provinces: over 400 s), a
// commune in 3,000 clusters 4.5 million lines; this says how each grows now.
