// The council's record attacked as careless or ill-meaning users would (issue 35 items 1–3), on the example commune
// with the built command line: a unit's returned copy that «accepts» what the council rejected (given with
// --decisions, or sent back as its report); --decisions naming a missing file or a FIFO; a closed folder with a score
// edited by hand in «Tổng hợp», the hidden closed record edited, a copy added, a SHA-256 edited on «Chốt kết quả», the
// closed record made unreadable, a FIFO or a /dev/zero link where a copy was; reports whose names differ only by case
// or Unicode composition. Every case: exit 0 or 1 (2 only for usage), no stack trace, every file named, the council's
// decision standing, inputs byte-identical and nothing written outside --out. The council's tong-hop.xlsx is saved
// by LibreOffice before it is read, and a closed one saved by LibreOffice still verifies.
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { CLOSED_ROUNDS_KEY, roundsFromStore, RUN_RECORD_KEY, RunRecord, StoredRounds } from '../../core/run/closing.js';
import { STORE_SHEET } from '../../core/workbook/store-layout.js';
import { REVIEW_SHEET, REVIEW_STEP } from '../../core/workbook/plan-review.js';
import { SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { reviewCol, reviewRows } from '../helpers/review-rows.js';
import { BIN, hashes } from '../cli/helpers.js';
import { EXAMPLE_REPORTS, scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
const UNIT = 'Hội Nông dân xã Ta Ma';
const STACK = /\n\s+at .+:\d+:\d+/;

type Run = { code: number; stdout: string; stderr: string; ms: number; peakKb: number };
let dir: string;
let inputs: Record<string, string>;

/** The built command, stopped after `seconds` (a FIFO that hangs it fails the test instead of the suite), with its peak memory. */
function thidua(args: string[], seconds = 120): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', PEAK, BIN, ...args], { cwd: dir, timeout: seconds * 1000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error.killed ? -1 : Number(error.code ?? 1)) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started, peakKb: Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0) });
    });
  });
}
const score = (out: string, ...extra: string[]) => thidua(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', out, ...extra]);

/** What a run printed holds no stack trace and its exit code is 0 or 1 (2 is wrong usage only). */
function plain(run: Pick<Run, 'code' | 'stderr'>, code: 0 | 1): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stderr).not.toContain('Lỗi không lường trước');
}

async function edit(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

/** The first review of the unit's «out of range» flag (G16: 105%) typed as the council, or a unit, would. */
const decide = (word: string, by: string, date: string) => (wb: ExcelJS.Workbook) => {
  const [row] = reviewRows(wb.getWorksheet(REVIEW_SHEET)!, UNIT, 'out-of-range');
  row!.getCell(reviewCol('Quyết định')).value = word;
  row!.getCell(reviewCol('Người rà soát')).value = by;
  row!.getCell(reviewCol('Ngày')).value = date;
};

/** The council asks the unit to explain its unreadable figure (G17); the unit's answer, typed where thidua left a row for it. */
const ask = (wb: ExcelJS.Workbook) => {
  const [row] = reviewRows(wb.getWorksheet(REVIEW_SHEET)!, UNIT, 'unparseable-value');
  row!.getCell(reviewCol('Quyết định')).value = 'Giải trình';
  row!.getCell(reviewCol('Người rà soát')).value = 'Lò Văn Thành';
  row!.getCell(reviewCol('Ngày')).value = '20/11/2025';
};
const ANSWER = 'Số liệu chưa tổng hợp xong, nay bổ sung biên bản';
const typeAnswer = (wb: ExcelJS.Workbook) => {
  const row = reviewRows(wb.getWorksheet(REVIEW_SHEET)!, UNIT, 'unparseable-value').find((r) => r.getCell(reviewCol('Bước')).text === REVIEW_STEP.explanation)!;
  row.getCell(reviewCol('Ý kiến')).value = ANSWER;
  row.getCell(reviewCol('Người rà soát')).value = 'Hội Nông dân';
  row.getCell(reviewCol('Ngày')).value = '24/11/2025';
};

/** What the flag's first review says in a workbook's «Rà soát» (named `sheet` there), and the unit's answer to the other flag. */
async function reviewed(path: string, sheet: string = REVIEW_SHEET): Promise<{ decision: unknown; answer: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const review = wb.getWorksheet(sheet)!;
  const answered = reviewRows(review, UNIT, 'unparseable-value').find((r) => r.getCell(reviewCol('Bước')).text === REVIEW_STEP.explanation);
  return { decision: reviewRows(review, UNIT, 'out-of-range')[0]!.getCell(reviewCol('Quyết định')).value, answer: answered?.getCell(reviewCol('Ý kiến')).value ?? null };
}
const STANDS = { decision: 'Bác số liệu', answer: ANSWER };
/** The name the unit gave its returned copy's «Rà soát». */
const UNIT_REVIEW = 'Rà soát của đơn vị';

const totalOf = (run: Run) => ScoreRunOutput.parse(JSON.parse(run.stdout)).cards.find((c) => c.unitName === UNIT)!.total;

/** The hidden store's row `key` of tong-hop.xlsx, its JSON text changed by `change` (as someone editing the hidden sheet). */
const hidden = (key: string, change: (json: string) => string) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet(STORE_SHEET)!.eachRow((row) => {
    if (row.getCell(1).value !== key) return;
    const text = change((row.values as unknown[]).slice(2).join(''));
    for (let i = 0; i * 32_000 < text.length; i++) row.getCell(2 + i).value = text.slice(i * 32_000, (i + 1) * 32_000);
  });
};

beforeAll(async () => {
  // The commune scored into kq/ (the run's one score of it, copied here), its reports as the examples hold them.
  const scored = await scoredCommune();
  dir = scored.dir;
  inputs = await hashes(EXAMPLE_REPORTS);
  plain(scored.run, 0);
  // The council rejects the figure in tong-hop.xlsx, saved by LibreOffice as an office without Excel keeps it.
  await edit(join(dir, 'kq', 'tong-hop.xlsx'), (wb) => {
    decide('Bác số liệu', 'Lò Văn Thành', '20/11/2025')(wb);
    ask(wb);
  });
  await savedByLibreOffice(join(dir, 'kq', 'tong-hop.xlsx'));
  const rejected = await score('kq', '--json');
  plain(rejected, 0);
  expect(totalOf(rejected)).toBe(60.97);
  // The unit's returned scored copy answers what it was asked, and «accepts» the rejected figure, five days later.
  await mkdir(join(dir, 'tra-lai'));
  await copyFile(join(dir, 'kq', 'doan-the-xa-ta-ma.cham-diem.xlsx'), join(dir, 'tra-lai', 'doan-the-xa-ta-ma.xlsx'));
  // The unit renamed its copy's «Rà soát» too: every line names the sheet as the copy holds it.
  await edit(join(dir, 'tra-lai', 'doan-the-xa-ta-ma.xlsx'), (wb) => {
    decide('Chấp nhận', 'Hội Nông dân', '25/11/2025')(wb);
    typeAnswer(wb);
    wb.getWorksheet(REVIEW_SHEET)!.name = UNIT_REVIEW;
  });
}, 600_000);

describe('1. decisions have an owner: a unit’s returned copy explains, it never decides', () => {
  it('given with --decisions: the council’s «Bác số liệu» stands (60,97, not 65,97), the unit’s «Chấp nhận» is named, not applied; its answer is taken', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-1a'), { recursive: true });
    const run = await score('kq-1a', '--decisions', 'tra-lai/doan-the-xa-ta-ma.xlsx', '--json');
    plain(run, 1);
    expect(totalOf(run)).toBe(60.97);
    expect(run.stderr).toContain(`tra-lai/doan-the-xa-ta-ma.xlsx (bản của đơn vị), trang «${UNIT_REVIEW}»: cảnh báo «Số liệu ngoài phạm vi» ô G16 của Hội Nông dân xã Ta Ma: ghi quyết định «Chấp nhận», không áp`);
    expect(run.stderr).toContain('ghi nhận 1 giải trình');
    expect(run.stderr).toContain('Rà soát: 1 đã giải trình, chờ quyết định lần 2.');
    expect(await reviewed(join(dir, 'kq-1a', 'tong-hop.xlsx'))).toEqual(STANDS);
  }, 120_000);

  it('sent back in as the unit’s report: the ranking, «Rà soát» and the record the papers are drawn from all say «Bác số liệu»; its answer is in tong-hop.xlsx', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-1b'), { recursive: true });
    await cp(join(dir, 'bao-cao'), join(dir, 'bao-cao-tra-lai'), { recursive: true });
    await copyFile(join(dir, 'tra-lai', 'doan-the-xa-ta-ma.xlsx'), join(dir, 'bao-cao-tra-lai', 'doan-the-xa-ta-ma.xlsx'));
    const run = await thidua(['score', 'bao-cao-tra-lai', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-1b', '--json']);
    plain(run, 1);
    expect(totalOf(run)).toBe(60.97);
    expect(run.stderr).toContain(`bao-cao-tra-lai/doan-the-xa-ta-ma.xlsx, trang «${UNIT_REVIEW}»: cảnh báo «Số liệu ngoài phạm vi» ô G16 của Hội Nông dân xã Ta Ma: ghi quyết định «Chấp nhận», không áp`);
    expect(run.stderr).toContain('Rà soát: 1 đã giải trình, chờ quyết định lần 2.');
    expect(await reviewed(join(dir, 'kq-1b', 'tong-hop.xlsx'))).toEqual(STANDS);
    // The unit's copy scored again keeps its «Rà soát» under the name the unit gave it.
    expect(await reviewed(join(dir, 'kq-1b', 'doan-the-xa-ta-ma.cham-diem.xlsx'), UNIT_REVIEW)).toEqual(STANDS);
    plain(await thidua(['close', 'kq-1b', '--by', 'Lò Văn Thành', '--accept-open']), 0);
    const store = await OoxmlWorkbook.open(await readFile(join(dir, 'kq-1b', 'tong-hop.xlsx')));
    const { rounds: [round] } = roundsFromStore(StoredRounds.parse(await store.readStore(CLOSED_ROUNDS_KEY)), RunRecord.parse(await store.readStore(RUN_RECORD_KEY)));
    expect(round!.record.units.find((u) => u.unitName === UNIT)!.total).toBe(60.97);
  }, 180_000);

  it('--decisions naming a missing file or a FIFO is wrong usage (exit 2) with its name, before anything is written', async () => {
    const before = await hashes(join(dir, 'kq'));
    const missing = await score('kq', '--decisions', 'khong-co.xlsx');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không đọc được tệp --decisions: Không tìm thấy tệp khong-co.xlsx.');
    execFileSync('mkfifo', [join(dir, 'ong-dan.xlsx')]);
    const fifo = await score('kq', '--decisions', 'ong-dan.xlsx');
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('Không đọc được tệp --decisions: Tệp ong-dan.xlsx là một ống dẫn (FIFO)');
    for (const run of [missing, fifo]) expect(run.stderr).not.toMatch(STACK);
    expect(await hashes(join(dir, 'kq'))).toEqual(before);
    await rm(join(dir, 'ong-dan.xlsx'));
  }, 120_000);

  it('so does every other file option naming a FIFO, never waiting on it', async () => {
    for (const name of ['ong-dan.json', 'ong-dan.xlsx']) execFileSync('mkfifo', [join(dir, name)]);
    for (const [option, file] of [['--criteria', 'ong-dan.json'], ['--criteria', 'ong-dan.xlsx'], ['--units', 'ong-dan.xlsx'], ['--indicators', 'ong-dan.json']] as const) {
      const args = ['score', 'bao-cao', '--out', 'kq-tuy-chon', ...(option === '--criteria' ? [] : ['--criteria', 'tieu-chi.xlsx']), option, file];
      const run = await thidua(args, 60);
      expect(run.code, `${option} ${file}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toContain(`Tệp ${file} là một ống dẫn (FIFO)`);
      expect(run.stderr).not.toMatch(STACK);
    }
    for (const name of ['ong-dan.json', 'ong-dan.xlsx']) await rm(join(dir, name));
    await rm(join(dir, 'kq-tuy-chon'), { recursive: true, force: true });
  }, 300_000);
});

describe('2. a closed round is sealed', () => {
  let closed: string;
  /** A copy of the closed folder, changed by `attack`. */
  async function attacked(name: string, attack: (folder: string) => Promise<void>): Promise<string> {
    await cp(closed, join(dir, name), { recursive: true, verbatimSymlinks: true });
    await attack(join(dir, name));
    return name;
  }
  /** verify names what changed (exit 1); papers and score refuse (exit 1) and write nothing. */
  async function refusedEverywhere(folder: string, said: string | RegExp): Promise<void> {
    const before = await hashes(join(dir, folder));
    const verify = await thidua(['verify', folder]);
    plain(verify, 1);
    expect(verify.stderr).toMatch(said);
    const papers = await thidua(['papers', folder, '--out', `${folder}-ho-so`]);
    plain(papers, 1);
    expect(papers.stderr).toMatch(said);
    const again = await score(folder);
    plain(again, 1);
    expect(again.stderr).toMatch(said);
    expect(await hashes(join(dir, folder))).toEqual(before);
    expect(await readdir(dir)).not.toContain(`${folder}-ho-so`);
  }

  beforeAll(async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-2'), { recursive: true });
    plain(await thidua(['close', 'kq-2', '--by', 'Lò Văn Thành', '--accept-open']), 0);
    plain(await thidua(['verify', 'kq-2']), 0);
    closed = join(dir, 'kq-2');
  }, 120_000);

  it('finds a score edited by hand in «Tổng hợp» (98 → 58), naming the row', async () => {
    const folder = await attacked('kq-2-diem', (f) =>
      edit(join(f, 'tong-hop.xlsx'), (wb) =>
        wb.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => {
          if (row.getCell(2).value === 'Bản Hua Ca' && row.getCell(4).value === 98) row.getCell(4).value = 58;
        }),
      ),
    );
    await refusedEverywhere(folder, /Trang «Tổng hợp», dòng (\d+): đã sửa sau khi chốt — ô D\1: 98 → 58\./);
  }, 180_000);

  it('finds the hidden closed record edited (every «không đề xuất» → «đề xuất»): damage, never «chưa chốt», even with --reopen', async () => {
    // The closed round keeps the run's record by its seal: the record it was sealed over is the one beside it.
    const folder = await attacked('kq-2-de-xuat', (f) => edit(join(f, 'tong-hop.xlsx'), hidden(RUN_RECORD_KEY, (json) => json.replaceAll('"proposed":false', '"proposed":true'))));
    await refusedEverywhere(folder, /Kết quả lượt chấm lưu ẩn trong tệp đã bị sửa sau khi chấm: mã niêm phong không khớp\.\n {2}- Bản ghi lần chốt 1 \(lần 1, .*Lò Văn Thành\) giữ kết quả lượt chấm lưu ẩn trong tệp .*: kết quả đã chốt bị hỏng, không phải chưa chốt/);
    const reopened = await score(folder, '--reopen', 'chấm lại');
    plain(reopened, 1);
    expect(reopened.stderr).toContain('bị hỏng — không coi là chưa chốt');
  }, 180_000);

  it('finds a scored copy added to the folder, by name', async () => {
    const folder = await attacked('kq-2-them', (f) => copyFile(join(f, 'ban-ta-ma.cham-diem.xlsx'), join(f, 'ban-moi.cham-diem.xlsx')));
    await refusedEverywhere(folder, 'Tệp ban-moi.cham-diem.xlsx không có trong lần chốt.');
  }, 180_000);

  it('finds a SHA-256 edited on the «Chốt kết quả» sheet', async () => {
    const folder = await attacked('kq-2-sha', (f) =>
      edit(join(f, 'tong-hop.xlsx'), (wb) =>
        wb.getWorksheet('Chốt kết quả')!.eachRow((row) => {
          if (row.getCell(2).value === 'ban-hua-ca.cham-diem.xlsx') row.getCell(3).value = '0'.repeat(64);
        }),
      ),
    );
    await refusedEverywhere(folder, /Trang «Chốt kết quả», dòng \d+: đã sửa sau khi chốt \(nay: \d+ \| ban-hua-ca\.cham-diem\.xlsx \| 0{64}\)/);
  }, 180_000);

  it('takes a closed record it cannot read beside a visible «Chốt kết quả» as damage: score writes nothing, the rounds stay', async () => {
    const folder = await attacked('kq-2-hong', (f) => edit(join(f, 'tong-hop.xlsx'), hidden(CLOSED_ROUNDS_KEY, () => '{hỏng')));
    await refusedEverywhere(folder, 'mà bản ghi các lần chốt lưu ẩn không còn hoặc không đọc được: kết quả đã chốt bị hỏng, không phải chưa chốt');
  }, 180_000);

  it('names a FIFO where a copy was, without waiting on it, in verify, papers and score', async () => {
    const folder = await attacked('kq-2-fifo', async (f) => {
      await rm(join(f, 'ban-ta-ma.cham-diem.xlsx'));
      execFileSync('mkfifo', [join(f, 'ban-ta-ma.cham-diem.xlsx')]);
    });
    await refusedEverywhere(folder, 'Tệp ban-ta-ma.cham-diem.xlsx là một ống dẫn (FIFO), không phải tệp: không đọc.');
  }, 240_000);

  it('names a /dev/zero link where a copy was, reading none of it', async () => {
    const folder = await attacked('kq-2-zero', async (f) => {
      await rm(join(f, 'ban-ta-ma.cham-diem.xlsx'));
      await symlink('/dev/zero', join(f, 'ban-ta-ma.cham-diem.xlsx'));
    });
    const verify = await thidua(['verify', folder], 60);
    plain(verify, 1);
    expect(verify.stderr).toContain('Tệp ban-ta-ma.cham-diem.xlsx là một thiết bị (như /dev/zero), không phải tệp: không đọc.');
    // The command's own cost: a verify of a 12-copy folder, nothing read from the device.
    expect(verify.peakKb).toBeGreaterThan(0);
    expect(verify.peakKb).toBeLessThan(400 * 1024);
  }, 120_000);

  it('still verifies once LibreOffice has saved the closed tong-hop.xlsx again (nothing in it was changed)', async () => {
    const folder = await attacked('kq-2-lo', (f) => savedByLibreOffice(join(f, 'tong-hop.xlsx')));
    const app = await (await JSZip.loadAsync(await readFile(join(dir, folder, 'tong-hop.xlsx')))).file('docProps/app.xml')!.async('string');
    expect(app).toMatch(/<Application>LibreOffice/);
    plain(await thidua(['verify', folder]), 0);
  }, 300_000);
});

describe('3. every file counted', () => {
  /** Four reports in one folder: two names differing only by case, two only by Unicode composition («ả»). */
  const NAMES = ['ban-a.xlsx', 'BAN-A.xlsx', 'bản-b.xlsx'.normalize('NFC'), 'bản-b.xlsx'.normalize('NFD')];
  const FROM = ['ban-hua-ca.xlsx', 'ban-ta-ma.xlsx', 'ban-sang-to.xlsx', 'ban-phieng-pi.xlsx'];
  const UNITS = ['Bản Hua Ca', 'Bản Ta Ma', 'Bản Sáng Tớ', 'Bản Phiêng Pi'];

  beforeAll(async () => {
    await mkdir(join(dir, 'cung-ten'));
    for (const [i, name] of NAMES.entries()) await copyFile(join(dir, 'bao-cao', FROM[i]!), join(dir, 'cung-ten', name));
    expect(await readdir(join(dir, 'cung-ten'))).toHaveLength(4);
  });

  it('scores both of each pair on the command line, each with a copy of its own, and says which they are', async () => {
    const before = await hashes(join(dir, 'cung-ten'));
    const run = await thidua(['score', 'cung-ten', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-3', '--json']);
    plain(run, 0);
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    expect(doc.files.map((f) => f.file).sort()).toEqual(NAMES.map((n) => join('cung-ten', n)).sort());
    expect(doc.cards.map((c) => c.unitName).sort()).toEqual([...UNITS].sort());
    const outputs = doc.files.map((f) => f.output!);
    expect(new Set(outputs.map((o) => o.normalize('NFC').toLowerCase())).size).toBe(4);
    expect((await readdir(join(dir, 'kq-3'))).filter((n) => n.endsWith('.cham-diem.xlsx'))).toHaveLength(4);
    expect(run.stderr).toMatch(/Lưu ý: 2 tệp có tên chỉ khác nhau ở chữ hoa\/thường hoặc cách ghi dấu: .*ban-a\.xlsx.*BAN-A\.xlsx/);
    expect(run.stderr).toContain('(dấu ghi tách rời, NFD)');
    expect(await hashes(join(dir, 'cung-ten'))).toEqual(before);
  }, 120_000);

  it('gives each of them a copy of its own in the page’s .zip too', async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const thread: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
    const files = await Promise.all(NAMES.map(async (name) => ({ name: `cung-ten/${name}`, file: new Blob([await readFile(join(dir, 'cung-ten', name))]) })));
    const page = await runCommune(files, { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread });
    expect(page.run.cards.map((c) => c.unitName).sort()).toEqual([...UNITS].sort());
    const zipped = Object.keys((await JSZip.loadAsync(page.download!.bytes)).files).filter((n) => n.endsWith('.cham-diem.xlsx'));
    expect(zipped).toHaveLength(4);
    expect(new Set(zipped.map((n) => n.normalize('NFC').toLowerCase())).size).toBe(4);
  }, 120_000);
});

describe('after every attack', () => {
  it('left the reports byte-identical and wrote nothing outside the folders it was given', async () => {
    expect(await hashes(join(dir, 'bao-cao'))).toEqual(inputs);
    const made = ['bao-cao', 'bao-cao-tra-lai', 'cung-ten', 'tieu-chi.xlsx', 'tra-lai', 'lo-out', 'lo-profile'];
    const outs = (await readdir(dir)).filter((n) => !made.includes(n));
    expect(outs.every((n) => /^kq(-|$)/.test(n)), outs.join(', ')).toBe(true);
    await writeFile(join(dir, 'done'), '');
  });
});
