// The council's round on the command line, from the example commune: score, close, verify; a run that changes
// nothing leaves the closed folder as it is; a changed report is refused with what changed until --reopen; the
// folder then no longer verifies, is closed again with a reason, and the papers are written from round 2.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { closedCommune, scoredCommune } from './example-commune.js';
import { typeVotes } from './council-meeting.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
let scored: { dir: string; run: Run };
let closed: Run;

beforeAll(async () => {
  // The walk's first score and first closing are the run's own (`thidua score bao-cao --criteria tieu-chi.xlsx --out kq`,
  // then `thidua close kq --by 'Lò Văn Thành' --accept-open`, made once a run and copied: example-commune.ts); the
  // folder as scored, before its closing, is a copy of its own.
  scored = await scoredCommune();
  const commune = await closedCommune();
  dir = commune.dir;
  closed = commune.closed;
}, 120_000);

describe('closing a round (thidua close / verify / papers)', () => {
  it('goes through the council year on real files, never changing a closed result silently', async () => {
    const score = (...extra: string[]) => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', ...extra);
    expect(scored.run.code).toBe(0);
    expect((await runInProcess(['verify', 'kq'], scored.dir)).stderr).toContain('chưa được chốt');

    expect(closed.code).toBe(0);
    expect(closed.stdout).toMatch(/^Đã chốt kết quả lần 1, \d\d\/\d\d\/\d{4} \d\d:\d\d, Lò Văn Thành: 12 tệp/);
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // The same files again: nothing changed, nothing written, the folder still verifies.
    const same = await score();
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('không thay đổi gì: không ghi lại');
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // A copy edited by hand, then --reopen with the same reports the same day: the folder is written back as it was
    // closed and said so — the round holds, nothing to close again.
    const copy = join(dir, 'kq', 'ban-ta-ma.cham-diem.xlsx');
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(copy);
    edited.worksheets[0]!.getCell('A1').value = 'sửa tay';
    await edited.xlsx.writeFile(copy);
    expect((await thidua('verify', 'kq')).code).toBe(1);
    const restored = await score('--reopen', 'Trả lại tệp đã sửa tay');
    expect(restored.stderr).toContain('Các lần chốt vẫn giữ nguyên. Thư mục nay đúng như lúc chốt (tệp hay trang sửa tay đã được ghi lại như lần chấm): lần chốt vẫn có hiệu lực, không cần chốt lại');
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // A unit corrects a figure (typed as an officer would, then saved): the run refuses and says what changed.
    const file = join(dir, 'bao-cao', 'ban-hua-ca.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    // HTS1's Kết quả: 72% against «≥ 50%» becomes 20%, short of its target.
    expect(ws.getCell('B14').value).toBe('HTS1');
    ws.getCell('G14').value = 0.2;
    await wb.xlsx.writeFile(file);
    const changed = await score();
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('Kết quả đã chốt (lần 1');
    expect(changed.stderr).toMatch(/Bản Hua Ca: điểm [\d,]+ → [\d,]+/);
    expect((await thidua('verify', 'kq')).code).toBe(0); // nothing was written

    expect((await score('--reopen', 'Bản Hua Ca sửa số liệu')).stderr).toContain('Các lần chốt vẫn giữ nguyên. Kết quả mới khác lần chốt và chưa được chốt: Hội đồng chốt lần mới bằng «thidua close --reason');
    const stale = await thidua('verify', 'kq');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('ban-hua-ca.cham-diem.xlsx đã khác bản đã chốt');

    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(1); // a new round needs its reason
    const second = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Bản Hua Ca sửa số liệu', '--accept-open');
    expect(second.stdout).toContain('Đã chốt kết quả lần 2');
    // Sealed with no vote typed: said at that moment, naming the nominees, that the papers wait for a vote and a new closing.
    expect(second.stderr).toMatch(/Lưu ý: Chốt khi còn \d+ trường hợp chưa có kết quả biểu quyết thì chưa lập được hồ sơ khen thưởng: Hội đồng biểu quyết, ghi ở tệp kq\/tong-hop\.xlsx, trang «Biểu quyết», rồi chốt lần mới/);
    expect(second.stderr).toContain('UBND xã Ta Ma (Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm))');
    expect((await thidua('verify', 'kq')).stdout).toContain('lần 2');

    // Closed with no vote typed: no paper is written, and every nominee without a vote is named.
    const unvoted = await thidua('papers', 'kq', '--out', 'ho-so');
    expect(unvoted.code).toBe(1);
    expect(unvoted.stderr).toContain('Chưa lập hồ sơ: lần chốt lần 2');
    expect(unvoted.stderr).toContain('  - UBND xã Ta Ma (Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm))');
    await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), () => [9, 9, 8]);
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Ghi kết quả biểu quyết', '--accept-open')).stdout).toContain('Đã chốt kết quả lần 3');
    const papers = await thidua('papers', 'kq', '--out', 'ho-so', '--base-salary', '2.340.000', '--posting-from', '01/12/2026', '--posting-days', '5');
    expect(papers.code).toBe(0);
    // The officer's base salary wins over the table's of the day, and says it is the officer's.
    expect(papers.stdout).toContain('mức lương cơ sở 2.340.000 đồng/tháng (mức do cán bộ nhập khi lập hồ sơ); tiền thưởng làm tròn lên hàng chục nghìn đồng');
    expect(papers.stdout).toContain('niêm yết từ 01/12/2026 đến 07/12/2026');
    const written = (await readdir(join(dir, 'ho-so'))).sort();
    expect(written.filter((f) => !f.startsWith('bao-cao-thanh-tich-'))).toEqual(['bien-ban.docx', 'danh-sach-cong-khai.docx', 'du-thao-quyet-dinh.docx', 'to-trinh-cap-tren.docx', 'to-trinh.docx']);
    expect(written.filter((f) => f.startsWith('bao-cao-thanh-tich-')).length).toBeGreaterThan(0);
    for (const f of await readdir(join(dir, 'ho-so'))) expect((await readFile(join(dir, 'ho-so', f))).subarray(0, 2).toString()).toBe('PK');
    await writeFile(join(dir, 'done'), '');
  }, 300_000);
});
