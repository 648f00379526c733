// Benchmark: how much of a scoring run is scoring? N unit workbooks (default 1,000 × 60 criteria;
// BENCH_UNITS to change) are made in memory as .xlsx, then timed: reading them with ExcelJS (load +
// readSheets) and reading the reports + scoring them, first as one run does (code not yet compiled),
// then at steady state. Scoring should stay a small fraction of reading.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { ExcelJsWorkbook } from '../adapters/exceljs/exceljs-workbook.js';
import { CriteriaSet, type CriteriaSetInput } from '../core/criteria/schema.js';
import { readReport } from '../core/report/read.js';
import { planTemplate } from '../core/workbook/plan-template.js';
import type { SheetGrid } from '../core/sheet/cell.js';
import type { CellValue } from '../core/cell.js';
import { score } from '../core/checks/run.js';
import { cellAddress, columnNumber } from '../core/text.js';
import { sized } from './child.js';

const CRITERIA = 60;

/** 60 criteria cycling through every measure and the common rules, as a real set mixes them. */
function benchSet(): CriteriaSet {
  type C = CriteriaSetInput['criteria'][number];
  const make = (i: number): C => {
    const base = { code: `TC${i + 1}`, title: `Tiêu chí thử ${i + 1}`, group: `N${(i % 4) + 1}`, maxPoints: 10, evidenceRequired: i % 3 === 0 };
    switch (i % 6) {
      case 0: return { ...base, unit: '%', measure: 'ratio', target: { comparator: '>=', value: 80 }, rule: { kind: 'ratio' } };
      case 1: return { ...base, unit: '%', measure: 'percent', target: { comparator: '=', value: 100 }, rule: { kind: 'threshold' } };
      case 2: return { ...base, unit: 'lần', measure: 'count', target: { comparator: '>=', value: 4 }, rule: { kind: 'tiers', tiers: [{ min: 1, points: 2.5 }, { min: 2, points: 5 }, { min: 3, points: 7.5 }, { min: 4, points: 10 }] } };
      case 3: return { ...base, unit: 'lần', measure: 'count', rule: { kind: 'per_occurrence', pointsEach: 2 } };
      case 4: return { ...base, unit: 'Có/Không', measure: 'yes_no', target: { comparator: '=', value: 1 }, rule: { kind: 'yes_no' } };
      default: return { ...base, unit: 'điểm', measure: 'points', rule: { kind: 'manual' } };
    }
  };
  return CriteriaSet.parse({
    id: 'bench',
    version: '1',
    title: 'Bộ tiêu chí đo hiệu năng',
    legalBasis: {},
    period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
    deadline: '2025-11-04',
    subjectKinds: [{ id: 'co-quan', label: 'Cơ quan', collective: true }],
    groups: [1, 2, 3, 4].map((n) => ({ id: `N${n}`, title: `Nhóm ${n}` })),
    criteria: Array.from({ length: CRITERIA }, (_, i) => make(i)),
    classification: [
      { id: 'tot', label: 'Tốt', minPercent: 80 },
      { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
    ],
  } satisfies CriteriaSetInput);
}

/** A small deterministic generator, so two runs time the same workbooks. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

/** The figures a unit types for criterion `i`: result, numerator, denominator, evidence, self-score. */
function figures(i: number, rnd: () => number): CellValue[] {
  const evidence = rnd() < 0.8 ? `Báo cáo số ${Math.floor(rnd() * 200)}/BC-UBND` : null;
  const self = Math.round(rnd() * 10);
  switch (i % 6) {
    case 0: {
      const den = 20 + Math.floor(rnd() * 200);
      return [null, Math.floor(den * (0.5 + rnd() * 0.5)), den, evidence, self];
    }
    case 1: return [`${(80 + rnd() * 20).toFixed(1).replace('.', ',')}%`, null, null, evidence, self];
    case 2:
    case 3: return [Math.floor(rnd() * 6), null, null, evidence, self];
    case 4: return [rnd() < 0.8 ? 'Có' : 'Không', null, null, evidence, self];
    default: return [null, null, null, evidence, self];
  }
}

async function makeWorkbooks(set: CriteriaSet, units: number): Promise<Uint8Array[]> {
  // Lay out the template once; find where each criterion row and input column is.
  const template = planTemplate(set, { name: 'Đơn vị mẫu', kindId: 'co-quan' });
  const probe = ExcelJsWorkbook.create();
  await probe.apply({ sheets: [template] });
  const [grid] = await probe.readSheets([template.sheet]);
  const read = readReport(grid!);
  if (!read.ok) throw new Error(`Mẫu báo cáo không đọc được: ${read.error.message}`);
  const { columns, rows } = read.report;
  const inputCols = [columns.result, columns.numerator, columns.denominator, columns.evidence, columns.selfScore].map((c) => columnNumber(c!));
  const nameCell = read.report.unitName?.address;

  const buffers: Uint8Array[] = [];
  for (let u = 0; u < units; u++) {
    const rnd = random(u + 1);
    const wb = ExcelJsWorkbook.create();
    const sheet = { ...template, sheet: 'Báo cáo' };
    const blocks = rows.flatMap((row, i) => figures(i, rnd).map((v, k) => ({ address: cellAddress(row.row, inputCols[k]!), values: [[v]] })));
    await wb.apply({ sheets: [{ ...sheet, blocks: [...sheet.blocks, ...blocks, ...(nameCell ? [{ address: nameCell, values: [[`Đơn vị ${u + 1}`]] }] : [])] }] });
    buffers.push(await wb.toBuffer());
  }
  return buffers;
}

/** Reads and scores every workbook once; each one's two phases are timed back to back. */
async function firstPass(set: CriteriaSet, buffers: Uint8Array[]): Promise<{ grids: SheetGrid[]; readMs: number; scoreMs: number; flags: number }> {
  const grids: SheetGrid[] = [];
  let readMs = 0;
  let scoreMs = 0;
  let flags = 0;
  for (const buf of buffers) {
    let t = performance.now();
    const wb = await ExcelJsWorkbook.fromBuffer(buf);
    const sheets = await wb.readSheets(await wb.listSheets());
    readMs += performance.now() - t;
    t = performance.now();
    flags += scoreAll(set, sheets);
    scoreMs += performance.now() - t;
    grids.push(...sheets);
  }
  return { grids, readMs, scoreMs, flags };
}

/** readReport + score of each sheet; the number of flags raised. */
function scoreAll(set: CriteriaSet, grids: SheetGrid[]): number {
  let flags = 0;
  for (const grid of grids) {
    const read = readReport(grid);
    if (!read.ok) throw new Error(read.error.message);
    flags += score(set, read.report).flags.length;
  }
  return flags;
}

const STEADY_RUNS = 3;

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

export async function run(): Promise<void> {
  const units = Number(process.env.BENCH_UNITS ?? sized(1000, 3));
  const set = benchSet();
  console.log(`\n## Chấm điểm / scoring: ${units} workbooks × ${CRITERIA} criteria`);
  // The machine's other work shows in every figure: say how busy it was.
  console.log(`load average (1, 5, 15 min) at start: ${loadAverage()} on ${os.availableParallelism()} CPUs`);
  let t = performance.now();
  const buffers = await makeWorkbooks(set, units);
  const bytes = buffers.reduce((s, b) => s + b.byteLength, 0);
  console.log(`generated in ${(performance.now() - t).toFixed(0)} ms (${(bytes / 1e6).toFixed(1)} MB of .xlsx)`);

  // First pass, as a scoring run does it: each workbook is read, then its reports read and scored, so
  // both phases see the same load and the garbage ExcelJS leaves is not charged to scoring in one lump.
  const first = await firstPass(set, buffers);
  // Steady state: scoring again over the same sheets, once the code is compiled; the best of the runs.
  const runs = [first.scoreMs];
  for (let i = 1; i < STEADY_RUNS; i++) {
    t = performance.now();
    scoreAll(set, first.grids);
    runs.push(performance.now() - t);
  }
  const steadyMs = Math.min(...runs);

  const row = (label: string, total: number) =>
    `${label.padEnd(44)}${ms(total)}  ${(total / units).toFixed(3).padStart(7)} ms/unit  ${((total / first.readMs) * 100).toFixed(1).padStart(5)} % of reading`;
  console.log(row('read with ExcelJS (load + readSheets)', first.readMs));
  console.log(row('readReport + score, first pass', first.scoreMs));
  console.log(row(`readReport + score, best of ${STEADY_RUNS} runs`, steadyMs));
  console.log(`(${first.flags} flags; scoring runs: ${runs.map((r) => r.toFixed(0)).join(', ')} ms; load average at end: ${loadAverage()})`);
}
