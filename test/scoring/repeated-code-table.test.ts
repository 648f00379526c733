// A table a spreadsheet turned some codes of into numbers alike, scored as a unit's report with the set read from it,
// on the real table the corpus keeps (test/fixtures/real/criteria-corpus/manifest.json names its source): a Tây Ninh
// commune's DTI set 2025 as its app's CSV, opened and saved as .xlsx — «4.10» and «4.20» are the numbers 4.1 and 4.2
// in A29 and A39, beside 4.1 and 4.2 in A20 and A21. `thidua criteria import` reads the two rows as «4.1-2» and
// «4.2-2» and says so; the same sheet, the commune's own copy with its self-scores and the appraisal's, is its report.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { findCriteriaSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import type { UnitReport } from '../../core/report/schema.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

let set: CriteriaSet;
let notices: readonly { cell?: string; message: string }[];
let report: UnitReport;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-repeated-code-'));
  const written = await renderCorpus((await loadCorpus()).filter((e) => e.id === 'dti-xa-tay-ninh'), dir);
  const path = written.get('dti-xa-tay-ninh')!;
  const wb = await ExcelJsWorkbook.fromBuffer(await readFile(path));
  const sheet = findCriteriaSheet(await wb.readSheets(await wb.listSheets()))!;
  const read = readCriteriaSheet(sheet, { fileName: 'dti-xa-tay-ninh.xlsx' });
  if (!read.ok) expect.fail(read.errors.map((e) => e.message).join('\n'));
  set = read.set;
  notices = read.notices;
  const own = readReport(sheet);
  if (!own.ok) expect.fail(own.error.message);
  report = own.report;
}, 300_000);

describe('a repeated number that stands where the same number with a 0 would follow', () => {
  it('is said at its cell as what it likely was, the suffix kept: «4.1» between 4.9 and 4.11, «4.2» between 4.19 and 4.21', () => {
    expect(notices.filter((n) => n.cell === 'A29' || n.cell === 'A39').map((n) => n.message)).toEqual([
      'Số «4.1» đã có ở ô A20, cùng chỗ trong bảng: mã tiêu chí của dòng này là «4.1-2». Dòng này đứng giữa 4.9 và 4.11: có lẽ là «4.10», bảng tính đổi thành số 4.1; nếu đúng, sửa mã thành «4.10» trên trang «Tiêu chí» của tệp .xlsx xuất ra.',
      'Số «4.2» đã có ở ô A21, cùng chỗ trong bảng: mã tiêu chí của dòng này là «4.2-2». Dòng này đứng giữa 4.19 và 4.21: có lẽ là «4.20», bảng tính đổi thành số 4.2; nếu đúng, sửa mã thành «4.20» trên trang «Tiêu chí» của tệp .xlsx xuất ra.',
    ]);
  });
});

describe('a row repeating a code in the same place, in the unit’s copy of the table the set was read from', () => {
  it('is the criterion the set’s reader made of it: 4.1-2 scored 10 and 4.2-2 7,57 from A29 and A39, the appraisal’s 606,27 in all', () => {
    expect(set.criteria.filter((c) => /-2$/.test(c.code)).map((c) => [c.code, c.maxPoints])).toEqual([['4.1-2', 10], ['4.2-2', 10]]);
    const card = score(set, report);
    const of = (code: string) => card.criteria.find((c) => c.code === code)!;
    expect([of('4.1').points, of('4.1-2').points, of('4.2').points, of('4.2-2').points]).toEqual([17.14, 10, 20, 7.57]);
    expect(of('4.1-2').reason).toBe('Chấm 10/10 điểm (theo điểm thẩm định)');
    // The «Thẩm định» column adds to 606,27 (the table's own figures, row by row): not 588,7 with 17,57 left out.
    expect(card.total).toBe(606.27);
    expect(card.flags.filter((f) => f.code === 'duplicate-criterion' || f.code === 'criterion-missing').map((f) => f.message)).toEqual([]);
  });
});

describe('the evidence in the table’s «Minh chứng/Ghi chú» column', () => {
  it('is the report’s evidence: 1.5 required and K6 holding «*466/PVHXH …» is met, not «báo cáo không có cột Minh chứng»', () => {
    expect(report.columns.evidence).toBe('K');
    const required: CriteriaSet = { ...set, criteria: set.criteria.map((c) => (c.code === '1.5' || c.code === '2.5' ? { ...c, evidenceRequired: true } : c)) };
    const flags = score(required, report).flags.filter((f) => f.code === 'evidence-missing');
    // 2.5 has nothing in K13: said there, at the cell the evidence goes in.
    expect(flags.map((f) => [f.cell, f.message])).toEqual([['K13', 'Ô K13: chưa có minh chứng, tiêu chí yêu cầu minh chứng (tiêu chí «Tỷ lệ thành viên Tổ Công nghệ số cộng đồng được tập huấn, bồi dưỡng về chuyển đổi số, phổ cập kỹ năng số cơ bản»)']]);
  });
});

// Made for an officer's walk of the Tây Ninh DTI set (issue 59): the commune's own table scored against the set read
// from it came to 588,7, «mã tiêu chí "4.1" lặp lại dòng 20; chỉ dòng 20 được chấm» and «Báo cáo thiếu tiêu chí «Tỷ lệ
// hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa» → 0/10 điểm», the row there with its 10; a criterion
// requiring evidence was flagged «báo cáo không có cột Minh chứng», the evidence typed in its «Minh chứng/Ghi chú»; the
// import said «mã tiêu chí của dòng này là «4.1-2»» of a row between 4.9 and 4.11, and no more.
