// A table of points achieved, imported as a criteria table: Lâm Đồng's report on its indices (the corpus's
// chi-so-766-lam-dong-bao-cao-cac-chi-so.docx), whose table 6 gives the province's results on Decision 766's index —
// «STT | Nội dung | Tỷ lệ | Điểm số | Thứ hạng» under «… tỉnh Lâm Đồng đạt 88,72 điểm, xếp loại Tốt.». Its figures add up,
// and are read as written (the corpus keeps it so), but «Điểm số» is what the province achieved: the import used to say
// «Các số bảng ghi đều khớp … ✔» and «Chấm trên tổng 88,72 điểm» with nothing to tell the officer. Now the doubt is said
// at the column's header and first in the reconciliation, on the command line and in --json; a real criteria table with
// a maximum column beside a self-score column (the province's PAR INDEX self-assessment, «Điểm chuẩn | Điểm tự đánh
// giá» under «TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ…») says no such thing.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, tempDir, type Run } from './helpers.js';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'real', 'criteria-corpus');
const REPORT = join(CORPUS, 'chi-so-766-lam-dong-bao-cao-cac-chi-so.docx');
const SELF_ASSESSMENT = join(CORPUS, 'par-index-lam-dong-2025-tu-danh-gia.docx');

const WHY = 'bảng có cột «Thứ hạng» (ô E1), cột «Tỷ lệ» (ô C1) ghi tỷ lệ đã đạt («71,96%», «76,43%»…) và dòng ngay trên bảng ghi «đạt 88,72 điểm»';
const NOTICE = `Cột «Điểm số» (ô D1) có vẻ ghi điểm đã đạt, không phải điểm tối đa: ${WHY}. thidua đọc các số này làm điểm tối đa (tổng 88,72): mỗi đơn vị sẽ được chấm trên 88,72 điểm, mỗi tiêu chí tối đa bằng số ghi ở cột này. Nếu đây là bảng kết quả, hãy dùng bảng tiêu chí gốc có điểm tối đa.`;
const FIRST = `Cột D («Điểm số», ô D1) có vẻ ghi điểm đã đạt, không phải điểm tối đa: ${WHY}. thidua đọc các số ấy làm điểm tối đa, chấm trên tổng 88,72 điểm; nếu đây là bảng kết quả, hãy dùng bảng tiêu chí gốc có điểm tối đa (xem ghi chú ở ô D1).`;

type Imported = { reconciliation: { agrees: boolean; summary: string; figures: { agrees: boolean }[] }; notices: { cell?: string; message: string }[] };

let dir: string;
let text: Run;
let json: Run;
let guard: Run;

beforeAll(async () => {
  dir = await tempDir();
  [text, json, guard] = await Promise.all([
    runInProcess(['criteria', 'import', REPORT, '--out', 'ket-qua.json'], dir),
    runInProcess(['criteria', 'import', REPORT, '--out', 'ket-qua-json.json', '--json'], dir),
    runInProcess(['criteria', 'import', SELF_ASSESSMENT, '--out', 'par.json', '--json'], dir),
  ]);
}, 120_000);

describe('a points column of results read as the maximum is said, never under a plain ✔', () => {
  it('imports the table as its figures state (exit 0, 88,72 in all)', () => {
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Chấm trên tổng 88,72 điểm.');
  });

  it('says the doubt first, before the figures that agree, and no «đều khớp … ✔»', () => {
    const lines = text.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith(FIRST));
    expect(at, text.stdout).toBeGreaterThanOrEqual(0);
    expect(lines[at]).toBe(`${FIRST} Các số bảng ghi khớp với bộ tiêu chí thidua đọc được (tổng 88,72 điểm, 6 phần, 20 số điểm của mục), nhưng đó là các số của chính cột ấy cộng lại: khớp không cho biết chúng là điểm tối đa. Xem điều trên trước khi xác nhận.`);
    // Each sum still agrees, said line by line under the doubt.
    expect(lines[at + 1]).toBe('  Phần I «Công khai minh bạch» ghi 15,38 điểm (ô D2); thidua đọc được 15,38 ✔');
    expect(text.stdout).not.toContain('đều khớp');
  });

  it('says it at the column’s header among what was inferred', () => {
    expect(text.stdout).toContain(`  ô D1: ${NOTICE}\n`);
  });

  it('carries both in --json', () => {
    expect(json.code, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout) as Imported;
    expect(out.notices).toContainEqual({ cell: 'D1', message: NOTICE });
    expect(out.reconciliation.agrees).toBe(false);
    expect(out.reconciliation.summary.startsWith(FIRST)).toBe(true);
    expect(out.reconciliation.figures.every((f) => f.agrees)).toBe(true);
  });
});

// The report's other tables compare Lâm Đồng with Đắk Nông and Bình Thuận (PAR INDEX, SIPAS, PAPI, PCI): each province a
// group of columns under its name. They were left aside as holding money, for «Đồng» in the province's name; and,
// that corrected alone, the PCI table (Bảng 5, «Điểm số» under each province) was taken as the criteria table before
// table 6. Each is now left aside for what it is, the repeated column said at its cells, and table 6 is taken.
describe('the tables comparing provinces, left aside, are said for what they are', () => {
  const choice = () => text.stdout.split('\n').find((l) => l.startsWith('Dùng Bảng'))!;

  it('takes table 6, never the PCI table read by one province’s column', () => {
    expect(choice(), text.stdout).toMatch(/^Dùng Bảng 6 \(/);
  });

  it('never says a province’s name is money', () => {
    expect(text.stdout).not.toContain('số tiền');
    for (const t of [2, 3, 4]) expect(choice()).toContain(`Bảng ${t}: dòng tiêu đề ở dòng 1 thiếu cột «Điểm chuẩn» / «Điểm tối đa»;`);
  });

  it('says the points column repeated under each province, at its cells', () => {
    expect(choice()).toContain('Bảng 5: có cột như bảng tiêu chí nhưng không dùng được (ô C2: Cột «Điểm số» ghi lặp lại dưới 3 đầu cột «Lâm Đồng» (ô C1), «Đắk Nông» (ô E1), «Bình Thuận» (ô G1): bảng ghi điểm của từng đầu cột ấy cạnh nhau, không phải bảng tiêu chí có một cột điểm tối đa; thidua không chọn một trong các cột ấy làm điểm tối đa);');
  });
});

describe('a real criteria table with a maximum beside a self-score column', () => {
  it('says no such doubt (its «Điểm chuẩn» is read as the maximum, «Điểm tự đánh giá» left aside)', () => {
    expect(guard.code, guard.stderr).toBe(0);
    const out = JSON.parse(guard.stdout) as Imported;
    expect(out.notices.filter((n) => n.message.includes('điểm đã đạt'))).toEqual([]);
    expect(out.reconciliation.summary).not.toContain('điểm đã đạt');
  });
});
