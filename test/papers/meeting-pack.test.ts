// The meeting pack end to end on the example commune, as the council uses it: the plan's Bằng khen quota typed as a
// share («tập thể: 30%» of the 13 collectives ranked = 3,9, rounded down to 3), every flag accepted, the vote by «Từ
// 2/3» of nine members — Đoàn Thanh niên and Bản Hua Ca 5 of 9 for the Bằng khen (failed), Bản Ta Ma 5 of 9 for the
// Giấy khen, the rest 6 of 9 —, scored again so the two failed have fallback rows for the Giấy khen: Bản Hua Ca's
// voted 9/8/6, Đoàn Thanh niên's «Không đề nghị». Closed and written by the command line, read back by mammoth;
// each figure held against «Biểu quyết» and the other papers.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from '../council/council-meeting.js';

const BANG_KHEN = 'Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
/** The plan's quota of the Bằng khen (the first form of «Tiêu chí»), typed as an officer types a share. */
const QUOTA = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Tiêu chí']
head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == 'Hình thức')
ws.cell(head + 1, 7).value = 'tập thể: 30%'
wb.save(sys.argv[1])
`;
/** A nominee's row of «Biểu quyết» (argv 2 unit, argv 3 form) typed: argv 4, {column: value}. */
const TYPE_ROW = `
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Biểu quyết']
for r in range(8, ws.max_row + 1):
    if ws.cell(r, 2).value == sys.argv[2] and ws.cell(r, 4).value == sys.argv[3]:
        for c, v in json.loads(sys.argv[4]).items(): ws.cell(r, int(c)).value = v
wb.save(sys.argv[1])
`;
/** The rows of a sheet (argv 2) of a workbook (argv 1), values only, as JSON. */
const ROWS = `
import openpyxl, sys, json
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([[c for c in r] for r in ws.iter_rows(values_only=True)], default=str))
`;
const py = (program: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', program, ...args], { encoding: 'utf8' });
const FAILED = ['Đoàn Thanh niên xã Ta Ma', 'Bản Hua Ca', 'Bản Ta Ma'];
const INDIVIDUALS = ['Lò Văn Minh (công chức Văn hóa - Xã hội)', 'Quàng Thị Lan (giáo viên Trường Tiểu học)'];
/** Why an individual has no place under the Bằng khen, whose plan gives places to collectives only. */
const NO_PLACE = 'Không đề xuất: kế hoạch chỉ nêu chỉ tiêu «tập thể: 30%» (KH Ta Ma 6/2023, mục IV.1, IV.3.1), không có chỉ tiêu cho cá nhân';

describe('the meeting pack: a quota share, «Từ 2/3», failed votes, a fallback voted and one declined', () => {
  const text = new Map<string, string>();
  let closing: Run;
  let scored: { proposals: { formLabel: string; unitName: string; proposed: boolean; eligible: boolean; reason: string }[] };
  const sheets = new Map<string, unknown[][]>();

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const thidua = (...args: string[]) => runInProcess(args, dir);
    const score = (...more: string[]) => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', ...more);
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    py(QUOTA, join(dir, 'tieu-chi.xlsx'));
    const first = await score('--json');
    expect(first.code).toBe(0);
    scored = JSON.parse(first.stdout) as typeof scored;
    await typeVotes(summary, (unit) => [9, 8, FAILED.includes(unit) ? 5 : 6], { B2: 'Từ 2/3' });
    expect((await score()).code).toBe(0);
    for (const name of ['Xét khen thưởng', 'Biểu quyết', 'Đề xuất khen thưởng']) sheets.set(name, JSON.parse(py(ROWS, summary, name)) as unknown[][]);
    py(TYPE_ROW, summary, 'Bản Hua Ca', GIAY_KHEN, JSON.stringify({ 5: 9, 6: 8, 7: 6 }));
    py(TYPE_ROW, summary, 'Đoàn Thanh niên xã Ta Ma', GIAY_KHEN, JSON.stringify({ 9: 'Không đề nghị' }));
    closing = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
    for (const name of ['bien-ban', 'to-trinh', 'du-thao-quyet-dinh', 'danh-sach-cong-khai', 'to-trinh-cap-tren']) {
      text.set(name, (await mammoth.extractRawText({ path: join(dir, 'ho-so', `${name}.docx`) })).value.replace(/\s+/g, ' '));
    }
  }, 300_000);

  it('closes with the fallback voted and the one declined', () => {
    expect(closing.code).toBe(0);
  });

  // The sheet says it lists every unit for every form: an individual the plan gives no place under the Bằng khen
  // (its quota is for collectives) is listed there with why — never proposed, eligible or voted on.
  it('«Xét khen thưởng» and --json list each individual under the Bằng khen, saying the plan gives individuals no place', () => {
    const bangKhen = sheets.get('Xét khen thưởng')!.filter((r) => r[1] === BANG_KHEN);
    expect(bangKhen).toHaveLength(15);
    for (const unit of INDIVIDUALS) {
      expect(bangKhen.filter((r) => r[2] === unit).map((r) => [r[3], r[4]])).toEqual([['Không', NO_PLACE]]);
      expect(scored.proposals.filter((p) => p.formLabel === BANG_KHEN && p.unitName === unit)).toEqual([
        expect.objectContaining({ proposed: false, eligible: false, reason: NO_PLACE }),
      ]);
    }
    expect(sheets.get('Biểu quyết')!.filter((r) => r[3] === BANG_KHEN && INDIVIDUALS.includes(r[1] as string))).toEqual([]);
    // The quota's share is still of the 13 collectives: 3 proposed.
    expect(bangKhen.filter((r) => r[3] === 'Có')).toHaveLength(3);
  });

  // The short list the council reads: the closest not proposed are those a place could go to; the two individuals the
  // plan gives no place under the Bằng khen are said once, not counted among the 13 «xa chỉ tiêu hơn» as before.
  it('«Đề xuất khen thưởng» says once who has no place under the Bằng khen, apart from those farther from its quota', () => {
    const rows = sheets.get('Đề xuất khen thưởng')!;
    const after = rows.slice(rows.findLastIndex((r) => typeof r[0] === 'number') + 1).map((r) => r[0]).filter((l) => l !== null);
    expect(after.join(' ')).toBe(
      `${BANG_KHEN}: không đề xuất ${INDIVIDUALS.join(', ')} — ${NO_PLACE.replace('Không đề xuất: ', '')}. ` +
        'Còn 11 lượt xét không đề xuất khác, xa chỉ tiêu hơn: danh sách đầy đủ ở trang «Xét khen thưởng».',
    );
  });

  it('the minutes give the quota with its working, each tally by «từ 2/3», and the lists the vote made', () => {
    const t = text.get('bien-ban')!;
    expect(t).toContain('điều kiện đạt: số phiếu đồng ý từ 2/3 tổng số thành viên Hội đồng');
    expect(t).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (chỉ tiêu 3 tập thể — 30% của 13 tập thể được chấm điểm, xếp hạng = 3,9, làm tròn xuống; kế hoạch không nêu cách làm tròn):');
    // 6 of 9 is two thirds exactly (6 × 3 ≥ 2 × 9): passes; 5 of 9 does not.
    expect(t.split('08/09 thành viên có mặt; 06/09 thành viên Hội đồng đồng ý (66,67%): đạt').length - 1).toBe(6);
    expect(t.split('08/09 thành viên có mặt; 05/09 thành viên Hội đồng đồng ý (55,56%): không đạt').length - 1).toBe(3);
    expect(t).toContain('- Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể: UBND xã Ta Ma;');
    expect(t).toContain('- Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể và 02 cá nhân: Bản Hua Ca; Ủy ban MTTQ Việt Nam xã Ta Ma; Công an xã Ta Ma; Lò Văn Minh (công chức Văn hóa - Xã hội); Quàng Thị Lan (giáo viên Trường Tiểu học);');
    expect(t).toContain('- Không đạt số phiếu đồng ý: Đoàn Thanh niên xã Ta Ma (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh); Bản Hua Ca (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh); Bản Ta Ma (Giấy khen của Chủ tịch Ủy ban nhân dân xã).');
    expect(t).toContain(`- Đoàn Thanh niên xã Ta Ma không được Hội đồng thông qua đề nghị ${BANG_KHEN}; đạt điều kiện ${GIAY_KHEN}, Hội đồng ghi không đề nghị ${GIAY_KHEN}: không có trong danh sách nào theo quyết định của Hội đồng.`);
  });

  // The table the secretary and chair sign lists every row of «Biểu quyết»: the fallback row the council declined too,
  // with its result in the words an ordinary row declined has — never in the conclusion alone.
  it('the minutes\u2019 vote table holds Đoàn Thanh niên\u2019s Giấy khen row, «Không đề nghị»', () => {
    const t = text.get('bien-ban')!;
    const tables = t.slice(t.indexOf('Kết quả biểu quyết từng trường hợp'), t.indexOf('Kết quả chấm điểm đã chốt được niêm phong'));
    const giayKhen = tables.slice(tables.indexOf('Giấy khen của Chủ tịch Ủy ban nhân dân xã'));
    const result = / Đoàn Thanh niên xã Ta Ma .*? (Hội đồng ghi không đề nghị|Chưa biểu quyết|\d\d\/\d\d thành viên có mặt)/.exec(giayKhen);
    expect(result?.[1]).toBe('Hội đồng ghi không đề nghị');
  });

  // The Bằng khen's rows are three collectives, the Giấy khen's collectives and people: each column headed as its rows are.
  it('the minutes\u2019 vote tables head their names «Tập thể» for the Bằng khen, «Tập thể / cá nhân» for the Giấy khen', () => {
    const t = text.get('bien-ban')!;
    const tables = t.slice(t.indexOf('Kết quả biểu quyết từng trường hợp'), t.indexOf('Kết quả chấm điểm đã chốt được niêm phong'));
    expect([...tables.matchAll(/: STT (.*?) Thành tích Kết quả biểu quyết/gu)].map((m) => m[1])).toEqual(['Tập thể', 'Tập thể / cá nhân']);
  });

  it('the minutes say who reaches the Giấy khen but is listed for the Bằng khen as the decision says it, with no word to the clerk', () => {
    const held = `01 tập thể đạt mức ${GIAY_KHEN} được đề nghị hình thức khác, không ghi trong danh sách ${GIAY_KHEN}: 01 tập thể ở danh sách Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.`;
    expect(text.get('du-thao-quyet-dinh')).toContain(held);
    expect(text.get('bien-ban')).toContain(`- ${held}`);
    for (const [name, t] of text) expect(t, name).not.toMatch(/Đồng thời tặng|trang «Tiêu chí»/);
  });

  it('the posting list carries the three in the quota; the proposal, the decision and the submission the vote\u2019s lists', () => {
    expect(text.get('danh-sach-cong-khai')).toContain('1. Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 03 tập thể');
    expect(text.get('to-trinh')).toContain('tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể và 02 cá nhân:');
    expect(text.get('to-trinh-cap-tren')).toContain('tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể');
    const decision = text.get('du-thao-quyet-dinh')!;
    expect(decision).toContain('DANH SÁCH 03 TẬP THỂ VÀ 02 CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ');
    // 0,6 × 2.530.000 = 1.518.000 → 1.520.000 a collective, 0,3 × 2.530.000 = 759.000 → 760.000 a person, rounded up to
    // ten thousand: 3 × 1.520.000 + 2 × 760.000 = 6.080.000.
    expect(decision).toContain('mỗi tập thể được thưởng 0,6 lần mức lương cơ sở (1.520.000 đồng); mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở (760.000 đồng)');
    expect(decision).toContain('Tổng số tiền thưởng 6.080.000 đồng');
    expect(decision).not.toContain('Đoàn Thanh niên xã Ta Ma |');
  });
});
