// The add-in's round trips: context.sync() count and payload (bytes of values and formats sent and
// read) for `Kiểm tra & chấm điểm` through the Office.js adapter, on the faithful fake.
// Target: at most 3 syncs per action whatever the size.
import { checkAndScore } from '../excel-addin/actions/score.js';
import { runInExcel } from '../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook, type FakeSheet } from '../scripts/harness/office-fake.js';
import { formatNumberVi } from '../core/values.js';
import { sized } from './child.js';

const NOW = new Date('2025-11-20T09:00:00');
const ROWS = sized([20, 200, 2000], [20, 200]);
const SHEETS = sized(40, 3);

async function measure(label: string, criteria: number, sheets: FakeSheet[]) {
  const fake = installFakeOffice(newWorkbook(sheets), '1.18');
  try {
    const started = performance.now();
    const result = await runInExcel((port) => checkAndScore(port, makeSet(criteria), { now: NOW }));
    const ms = performance.now() - started;
    return { label, units: result.cards.length, syncs: fake.syncs, payloadKB: Math.round(fake.payloadBytes / 1024), ms: Math.round(ms) };
  } finally {
    fake.uninstall();
  }
}

export async function run(): Promise<void> {
  // One after the other: the fake Office.js is installed globally.
  const rows = [];
  for (const n of ROWS) rows.push(await measure(`1 trang × ${formatNumberVi(n)} dòng`, n, [reportSheet('Đơn vị 1', 'Thôn', n)]));
  rows.push(
    await measure(`${SHEETS} trang × 20 dòng`, 20, Array.from({ length: SHEETS }, (_, i) => reportSheet(`Đơn vị ${i + 1}`, i % 2 ? 'Thôn' : 'Cơ quan', 20))),
  );
  console.log('\nPhần bổ trợ Excel — số lần context.sync() và dung lượng gửi/nhận (Office.js giả lập):');
  console.table(rows.map((r) => ({ 'Trường hợp': r.label, 'Đơn vị': r.units, 'context.sync()': r.syncs, 'Dung lượng (KB)': r.payloadKB, 'Thời gian (ms)': r.ms })));
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
