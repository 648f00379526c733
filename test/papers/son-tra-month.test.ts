// A ward primary school's monthly round on its real Mẫu 03 (test/fixtures/real/criteria-corpus/ccvc-son-tra-mau-03.xlsx),
// walked as its office would: the table imported and exported, the plan «Phát động phong trào thi đua «Dạy tốt, học
// tốt» năm học 2025 - 2026», the period «Tháng 4/2026» (01/04 – 30/04/2026) and a Giấy khen for two teachers typed on
// «Tiêu chí»; three teachers fill the template, the command line scores them, the council's vote is typed on
// «Biểu quyết», `thidua close` seals the round and `thidua papers` writes the dossier, read back through LibreOffice
// and pdftotext. The round is a month: its papers said «kết quả chấm điểm năm 2026», a year-long round it never held.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runChild, tempDir } from '../cli/helpers.js';
import { typeVotes } from '../council/council-meeting.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const run = promisify(execFile);
const MOVEMENT = 'phong trào thi đua «Dạy tốt, học tốt» năm học 2025 - 2026';

/** Each teacher: part A's self-scores at the table's maxima, B's levels and C's bonus in «Kết quả». */
const TEACHERS: [string, string, Record<string, string | number>][] = [
  ['Bùi Nguyên Phương', 'bui-nguyen-phuong', { 'B.1': 'a', 'B.2': 'a', 'B.3': 'a', 'C.I.1': 1, 'C.I.2': 1 }],
  ['Lê Thị Mai', 'le-thi-mai', { 'B.1': 'a', 'B.2': 'a', 'B.3': 'a' }],
  ['Nguyễn Thị Lan', 'nguyen-thi-lan', { 'B.1': 'a', 'B.2': 'b', 'B.3': 'a', 'C.I.3': 2 }],
];

let dir: string;
/** Each paper's words as printed, by file name, whitespace made one space. */
const printed = new Map<string, string>();

/** «Tiêu chí» of the exported set, as the school's office types it: the plan, the month, and the Giấy khen with its quota. */
async function typeTheRound(from: string, to: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const ws = book.getWorksheet('Tiêu chí')!;
  const typed: Record<string, string> = { 'Trích yếu': `Phát động ${MOVEMENT}`, Kỳ: 'Tháng 4/2026', 'Từ ngày': '01/04/2026', 'Đến ngày': '30/04/2026' };
  ws.eachRow((row) => {
    const label = String(row.getCell(2).value ?? '');
    if (label in typed) row.getCell(3).value = typed[label]!;
    if (label.startsWith('Giấy khen')) {
      row.getCell(2).value = 'Giấy khen của Chủ tịch UBND phường';
      row.getCell(5).value = 'Hoàn thành xuất sắc nhiệm vụ';
      row.getCell(7).value = 'cá nhân: 2';
    }
  });
  await book.xlsx.writeFile(to);
}

beforeAll(async () => {
  dir = await tempDir();
  const thidua = async (...args: string[]) => {
    const done = await runChild(args, dir);
    expect(done.code, `${args.join(' ')}\n${done.stderr}`).toBe(0);
    return done;
  };
  await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
  await thidua('criteria', 'import', 'mau-03.xlsx', '--out', 'bo.json');
  await thidua('criteria', 'export', 'bo.json', '--out', 'bo.xlsx');
  await typeTheRound(join(dir, 'bo.xlsx'), join(dir, 'bo-thang-4.xlsx'));
  const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as { criteria: { code: string; group: string | null; maxPoints: number }[] };
  const partA = Object.fromEntries(set.criteria.filter((c) => c.group === 'A').map((c) => [c.code, c.maxPoints]));
  await mkdir(join(dir, 'bao-cao'));
  for (const [name, file, results] of TEACHERS) {
    await thidua('template', '--criteria', 'bo-thang-4.xlsx', '--unit', name, '--kind', 'Cá nhân', '--out', `mau-${file}.xlsx`);
    await typeInTemplate(join(dir, `mau-${file}.xlsx`), join(dir, `tu-cham-${file}.xlsx`), 'Điểm tự chấm', partA);
    await typeInTemplate(join(dir, `tu-cham-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), 'Kết quả', results);
  }
  await thidua('score', 'bao-cao', '--criteria', 'bo-thang-4.xlsx', '--out', 'ket-qua');
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

// Made for an officer's walk of Sơn Trà's Mẫu 03 through a month's round: its papers named a year-long round.
