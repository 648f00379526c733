// A ward primary school's monthly round on its real Mẫu 03 (test/fixtures/real/criteria-corpus/ccvc-son-tra-mau-03.xlsx),
// walked as its office would (test/helpers/son-tra-month.ts): the table imported and exported, the plan, the period
// «Tháng 4/2026» and a Giấy khen for two teachers typed on «Tiêu chí», three teachers' templates filled; the command line
// scores them, the council's vote is typed on «Biểu quyết», `thidua close` seals the round and `thidua papers` writes
// the dossier, read back through LibreOffice and pdftotext. The round is a month: its papers said «kết quả chấm điểm
// năm 2026», a year-long round it never held. Part C.I's bonus the table records beside its total went unsaid where the
// teachers are ranked and proposed: Phương and Mai, equal at 100, read alike though Phương earned 2.
import { execFile } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RANKING_HEADERS, RECORDED_HEADER } from '../../core/workbook/plan-summary.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { printedAgainstDocx } from './pdf-layout.js';
import { runInProcess } from '../cli/helpers.js';
import { typeVotes } from '../council/council-meeting.js';
import { SON_TRA_MOVEMENT as MOVEMENT, sonTraMonth } from '../helpers/son-tra-month.js';

const run = promisify(execFile);

let dir: string;
/** `thidua score`'s output, as the officer reads it. */
let scored: string;
/** Each paper's words as printed, by file name, whitespace made one space. */
const printed = new Map<string, string>();

/** A sheet of tong-hop.xlsx as its rows' values (column A first). */
async function rowsOf(sheet: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'ket-qua', 'tong-hop.xlsx'));
  const rows: unknown[][] = [];
  book.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  ({ dir } = await sonTraMonth());
  const thidua = async (...args: string[]) => {
    const done = await runInProcess(args, dir);
    expect(done.code, `${args.join(' ')}\n${done.stderr}`).toBe(0);
    return done;
  };
  scored = (await thidua('score', 'bao-cao', '--criteria', 'bo-thang-4.xlsx', '--out', 'ket-qua')).stdout;
  // Seven members, six present, six in favour of each nominee.
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), () => [7, 6, 6], { B3: '12/05/2026', D3: 'Phòng họp Hội đồng sư phạm', B4: 'Nguyễn Văn Hòa', D4: 'Trần Thị Thu' });
  await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn Hòa', '--accept-open');
  await thidua('papers', 'ket-qua', '--out', 'ho-so');
  const papers = (await readdir(join(dir, 'ho-so'))).filter((f) => f.endsWith('.docx')).map((f) => join(dir, 'ho-so', f));
  for (const pdf of await sofficeAll(papers, join(dir, 'ho-so'), 'pdf')) {
    await run('pdftotext', ['-raw', pdf, pdf.replace(/\.pdf$/, '.txt')]);
    printed.set(pdf.replace(/^.*\/|\.pdf$/g, ''), (await readFile(pdf.replace(/\.pdf$/, '.txt'), 'utf8')).replace(/\s+/g, ' '));
  }
}, 600_000);

describe('the papers of a month’s round name the month, as the set states it', () => {
  it('every paper of the dossier was written and read back', () => {
    expect([...printed.keys()].sort()).toEqual(['bao-cao-thanh-tich-01-bui-nguyen-phuong', 'bao-cao-thanh-tich-02-le-thi-mai', 'bien-ban', 'danh-sach-cong-khai', 'du-thao-quyet-dinh', 'to-trinh']);
  });

  it('names the round «kỳ Tháng 4/2026» and never a year of its own («năm 2026» only in dates)', () => {
    const words = (name: string) => printed.get(name)!;
    expect(words('du-thao-quyet-dinh')).toContain(`Về việc khen thưởng ${MOVEMENT}, kỳ Tháng 4/2026`);
    expect(words('du-thao-quyet-dinh')).toContain(`đã có thành tích trong ${MOVEMENT}, kỳ Tháng 4/2026 (có danh sách kèm theo)`);
    expect(words('bien-ban')).toContain(`xét đề nghị khen thưởng ${MOVEMENT}, kỳ Tháng 4/2026`);
    expect(words('bien-ban')).toContain('Hội đồng xem xét kết quả chấm điểm kỳ Tháng 4/2026 của 03 cá nhân');
    expect(words('to-trinh')).toContain(`Về việc đề nghị khen thưởng ${MOVEMENT}, kỳ Tháng 4/2026`);
    // The period said once, not again in brackets after the set's name.
    expect(words('to-trinh')).toMatch(/Trên cơ sở kết quả chấm điểm kỳ Tháng 4\/2026 theo bộ tiêu chí «[^»]+» đã được Hội đồng chốt/u);
    expect(words('danh-sach-cong-khai')).toContain(`được đề nghị xét khen thưởng ${MOVEMENT}, kỳ Tháng 4/2026`);
    expect(words('bao-cao-thanh-tich-01-bui-nguyen-phuong')).toContain(`2. Thành tích đạt được của cá nhân trong ${MOVEMENT}, kỳ Tháng 4/2026. Kết quả chấm điểm kỳ Tháng 4/2026 theo bộ tiêu chí`);
    for (const [name, text] of printed) {
      // A date («ngày 12 tháng 5 năm 2026», a blank «ngày tháng năm 2026») is the paper's or a law's, not the round's.
      expect(text.replace(/tháng(?: \d{1,2})? năm \d{4}/gu, ''), name).not.toMatch(/năm 2026/u);
    }
  });
});

// A round of teachers only: each paper names those it lists as they are, never «tập thể» it has none of.
describe('the papers of a round of individuals name them «cá nhân», never «tập thể, cá nhân»', () => {
  it('the posting list\u2019s title and its call for views, the minutes, the proposal and the decision', () => {
    expect(printed.get('danh-sach-cong-khai')).toContain(`DANH SÁCH Cá nhân được đề nghị xét khen thưởng ${MOVEMENT}`);
    expect(printed.get('danh-sach-cong-khai')).toContain('ý kiến về các cá nhân có tên trong danh sách');
    expect(printed.get('bien-ban')).toContain('Danh sách cá nhân được đề nghị xét khen thưởng đã được niêm yết');
    expect(printed.get('to-trinh')).toContain('báo cáo thành tích của từng cá nhân.');
    expect(printed.get('du-thao-quyet-dinh')).toContain('các cá nhân có tên tại Điều 1 chịu trách nhiệm');
    for (const [name, text] of printed) expect(text, name).not.toMatch(/tập thể(,| và) cá nhân/iu);
  });
});

// Each paper printed says what its .docx says: the achievement reports' «Điểm» column (11 % of the width, 40 pt inside)
// printed «0,75/0,75» (49 pt at 13 pt) as «0,75/0,» over «75», in each of the 6 rows that score it.
describe('the papers of the month as LibreOffice prints them, word for word as their .docx', () => {
  it('every paper: no word lost or broken, none added but page numbers and repeated header rows', async () => {
    for (const name of printed.keys()) {
      expect(await printedAgainstDocx(join(dir, 'ho-so', `${name}.pdf`), join(dir, 'ho-so', `${name}.docx`)), name).toEqual({ lost: [], added: [] });
    }
  });
});

describe('the bonus recorded beside the total is said where the teachers are ranked and proposed, deciding nothing', () => {
  const PHUONG = 'điểm cộng ghi nhận 2, không cộng vào tổng';

  it('on the command line: each ranking line and each proposal', () => {
    expect(scored).toContain(`   1. Bùi Nguyên Phương: 100/100 điểm (100%; ${PHUONG}) — Hoàn thành xuất sắc nhiệm vụ`);
    expect(scored).toMatch(/ {3}2\. Lê Thị Mai: 100\/100 điểm \(100%\) — Hoàn thành xuất sắc nhiệm vụ\n/u);
    expect(scored).toContain(`   3. Nguyễn Thị Lan: 95/100 điểm (95%; ${PHUONG}) — Hoàn thành xuất sắc nhiệm vụ`);
    expect(scored).toContain(`  Giấy khen của Chủ tịch UBND phường: Bùi Nguyên Phương (${PHUONG})\n  Giấy khen của Chủ tịch UBND phường: Lê Thị Mai\n`);
  });

  it('on «Tổng hợp»: a column of its own after those read by position, the totals and ranks as counted by hand', async () => {
    const rows = await rowsOf('Tổng hợp');
    expect(rows.find((r) => r[0] === 'Hạng')).toEqual([...RANKING_HEADERS, RECORDED_HEADER]);
    expect(rows.filter((r) => typeof r[0] === 'number')).toEqual([
      [1, 'Bùi Nguyên Phương', 'Cá nhân', 100, 100, 100, 'Hoàn thành xuất sắc nhiệm vụ', 0, 2],
      [2, 'Lê Thị Mai', 'Cá nhân', 100, 100, 100, 'Hoàn thành xuất sắc nhiệm vụ', 0, 0],
      [3, 'Nguyễn Thị Lan', 'Cá nhân', 95, 100, 95, 'Hoàn thành xuất sắc nhiệm vụ', 0, 2],
    ]);
  });

  it('on «Đề xuất khen thưởng»: beside each reason, the proposals as the quota gives them', async () => {
    const reasons = Object.fromEntries((await rowsOf('Đề xuất khen thưởng')).filter((r) => typeof r[0] === 'number').map((r) => [r[2], [r[3], r[4]]]));
    expect(reasons).toEqual({
      'Bùi Nguyên Phương': ['Có', `Đề xuất: Hoàn thành xuất sắc nhiệm vụ 100%, hạng 1 — trong chỉ tiêu 2 cá nhân; ${PHUONG}`],
      'Lê Thị Mai': ['Có', 'Đề xuất: Hoàn thành xuất sắc nhiệm vụ 100%, hạng 2 — trong chỉ tiêu 2 cá nhân'],
      'Nguyễn Thị Lan': ['Không', `Không đề xuất: ngoài chỉ tiêu (hạng 3, chỉ tiêu 2); ${PHUONG}`],
    });
  });

  it('on the papers: each list and each achievement report, beside the total', () => {
    for (const name of ['du-thao-quyet-dinh', 'to-trinh', 'bien-ban', 'danh-sach-cong-khai']) {
      const text = printed.get(name)!;
      expect(text, name).toContain(`Bùi Nguyên Phương Xếp loại Hoàn thành xuất sắc nhiệm vụ, 100/100 điểm (100%; ${PHUONG}), hạng 1/3`);
      expect(text, name).toContain('Lê Thị Mai Xếp loại Hoàn thành xuất sắc nhiệm vụ, 100/100 điểm (100%), hạng 2/3');
    }
    expect(printed.get('bao-cao-thanh-tich-01-bui-nguyen-phuong')).toContain(`: 100/100 điểm (100%; ${PHUONG}), xếp loại Hoàn thành xuất sắc nhiệm vụ, hạng 1/3`);
  });

  it('on a scored copy’s «Tổng hợp», which `verify` holds to the closed round: a copy saved again by another program changed no cell', async () => {
    await cp(join(dir, 'ket-qua'), join(dir, 'luu-lai'), { recursive: true });
    const copy = join(dir, 'luu-lai', 'bui-nguyen-phuong.cham-diem.xlsx');
    await run('/usr/bin/python3', ['-c', 'import openpyxl,sys; b=openpyxl.load_workbook(sys.argv[1]); print(b["Tổng hợp"]["I12"].value); b.save(sys.argv[1])', copy]).then(({ stdout }) => expect(stdout.trim()).toBe('2'));
    // Not the round's bytes any more (exit 1), said as a save that changed nothing, never as «ô I12: (trống) → 2».
    const verified = await runInProcess(['verify', 'luu-lai'], dir);
    const said = `${verified.stdout}${verified.stderr}`;
    expect(said).toContain('Tệp bui-nguyen-phuong.cham-diem.xlsx lưu lại, không ô nào đổi');
    expect(said).not.toMatch(/ô I\d+/u);
  });
});

// Made for an officer's walk of Sơn Trà's Mẫu 03 through a month's round: its papers named a year-long round, and its
// ranking and award lists left unsaid the bonus the table records beside the total.
