// The standalone page given its tong-hop.xlsx again, the council's decisions typed in it and a unit's figure edited
// since in the unit's workbook: the decision on the edited figure is held as typed and said, as the command line
// holds it (test/council/edited-since-runs.test.ts); the decision on a figure not edited applies. The report is found
// against its copy by its sheet and unit, whatever it is called: two chosen reports of one name are compared too. A
// decision the council takes on the page, on the figures the page shows, is not held against anything.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;
const FARMERS = 'Hội Nông dân xã Ta Ma';
const HELD = `  - Trang «${FARMERS}», ô G16 (${FARMERS}): quyết định «Bác số liệu», Lò Văn Thành, 03/11/2026 về cảnh báo «Số liệu ngoài phạm vi» — ô G16 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «Rà soát».`;

const load = async (bytes: ArrayBuffer | Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
};
const bytesOf = (n: string) => readFile(join(ROOT, 'examples/bao-cao', n));
const options = async () => {
  const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'))]), 'tieu-chi-ta-ma-2025.xlsx');
  if (!criteria.ok) throw new Error(criteria.message);
  return { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: inProcess };
};

/** The unions' workbook and Bản Ta Ma's, chosen under `names`; the unions' as given (`farmers`), else as in the examples. */
const reports = async (names: [string, string], farmers?: BlobPart) => [
  { name: names[0], file: new Blob([farmers ?? (await bytesOf('doan-the-xa-ta-ma.xlsx'))]) },
  { name: names[1], file: new Blob([await bytesOf('ban-ta-ma.xlsx')]) },
];

/** The page's first run, the council's decisions typed in its tong-hop.xlsx, and Hội Nông dân's 106% typed over its 105% at G16. */
async function decidedThenEdited(names: [string, string]) {
  const opts = await options();
  const first = await runCommune(await reports(names), opts);
  const summary = await load(await (await JSZip.loadAsync(first.download!.bytes)).file('tong-hop.xlsx')!.async('uint8array'));
  summary.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
    const [unit, cell, flag, step] = [row.getCell(col('Đơn vị')).text, row.getCell(col('Ô')).text, row.getCell(col('Cảnh báo')).text, row.getCell(col('Bước')).text];
    const decide = (word: string) => ['Quyết định', 'Người rà soát', 'Ngày'].forEach((h, i) => (row.getCell(col(h as (typeof REVIEW_HEADERS)[number])).value = [word, 'Lò Văn Thành', '03/11/2026'][i]!));
    if (unit === FARMERS && cell === 'G16' && step === 'Lần 1') decide('Bác số liệu');
    if (unit === 'Bản Ta Ma' && flag === 'Số liệu là công thức') decide('Chấp nhận');
  });
  const farmers = await load(await bytesOf('doan-the-xa-ta-ma.xlsx'));
  farmers.getWorksheet(FARMERS)!.getCell('G16').value = '106%';
  return { opts, summary: new Blob([await summary.xlsx.writeBuffer()]), farmers: await farmers.xlsx.writeBuffer() };
}

describe('the page’s commune run and a council decision on a figure edited since', () => {
  it('holds it as typed and says it at its cell, and applies the decision on a figure not edited', async () => {
    const names: [string, string] = ['doan-the-xa-ta-ma.xlsx', 'ban-ta-ma.xlsx'];
    const { opts, summary, farmers } = await decidedThenEdited(names);
    const again = await runCommune([{ name: 'tong-hop.xlsx', file: summary }, ...(await reports(names, farmers))], opts);
    expect(again.decisions.map((d) => [d.unitName, d.cell, d.decision])).toEqual([['Bản Ta Ma', 'G19', 'accept']]);
    expect(again.unread.map((u) => [u.unitName, u.cell, u.first?.decision, u.edited])).toEqual([[FARMERS, 'G16', 'Bác số liệu', { cells: ['G16'] }]]);
    expect(again.decisionsSaid.map((l) => l.text)).toContain(HELD);
    expect(again.decisionsSaid.map((l) => l.text)).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
  }, 120_000);

  it('holds it too when the unions’ report shares its name with another chosen report (two folders’ bao-cao.xlsx)', async () => {
    const names: [string, string] = ['doan-the/bao-cao.xlsx', 'ban-ta-ma/bao-cao.xlsx'];
    const { opts, summary, farmers } = await decidedThenEdited(names);
    const again = await runCommune([{ name: 'tong-hop.xlsx', file: summary }, ...(await reports(names, farmers))], opts);
    expect(again.unread.map((u) => [u.unitName, u.cell, u.edited])).toEqual([[FARMERS, 'G16', { cells: ['G16'] }]]);
    expect(again.decisionsSaid.map((l) => l.text)).toContain(HELD);
    expect(again.decisionsSaid.map((l) => l.text)).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
  }, 120_000);

  it('applies a decision the council took on the page, with no tong-hop.xlsx chosen: nothing to hold it against, nothing said', async () => {
    const opts = await options();
    const names: [string, string] = ['doan-the-xa-ta-ma.xlsx', 'ban-ta-ma.xlsx'];
    const first = await runCommune(await reports(names), opts);
    const flag = first.run.cards.find((c) => c.unitName === FARMERS)!.flags.find((f) => f.cell === 'G16')!;
    const council: CouncilDecision[] = [{ sheet: FARMERS, unitName: FARMERS, flagCode: flag.code, cell: 'G16', decision: 'reject', reviewer: 'Lò Văn Thành', date: '2026-11-03', comment: '' } as CouncilDecision];
    const again = await runCommune(await reports(names), { ...opts, council });
    expect(again.unread).toEqual([]);
    expect(again.decisionsSaid.map((l) => l.text)).toEqual(['Đã áp dụng 1 quyết định của Hội đồng.']);
  }, 120_000);
});
