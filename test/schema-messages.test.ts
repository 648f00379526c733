// One module words zod's errors in Vietnamese for every face (core/schema-messages.ts): what it says, and that
// no face lets zod's English through — each face's parse point is fed wrong files, and every message an officer
// would read is checked for zod's words and for naming the field.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findBuiltin } from '../core/criteria/builtin/index.js';
import { loadCriteriaSet } from '../core/criteria/load.js';
import { capturePage } from '../core/indicators/pages/index.js';
import { describeZodIssues } from '../core/schema-messages.js';
import { parseIndicatorFile } from '../excel-addin/actions/indicators.js';
import { backupProblem, readBackup } from '../extension/src/export/backup.js';
import { translator } from '../extension/src/i18n.js';
import { goodHamlet, runInProcess, tempDir, writeReportWorkbook } from './cli/helpers.js';
import { AT, loadPage } from './indicators/load.js';

/** zod's English messages ("Invalid input: expected number, received string", "Too small: …", "Unrecognized key"). */
const ZOD_ENGLISH = /Invalid|Too (big|small)|Unrecognized|expected|received/;

describe('describeZodIssues', () => {
  it('uses the labels it is given', () => {
    const Sheet = z.object({ rows: z.array(z.object({ result: z.number(), note: z.string().optional() })) });
    const input = { rows: [{ result: 1 }, { result: 'abc' }, { result: 2, note: 5 }] };
    const parsed = Sheet.safeParse(input, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(
        describeZodIssues(parsed.error, { fields: { result: 'Kết quả', note: 'Ghi chú' }, items: { rows: 'dòng' } }, input),
      ).toEqual(['dòng thứ 2, trường «Kết quả»: phải là số (đang là «abc»)', 'dòng thứ 3, trường «Ghi chú»: phải là chữ (đang là 5)']);
    }
  });

  it('falls back to the key, and to "mục thứ N" for arrays without a noun', () => {
    const parsed = z.object({ tags: z.array(z.string()) }).safeParse({ tags: ['a', 3] }, { reportInput: true });
    if (parsed.success) throw new Error('expected a failure');
    expect(describeZodIssues(parsed.error, { fields: {}, items: {} })).toEqual(['trường «tags», mục thứ 2: phải là chữ (đang là 3)']);
  });
});


const exportFile = () => ({
  format: 'thidua-indicators',
  version: 1,
  exportedAt: '2025-11-01T08:00:00Z',
  snapshots: [
    {
      portal: 'dichvucong.gov.vn',
      pageType: 'dvc-index',
      url: 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html',
      capturedAt: '2025-11-01T08:00:00Z',
      contentHash: 'abc',
      unit: { name: 'UBND xã Ta Ma' },
      period: { kind: 'year', year: 2025, label: 'Năm 2025' },
      indicators: [{ code: 'TONG_SCORE', label: 'Tổng điểm', value: 81.5, unit: 'points', max: 100 }],
    },
  ],
});
type ExportFile = ReturnType<typeof exportFile>;
type Any = Record<string, any>;

/** Wrong indicator files as officers send them, each with the Vietnamese field name its message must carry. */
const WRONG_EXPORTS: [string, (f: ExportFile & Any) => void, string][] = [
  ['a value typed in words', (f) => (f.snapshots[0]!.indicators[0]!.value = 'tám mươi mốt' as any), 'Giá trị'],
  ['a unit of measure not known', (f) => (f.snapshots[0]!.indicators[0]!.unit = 'diem'), 'Đơn vị'],
  ['a missing unit', (f) => delete (f.snapshots[0] as Any).unit, 'Đơn vị'],
  ['a capture without indicators', (f) => (f.snapshots[0]!.indicators = []), 'Chỉ số'],
  ['a quarter 7', (f) => ((f.snapshots[0]!.period as Any).quarter = 7), 'Quý'],
  ['a version 3 file', (f) => (f.version = 3), 'Phiên bản'],
  ['snapshots that are not a list', (f) => (f.snapshots = {} as any), 'Bản ghi'],
];

function wrongExport(edit: (f: ExportFile & Any) => void): string {
  const file = exportFile();
  edit(file);
  return JSON.stringify(file);
}

describe('no face lets zod’s English through', () => {
  it.each(WRONG_EXPORTS)('the add-in refuses %s in Vietnamese', (_, edit, field) => {
    const read = parseIndicatorFile(wrongExport(edit));
    expect(read.ok).toBe(false);
    const message = (read as { message: string }).message;
    expect(message).toContain(field);
    expect(message).not.toMatch(ZOD_ENGLISH);
  });

  it.each(WRONG_EXPORTS)('the extension refuses a backup with %s in Vietnamese', (_, edit) => {
    const read = readBackup(wrongExport(edit));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const message = backupProblem(read.problem, translator('vi'));
    expect(message).toMatch(/trường snapshots|trường version/);
    expect(message).not.toMatch(ZOD_ENGLISH);
  });

  describe('the command line', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await tempDir();
      await writeReportWorkbook(join(dir, 'ban-na-say.xlsx'), [goodHamlet('Báo cáo', 'Bản Nà Sáy')]);
    });

    it.each(WRONG_EXPORTS)('refuses --indicators with %s in Vietnamese', async (_, edit, field) => {
      await writeFile(join(dir, 'chi-so.json'), wrongExport(edit));
      const run = await runInProcess(['score', 'ban-na-say.xlsx', '--criteria', 'ta-ma-2025', '--out', 'kq', '--indicators', 'chi-so.json'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Tệp chỉ số chi-so.json không đúng định dạng');
      expect(run.stderr).toContain(field);
      expect(run.stderr).not.toMatch(ZOD_ENGLISH);
    });
  });

  it.each([
    ['no indicator column', { unitColumn: 'Tên đơn vị', columns: [] }, 'Các cột chỉ số'],
    ['a code in lower case', { unitColumn: 'Tên đơn vị', columns: [{ header: 'Tỷ lệ', code: 'ty le', unit: 'percent' }] }, 'Mã chỉ số'],
    ['no unit column', { columns: [{ header: 'Tỷ lệ', code: 'TY_LE', unit: 'percent' }] }, 'Cột tên đơn vị'],
  ])('a page refuses a saved mapping with %s in Vietnamese', (_, mapping, field) => {
    const capture = capturePage(loadPage('generic-table.html'), 'https://x.gov.vn/', { capturedAt: AT, mapping: mapping as never });
    expect(capture.ok).toBe(false);
    if (capture.ok) return;
    const said = [capture.error.message, ...capture.error.missing].join('\n');
    expect(said).toContain(field);
    expect(said).not.toMatch(ZOD_ENGLISH);
  });

  it.each([
    ['points as words', (s: Any) => (s.criteria[0].maxPoints = 'mười'), 'Điểm tối đa'],
    ['an unknown rule kind', (s: Any) => (s.criteria[0].rule = { kind: 'bonus_points' }), 'Cách tính'],
    ['a period written as words', (s: Any) => (s.period = 'cả năm 2025'), 'Kỳ'],
    ['an empty title', (s: Any) => (s.title = ''), 'Tên'],
  ])('every face loading a criteria set file refuses %s in Vietnamese', (_, edit, field) => {
    const set = structuredClone(findBuiltin('ta-ma-2025')) as Any;
    edit(set);
    const loaded = loadCriteriaSet({ kind: 'json', text: JSON.stringify(set), name: 'bo.json' });
    expect(loaded.ok).toBe(false);
    const said = (loaded as { errors: string[] }).errors.join('\n');
    expect(said).toContain(field);
    expect(said).not.toMatch(ZOD_ENGLISH);
  });
});
