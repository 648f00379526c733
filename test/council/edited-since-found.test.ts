// The council's decisions held against the copy they were made on whatever the unit's file is called now, and never
// applied unseen: on the example commune (openpyxl types the decisions and the units' edits), `thidua score` finds the
// copy of a renamed workbook by its sheet and unit — the figure edited since held, a figure not edited applied —; a
// tong-hop.xlsx written before copies' cells were kept (test/fixtures/previous-version) is held against its copies in
// its folder (their SHA-256 the record's), and given alone with --decisions cannot compare: its decision is held,
// said «không so được» at its cell, run after run; and a figure typed again in another form, or a note the unit added
// on the row, is no edit: the decision applies.
import { cp, copyFile, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';
import { decideOnExample, FARMERS, review, type Review } from './held-review.js';
import { openpyxl } from './typed-in-parts.js';

const ROOT = resolve(import.meta.dirname, '../..');
const score = (dir: string, ...more: string[]) => runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', ...more], dir);
const summaryOf = (dir: string) => review(join(dir, 'kq', 'tong-hop.xlsx'));
const flagRow = (r: Review, cell: string) => r.flags.find((f) => f[1] === cell && f[4] === 'Lần 1');

/** The example commune scored, and the council's decisions typed in its tong-hop.xlsx. */
async function decided(): Promise<string> {
  const { dir, run } = await scoredCommune();
  expect(run.code, run.stderr).toBe(0);
  decideOnExample(join(dir, 'kq', 'tong-hop.xlsx'));
  return dir;
}

const EDITED_HELD = `  - Trang «${FARMERS}», ô G16 (${FARMERS}): quyết định «Bác số liệu», Lò Văn Thành, 03/11/2026 về cảnh báo «Số liệu ngoài phạm vi» — ô G16 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «Rà soát».`;
const HEALTH = 'Trạm Y tế xã Ta Ma';
const UNCOMPARED_HELD = `  - Trang «${HEALTH}», ô K22 (${HEALTH}): quyết định «Bác số liệu», Lò Văn Thành, 20/11/2025 về cảnh báo «Điểm tự chấm vượt điểm tối đa» — không so được ô K22 với số liệu Hội đồng đã quyết định ngày 20/11/2025 (kết quả lượt chấm trước không giữ, hay giữ hơn một, bản đã chấm của trang này): quyết định không áp, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «Rà soát».`;
const UNCOMPARED_ROW = [HEALTH, 'K22', 'Điểm tự chấm vượt điểm tối đa', 'Không so được ô K22 với số liệu Hội đồng đã quyết định ngày 20/11/2025 (kết quả lượt chấm trước không giữ, hay giữ hơn một, bản đã chấm của trang này): quyết định không áp, Hội đồng xem xét lại.', 'Lần 1 · chưa so được số liệu, chờ Hội đồng xem xét lại', 'Bác số liệu', 'Lò Văn Thành', '20/11/2025'];

type Step = { run: Run; summary: Review };
const renamed: Step[] = [];
const older: Step[] = [];
let olderEdited: Step;
let retyped: Step;

beforeAll(async () => {
  // Renamed: doan-the-xa-ta-ma.xlsx saved as doan-the-xa-ta-ma-2.xlsx, nothing edited; then as -3, G16 typed 106%.
  const a = await decided();
  await rename(join(a, 'bao-cao', 'doan-the-xa-ta-ma.xlsx'), join(a, 'bao-cao', 'doan-the-xa-ta-ma-2.xlsx'));
  renamed.push({ run: await score(a), summary: summaryOf(a) });
  await rename(join(a, 'bao-cao', 'doan-the-xa-ta-ma-2.xlsx'), join(a, 'bao-cao', 'doan-the-xa-ta-ma-3.xlsx'));
  openpyxl(join(a, 'bao-cao', 'doan-the-xa-ta-ma-3.xlsx'), `wb['${FARMERS}']['G16'] = '106%'`);
  renamed.push({ run: await score(a), summary: summaryOf(a) });

  // Older: last year's closed folder, whose record keeps its copies' digests but not their cells; Trạm Y tế types 14
  // over the self-score 15 at K22 the council rejected, and the folder is scored again.
  const b = await tempDir();
  await cp(join(ROOT, 'test/fixtures/previous-version/ta-ma-2025-chot'), join(b, 'kq'), { recursive: true });
  await cp(join(ROOT, 'examples/bao-cao'), join(b, 'bao-cao'), { recursive: true });
  await copyFile(join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'), join(b, 'tieu-chi.xlsx'));
  // Its tong-hop.xlsx alone, given with --decisions to a run into a new folder (no copy beside it to compare with),
  // then that folder scored again.
  await copyFile(join(b, 'kq', 'tong-hop.xlsx'), join(b, 'hoi-dong.xlsx'));
  const into = (...given: string[]) => runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-moi', ...given], b);
  for (const given of [['--decisions', 'hoi-dong.xlsx'], []]) older.push({ run: await into(...given), summary: review(join(b, 'kq-moi', 'tong-hop.xlsx')) });
  openpyxl(join(b, 'bao-cao', 'tram-y-te-ta-ma.xlsx'), `wb['${HEALTH}']['K22'] = 14`);
  olderEdited = { run: await score(b, '--reopen', 'Hội đồng xem lại'), summary: summaryOf(b) };

  // Retyped: G16's «105%» typed as the number 1,05 shown as a percentage, its self-score 5 at K16 as the text «5,0»,
  // and a note in «Ghi chú» on its row.
  const d = await decided();
  openpyxl(join(d, 'bao-cao', 'doan-the-xa-ta-ma.xlsx'), [`ws = wb['${FARMERS}']`, "ws['G16'] = 1.05", "ws['G16'].number_format = '0%'", "ws['K16'] = '5,0'", "ws['L16'] = 'Đã kiểm tra lại theo biên bản'"].join('\n'));
  retyped = { run: await score(d), summary: summaryOf(d) };
}, 300_000);

describe('a council decision held against the copy it was made on', () => {
  it('finds a renamed workbook’s copy by its sheet and unit: nothing edited, both decisions apply', () => {
    const [{ run, summary }] = renamed as [Step];
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Đã áp dụng 2 quyết định của Hội đồng.');
    expect(summary.held).toEqual([]);
    expect(flagRow(summary, 'G16')!.slice(5)).toEqual(['Bác số liệu', 'Lò Văn Thành', '03/11/2026']);
  });

  it('holds the decision on a figure edited in a workbook renamed again, said at G16', () => {
    const { run, summary } = renamed[1]!;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(EDITED_HELD);
    expect(run.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(flagRow(summary, 'G16')!.slice(5)).toEqual(['', '', '']);
    expect(summary.held.map((r) => r.slice(0, 5))).toEqual([[FARMERS, 'G16', 'Số liệu ngoài phạm vi', 'Ô G16 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại.', 'Lần 1 · số liệu đã sửa, chờ Hội đồng xem xét lại']]);
  });

  it('holds the decision of a tong-hop.xlsx that kept no copies’ cells on a figure edited since its copy in the folder', () => {
    const { run, summary } = olderEdited;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`  - Trang «${HEALTH}», ô K22 (${HEALTH}): quyết định «Bác số liệu», Lò Văn Thành, 20/11/2025 về cảnh báo «Điểm tự chấm vượt điểm tối đa» — ô K22 đã sửa sau khi Hội đồng quyết định ngày 20/11/2025: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «Rà soát».`);
    expect(summary.held.map((r) => r.slice(0, 5))).toEqual([[HEALTH, 'K22', 'Điểm tự chấm vượt điểm tối đa', 'Ô K22 đã sửa sau khi Hội đồng quyết định ngày 20/11/2025: quyết định không áp cho số liệu mới, Hội đồng xem xét lại.', 'Lần 1 · số liệu đã sửa, chờ Hội đồng xem xét lại']]);
  });

  it('holds a decision of a tong-hop.xlsx that kept no copies’ cells, given alone, said «không so được» at its cell, run after run', () => {
    for (const { run, summary } of older) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('1 quyết định của Hội đồng trên số liệu đơn vị đã sửa sau đó: không áp, giữ nguyên văn trong «Rà soát»:');
      expect(run.stderr).toContain(UNCOMPARED_HELD);
      expect(run.stderr).not.toContain('Đã áp dụng');
      expect(flagRow(summary, 'K22')!.slice(5)).toEqual(['', '', '']);
      expect(summary.held).toEqual([UNCOMPARED_ROW]);
    }
  });

  it('applies the decision on figures typed again in another form, with a note added on their row', () => {
    const { run, summary } = retyped;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Đã áp dụng 2 quyết định của Hội đồng.');
    expect(run.stderr).not.toContain('đã sửa sau đó');
    expect(summary.held).toEqual([]);
    expect(flagRow(summary, 'G16')!.slice(5)).toEqual(['Bác số liệu', 'Lò Văn Thành', '03/11/2026']);
  });
});
