// The example commune's one workbook (examples/xa-ta-ma-2025.xlsx: its «Tiêu chí» and fifteen report sheets) scored by
// the task pane on the Office.js fake and by `thidua score` on the file, and the unions' and Bản Ta Ma's workbooks of
// examples/bao-cao by the standalone page's commune run (its tong-hop.xlsx chosen again each time), all by the
// workbook's own criteria; the council's «Bác số liệu» typed on Hội Nông dân xã Ta Ma's 105% at G16 in each face's «Rà
// soát». The unit then types a note in «Ghi chú» and retypes its 105% as 1,05 shown as a percentage — the figure
// scoring reads unchanged —, then types 106%: the three faces apply the decision to the first, hold it on the second
// with the same words, and give the unit the same points; the pane in the round trips of any run.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { runCommune, type CommuneRun, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { checkAndScore, type ScoreActionResult } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { openpyxl } from '../council/typed-in-parts.js';
import { FARMERS } from '../council/held-review.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const WORKBOOK = join(EXAMPLES, 'xa-ta-ma-2025.xlsx');
/** The page's two chosen reports: the unions' workbook (Hội Nông dân's sheet among its four) and Bản Ta Ma's. */
const PAGE_FILES = ['doan-the-xa-ta-ma.xlsx', 'ban-ta-ma.xlsx'];
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
const NOW = new Date('2025-11-27T09:00:00+07:00');
const DECISION = ['Bác số liệu', 'Lò Văn Thành', '03/11/2026'] as const;
const NOTE = 'Họp trực tuyến cả các cuộc họp chi hội';
const HELD = `Trang «${FARMERS}», ô G16 (${FARMERS}): quyết định «Bác số liệu», Lò Văn Thành, 03/11/2026 về cảnh báo «Số liệu ngoài phạm vi» — ô G16 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «${REVIEW_SHEET}».`;

let dir: string;
let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
const pane = { t: translator('vi'), setResult: () => undefined } as unknown as PaneContext;
const farmers = () => fake.state.sheets.find((s) => s.name === FARMERS)!;

/** The page's options: the same workbook's criteria, today as the pane's clock. */
let pageOptions: Parameters<typeof runCommune>[1];
/** The tong-hop.xlsx of the page's last run, chosen again with the reports. */
let pageSummary: Blob | undefined;

/** Each face scored once more: the pane (its round trips counted), the command line on the file (--json), the page. */
type Faces = { pane: ScoreActionResult; syncs: number; cli: { stderr: string; total: number }; page: CommuneRun };
async function scoreAll(): Promise<Faces> {
  const before = fake.syncs;
  const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  const syncs = fake.syncs - before;
  const run = await runInProcess(['score', 'xa-ta-ma-2025.xlsx', '--criteria', 'xa-ta-ma-2025.xlsx', '--out', 'kq', '--json'], dir);
  expect(run.code, run.stderr).toBe(0);
  const cards = (JSON.parse(run.stdout) as { cards: { unitName: string; total: number }[] }).cards;
  const chosen = [...(pageSummary ? [{ name: 'tong-hop.xlsx', file: pageSummary }] : []), ...(await Promise.all(PAGE_FILES.map(async (n) => ({ name: n, file: new Blob([await readFile(join(dir, 'trang', n))]) }))))];
  const page = await runCommune(chosen, pageOptions);
  pageSummary = new Blob([await (await JSZip.loadAsync(page.download!.bytes)).file('tong-hop.xlsx')!.async('arraybuffer')]);
  return { pane: scored, syncs, cli: { stderr: run.stderr, total: cards.find((c) => c.unitName === FARMERS)!.total }, page };
}
const pageTotal = (f: Faces) => f.page.run.cards.find((c) => c.unitName === FARMERS)!.total;
const paneTotal = (f: Faces) => f.pane.cards.find((c) => c.unitName === FARMERS)!.total;
const paneSays = (f: Faces) => (scoreNotice(pane, f.pane).items ?? []).map((i) => i.text);

/** The same edit on every face: Hội Nông dân's cells as Excel keeps them, and as openpyxl writes them in the command line's and the page's files. */
function unitTypes(cells: Record<string, { value: string | number; numberFormat?: string }>): void {
  for (const [address, { value, numberFormat = 'General' }] of Object.entries(cells)) {
    const col = address.charCodeAt(0) - 64;
    farmers().cells.set(`${address.slice(1)}:${col}`, { value, numberFormat, style: {} });
  }
  const edit = Object.entries(cells).map(([a, { value, numberFormat = 'General' }]) => `wb['${FARMERS}']['${a}'] = ${JSON.stringify(value)}; wb['${FARMERS}']['${a}'].number_format = '${numberFormat}'`).join('\n');
  for (const file of [join(dir, 'xa-ta-ma-2025.xlsx'), join(dir, 'trang', PAGE_FILES[0]!)]) openpyxl(file, edit);
}

const steps: Record<'decided' | 'retyped' | 'edited', Faces> = {} as never;
beforeAll(async () => {
  dir = await tempDir();
  await copyFile(WORKBOOK, join(dir, 'xa-ta-ma-2025.xlsx'));
  await mkdir(join(dir, 'trang'));
  for (const n of PAGE_FILES) await copyFile(join(EXAMPLES, 'bao-cao', n), join(dir, 'trang', n));
  const criteria = await readCriteriaFile(new Blob([await readFile(WORKBOOK)]), 'xa-ta-ma-2025.xlsx');
  if (!criteria.ok) throw new Error(criteria.message);
  pageOptions = { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: inProcess };
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  set = loaded.set;
  await scoreAll();
  // The council rejects Hội Nông dân's 105% at G16 in each face's «Rà soát», as typed there.
  const review = fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
  const row = [...review.cells].find(([key, c]) => key.endsWith(':2') && c.value === FARMERS && review.cells.get(key.replace(/:2$/, ':4'))?.value === 'G16')![0].split(':')[0];
  DECISION.forEach((v, i) => review.cells.set(`${row}:${9 + i}`, { value: v, numberFormat: 'General', style: {} }));
  openpyxl(
    join(dir, 'kq', 'tong-hop.xlsx'),
    ["s = wb['Rà soát']", 'for r in s.iter_rows(min_row=5):', `  if r[1].value == '${FARMERS}' and r[3].value == 'G16' and r[7].value == 'Lần 1': r[8].value, r[9].value, r[10].value = ${JSON.stringify(DECISION)}`].join('\n'),
  );
  const summary = new ExcelJS.Workbook();
  await summary.xlsx.load(await pageSummary!.arrayBuffer());
  const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;
  summary.getWorksheet(REVIEW_SHEET)!.eachRow((r) => {
    if (r.getCell(col('Đơn vị')).text === FARMERS && r.getCell(col('Ô')).text === 'G16' && r.getCell(col('Bước')).text === 'Lần 1') (['Quyết định', 'Người rà soát', 'Ngày'] as const).forEach((h, i) => (r.getCell(col(h)).value = DECISION[i]!));
  });
  pageSummary = new Blob([await summary.xlsx.writeBuffer()]);
  steps.decided = await scoreAll();
  // A note in «Ghi chú» and the 105% retyped as 1,05 shown as a percentage: what scoring reads is the same.
  unitTypes({ L16: { value: NOTE }, G16: { value: 1.05, numberFormat: '0%' } });
  steps.retyped = await scoreAll();
  // Then a figure edited: 106%.
  unitTypes({ G16: { value: '106%' } });
  steps.edited = await scoreAll();
}, 240_000);
afterAll(() => fake?.uninstall());

describe('a council decision on the example commune’s workbook, the task pane beside the command line and the page', () => {
  it('is applied by all three once typed', () => {
    const { decided } = steps;
    expect(decided.pane.decisions.map((d) => [d.unitName, d.cell, d.decision])).toEqual([[FARMERS, 'G16', 'reject']]);
    expect(decided.cli.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(decided.page.decisionsSaid.map((l) => l.text)).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(paneTotal(decided)).toBe(decided.cli.total);
    expect(pageTotal(decided)).toBe(decided.cli.total);
  });

  it('stays applied by all three after a note in «Ghi chú» and 105% retyped as 1,05 shown as a percentage: the same points on each face', () => {
    const { decided, retyped } = steps;
    expect(retyped.pane.edited).toEqual([]);
    expect(retyped.pane.decisions.map((d) => [d.unitName, d.cell, d.decision])).toEqual([[FARMERS, 'G16', 'reject']]);
    expect(paneSays(retyped).filter((t) => t.includes('đã sửa sau khi Hội đồng'))).toEqual([]);
    expect(retyped.cli.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(retyped.cli.stderr).not.toContain('đã sửa sau khi Hội đồng');
    expect(retyped.page.decisions.map((d) => [d.unitName, d.cell, d.decision])).toEqual([[FARMERS, 'G16', 'reject']]);
    expect(retyped.page.unread).toEqual([]);
    expect(paneTotal(retyped)).toBe(retyped.cli.total);
    expect(pageTotal(retyped)).toBe(retyped.cli.total);
    expect(paneTotal(retyped)).toBe(paneTotal(decided));
    // A plain run: no round trip more than the one before it.
    expect(retyped.syncs).toBe(decided.syncs);
  });

  it('is held by all three, in the same words, once the unit types 106%', () => {
    const { decided, edited } = steps;
    expect(edited.pane.decisions).toEqual([]);
    expect(edited.pane.edited.map((u) => [u.unitName, u.cell, u.edited])).toEqual([[FARMERS, 'G16', { cells: ['G16'] }]]);
    expect(paneSays(edited)).toContain(HELD);
    expect(edited.cli.stderr).toContain(`  - ${HELD}`);
    expect(edited.page.decisionsSaid.map((l) => l.text)).toContain(`  - ${HELD}`);
    expect(paneTotal(edited)).toBe(edited.cli.total);
    expect(pageTotal(edited)).toBe(edited.cli.total);
    expect(edited.syncs).toBe(decided.syncs);
  });
});
