// Whole rows read (issue 35 item 6), by the built command on workbooks made at test time: a report with 16,384
// formulas (no stored results) on the row under its table — thidua read 256 columns, took IX17:JA17 as empty and wrote
// its own cells over them — and a workbook of 1,300 report sheets, whose copy (5,222 parts) thidua wrote and then could
// not read. Scored in one folder with a good report: the unit's row is left as it was, byte for byte, and said; the
// copy thidua could not read again is not written, and said by name; every copy written is read again by thidua.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { hamlet, manySheets } from '../../scripts/harness/hostile-attacks.js';
import { BIN, FIRST_ROW, goodHamlet, hashes, tempDir } from './helpers.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
/** The row under the good hamlet's table. */
const UNDER = FIRST_ROW + goodHamlet('Báo cáo', '').lines.length;

type Measured = { code: number; stdout: string; stderr: string; ms: number; peakKb: number };

function score(args: string[], cwd: string): Promise<Measured> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', PEAK, BIN, 'score', ...args, '--criteria', 'ta-ma-2025', '--json'], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, ms: Date.now() - started, peakKb: Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]) }),
    );
  });
}

/** A sheet's `<sheetData>` as its package holds it. */
async function sheetData(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  return /<sheetData>[^]*<\/sheetData>/.exec(xml)![0];
}

let dir: string;
let before: Record<string, string>;
let run: Measured;
let doc: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'dau-vao'));
  await writeFile(
    join(dir, 'dau-vao', 'cong-thuc-ca-dong.xlsx'),
    await hamlet('Bản Cả Dòng', 'Báo cáo', (ws) => {
      for (let c = 1; c <= 16_384; c++) ws.getCell(UNDER, c).value = { formula: `ROW()*${c}` } as never;
    }),
  );
  await writeFile(join(dir, 'dau-vao', 'nhieu-trang.xlsx'), await manySheets(await hamlet('Bản 1', 'Báo cáo', (ws) => void (ws.getCell('G8').value = 99)), 1300));
  await writeFile(join(dir, 'dau-vao', 'tot.xlsx'), await hamlet('Bản Tốt'));
  before = await hashes(join(dir, 'dau-vao'));
  run = await score(['dau-vao', '--out', 'ket-qua'], dir);
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
}, 300_000);

describe('a row of 16,384 formulas under the report', () => {
  it('is read whole: the unit is scored, and told why its copy has no scoring columns', () => {
    const card = doc.cards.find((c) => c.unitName === 'Bản Cả Dòng')!;
    expect(card.total).toBe(88.25);
    expect(card.flags.filter((f) => f.code === 'no-scoring-room').map((f) => f.message)).toEqual([
      'Trang «Báo cáo» có dữ liệu hoặc công thức đến cột XFD: không còn 5 cột trống bên phải để ghi cột chấm điểm, nên bản chấm không ghi vào trang này (điểm vẫn có ở Tổng hợp); hãy xoá các ô thừa bên phải bảng rồi chấm lại',
    ]);
  });

  it('is left as the unit wrote it in the copy, every cell of the sheet byte for byte', async () => {
    const input = await readFile(join(dir, 'dau-vao', 'cong-thuc-ca-dong.xlsx'));
    const copy = await readFile(join(dir, 'ket-qua', 'cong-thuc-ca-dong.cham-diem.xlsx'));
    const data = await sheetData(copy);
    expect(data).toBe(await sheetData(input));
    expect(data).toContain(`<c r="XFD${UNDER}"><f>ROW()*16384</f></c>`);
  });
});

describe('a workbook of 1,300 report sheets', () => {
  it('is scored, its copy (past the parts thidua reads again) not written and said by name', () => {
    expect(doc.cards.filter((c) => c.file === 'dau-vao/nhieu-trang.xlsx')).toHaveLength(1300);
    expect(doc.files.find((f) => f.file === 'dau-vao/nhieu-trang.xlsx')?.output).toBeNull();
    expect(doc.errors.find((e) => e.file === 'dau-vao/nhieu-trang.xlsx')?.message).toBe(
      'Không ghi được bản chấm của tệp dau-vao/nhieu-trang.xlsx: tệp sẽ ghi ra có 5.223 phần nén, quá giới hạn 5.000: không ghi, vì thidua không đọc lại được (một tệp thidua ghi luôn đọc lại được); hãy tách sổ tính thành các tệp ít trang hơn',
    );
  });
});

describe('the run', () => {
  it('exits 1 (a copy left out) without a stack trace, within 150 s and 1 GB', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:/);
    expect(run.ms).toBeLessThan(150_000);
    expect(run.peakKb).toBeLessThan(1024 * 1024);
  });

  it('writes copies thidua reads again: every one written is scored again without an error', async () => {
    const written = (await readdir(join(dir, 'ket-qua'))).sort();
    expect(written).toEqual(['cong-thuc-ca-dong.cham-diem.xlsx', 'tong-hop.xlsx', 'tot.cham-diem.xlsx']);
    const again = await score(['ket-qua/cong-thuc-ca-dong.cham-diem.xlsx', 'ket-qua/tot.cham-diem.xlsx', '--out', 'lan-hai'], dir);
    const second = JSON.parse(again.stdout) as ScoreRunOutput;
    expect(second.errors).toEqual([]);
    expect(second.cards.map((c) => [c.unitName, c.total]).sort()).toEqual([['Bản Cả Dòng', 88.25], ['Bản Tốt', 88.25]]);
  }, 120_000);

  it('leaves every input byte-identical', async () => {
    expect(await hashes(join(dir, 'dau-vao'))).toEqual(before);
  });
});
