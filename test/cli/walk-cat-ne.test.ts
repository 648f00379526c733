// The officer's year on the built-in Cát Nê set (cat-ne-2024, KH Cát Nê 2024), on the command line, to print: the set
// exported as the officer keeps it → the list of units → each unit's template filled by openpyxl for «Năm 2024», sent
// in December 2024 (UBND xã over the plan's 80% on CT4 and short of its 100% on CT10 while self-scoring it whole; the
// health station's CT5 self-scored whole at 90%; a civil servant's CT7 without its evidence; the second civil servant
// late, both at the full 40) → `score` → the council's decisions and vote typed in tong-hop.xlsx → `score` again →
// `close` → `papers` → every paper printed by LibreOffice and read back. Every figure the papers print is held to
// tong-hop.xlsx, and the plan's own words to the plan.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Typed } from '../helpers/fill-by-openpyxl.js';
import { openXlsx } from './helpers.js';
import { builtinYear, councilFigures, papersAgree, type PrintedYear } from './walk.js';

const UNITS = [
  ['ubnd-xa', 'UBND xã Cát Nê', 'UBND xã'],
  ['truong-mam-non', 'Trường Mầm non Cát Nê', 'Trường học'],
  ['tram-y-te', 'Trạm y tế xã Cát Nê', 'Trạm y tế'],
  ['do-thi-huong', 'Đỗ Thị Hương', 'Cá nhân'],
  ['ha-van-duc', 'Hà Văn Đức', 'Cá nhân'],
] as const;
const ev = (code: string) => `Báo cáo số 30/BC-UBND ngày 05/12/2024 (${code})`;
const r = (n: number, d: number, code: string, self: number, e = true) => ({ 'Tử số': n, 'Mẫu số': d, 'Điểm tự chấm': self, ...(e && { 'Minh chứng': ev(code) }) });
const yes = (code: string, self = 10) => ({ 'Kết quả': 'Có', 'Điểm tự chấm': self, 'Minh chứng': ev(code) });
const nd = (v: number, code: string) => ({ 'Điểm tự chấm': v, 'Minh chứng': ev(code) });
const TYPED: Record<string, Record<string, Typed>> = {
  'ubnd-xa': {
    CT1: yes('CT1'), CT2: r(420, 420, 'CT2', 10), CT3: r(350, 350, 'CT3', 10), CT4: r(870, 1000, 'CT4', 10), CT5: r(1200, 1200, 'CT5', 10), CT6: r(48, 48, 'CT6', 10),
    CT7: r(25, 25, 'CT7', 10), CT8: yes('CT8'), CT9: yes('CT9'), CT10: r(990, 1000, 'CT10', 10),
    ND1: nd(5, 'ND1'), ND2: nd(5, 'ND2'), ND3: nd(4, 'ND3'), ND4: nd(5, 'ND4'), ND5: nd(4, 'ND5'), ND6: nd(5, 'ND6'),
  },
  'truong-mam-non': {
    CT1: yes('CT1'), CT2: r(80, 80, 'CT2', 10), CT5: r(150, 150, 'CT5', 10), CT6: r(12, 12, 'CT6', 10), CT7: r(18, 18, 'CT7', 10), CT8: yes('CT8'),
    ND1: nd(5, 'ND1'), ND2: nd(4, 'ND2'), ND3: nd(5, 'ND3'), ND4: nd(4, 'ND4'), ND5: nd(4, 'ND5'), ND6: nd(5, 'ND6'),
  },
  'tram-y-te': {
    CT1: yes('CT1'), CT2: r(60, 60, 'CT2', 10), CT5: r(90, 100, 'CT5', 10), CT6: r(10, 10, 'CT6', 10), CT7: r(9, 9, 'CT7', 10), CT8: yes('CT8'),
    ND1: nd(4, 'ND1'), ND2: nd(4, 'ND2'), ND3: nd(4, 'ND3'), ND4: nd(4, 'ND4'), ND5: nd(4, 'ND5'), ND6: nd(4, 'ND6'),
  },
  'do-thi-huong': { CT2: r(30, 30, 'CT2', 10), CT5: r(40, 40, 'CT5', 10), CT7: r(1, 1, 'CT7', 10, false), CT8: yes('CT8') },
  'ha-van-duc': { CT2: r(20, 20, 'CT2', 10), CT5: r(35, 35, 'CT5', 10), CT7: r(1, 1, 'CT7', 10), CT8: yes('CT8') },
};

let y: PrintedYear;
beforeAll(async () => {
  y = await builtinYear('cat-ne-2024', UNITS, (file) => TYPED[file]!, 'tram-y-te', 'Hội trường UBND xã Cát Nê', { period: 'Năm 2024', sent: '2024-12-10', late: '2024-12-20' });
}, 600_000);

describe('the built-in Cát Nê set walked through the year to print', () => {
  papersAgree({
    year: () => y,
    subjects: { 'UBND xã Cát Nê': 'tập thể', 'Trường Mầm non Cát Nê': 'tập thể', 'Trạm y tế xã Cát Nê': 'tập thể', 'Đỗ Thị Hương': 'cá nhân', 'Hà Văn Đức': 'cá nhân' },
    communeForm: { label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', collective: 0.6, individual: 0.3 },
  });

  // I.2 «Phong trào thi đua “Chuyển đổi số năm 2024” được thực hiện từ nay đến hết ngày 31/12/2024»; the plan's copy
  // carries no number or day; signed «CHỦ TỊCH».
  it('reviews the plan’s year 2024, cites the plan by its title, says it carries no number, and has the chairman sign', () => {
    expect(y.words.get('bien-ban')).toContain('Hội đồng xem xét kết quả chấm điểm năm 2024 của 03 tập thể và 02 cá nhân');
    for (const paper of ['to-trinh', 'du-thao-quyet-dinh']) expect(y.words.get(paper), paper).toContain('Thực hiện Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2024 (UBND xã Cát Nê);');
    expect(y.words.get('du-thao-quyet-dinh')).toContain('Về việc khen thưởng phong trào thi đua chuyển đổi số năm 2024');
    expect(y.papers.stderr).toContain('Lưu ý: Bộ tiêu chí không ghi số và ngày của kế hoạch');
    expect(y.words.get('du-thao-quyet-dinh')).toContain('CHỦ TỊCH (Ký, ghi rõ họ tên)');
  });

  // V.2 «Công chức Văn phòng … tham mưu cho UBND để tiến hành tổng kết và biểu dương, khen thưởng đối với những tập thể,
  // cá nhân có thành tích xuất sắc»: the plan names no form. The commune chairman's Giấy khen the papers print is the
  // set's choice, said where the council reviews the list and before the papers are written.
  it('says the Giấy khen it prints is the software’s choice, the plan naming no form (V.2), on «Xét khen thưởng» and before the papers', async () => {
    expect(y.words.get('du-thao-quyet-dinh')).toContain('Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể và 02 cá nhân');
    expect(y.papers.stderr).toContain(
      'Lưu ý: Hình thức «Giấy khen của Chủ tịch UBND xã» trên giấy tờ không do kế hoạch nêu mà là mặc định của phần mềm: KH Cát Nê 2024 không nêu hình thức khen thưởng (mục V.2 chỉ giao tham mưu «biểu dương, khen thưởng»).',
    );
    const [award] = await (await openXlsx(join(y.dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Xét khen thưởng']);
    const reasons = award!.values.filter((r) => typeof r[0] === 'number').map((r) => String(r[4]));
    expect(reasons).toHaveLength(5);
    for (const reason of reasons) expect(reason).toContain('(Mặc định của phần mềm: KH Cát Nê 2024 không nêu hình thức khen thưởng');
  });

  // Two civil servants at the same 40/40 (100%): the one whose report came first ranks first (the set's tie-breaks end
  // with the earlier submission), on «Tổng hợp» and on every paper alike.
  it('ranks the two civil servants tied at 40/40 by the earlier report, as «Tổng hợp» does', async () => {
    const { ranked } = await councilFigures(y.dir);
    expect(ranked.filter((r) => r.kind.startsWith('Cá nhân')).map((r) => [r.rank, r.name, r.total, r.percent])).toEqual([[1, 'Đỗ Thị Hương', 40, 100], [2, 'Hà Văn Đức', 40, 100]]);
  });
});
