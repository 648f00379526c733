// thidua criteria import: an officer's own criteria sheet (here the table of docs/dinh-dang-tep.md alone, saved by LibreOffice)
// becomes a set, with every inference printed; export writes the full sheet back, and that sheet imports to
// the same set with nothing left to infer. Scoring with the plain sheet says its inferences on stderr.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { LINES, writeScoringSheet, type Line } from '../criteria/fixtures/scoring-sheet.js';
import { hashes, runInProcess, tempDir, writeReportWorkbook } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'criteria', 'fixtures');
const WHERE = 'Trang «plain-table» của tệp tieu-chi.xlsx';

let dir: string;
let before: Record<string, string>;
beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(FIXTURES, 'plain-table.xlsx'), join(dir, 'tieu-chi.xlsx'));
  await copyFile(join(FIXTURES, 'plain-table-errors.xlsx'), join(dir, 'co-loi.xlsx'));
  before = await hashes(dir);
});

const readJson = async (name: string) => CriteriaSet.parse(JSON.parse(await readFile(join(dir, name), 'utf8')));

describe('thidua criteria import', () => {
  let run: Awaited<ReturnType<typeof runInProcess>>;
  beforeAll(async () => {
    run = await runInProcess(['criteria', 'import', 'tieu-chi.xlsx', '--out', 'bo.json'], dir);
  });

  it('writes the inferred set and prints what it inferred, each with its cell', async () => {
    expect(run.code).toBe(0);
    const set = await readJson('bo.json');
    expect([set.id, set.version, set.criteria.length, set.groups.map((g) => g.title)]).toEqual([
      'bang-tieu-chi-thi-dua-chuyen-doi-so-xa-na-pen-nam-2025', '1', 6, ['CQS', 'Xã hội số', 'TCCN'],
    ]);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `Đã nhập bộ tiêu chí bang-tieu-chi-thi-dua-chuyen-doi-so-xa-na-pen-nam-2025@1 «BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025» (6 tiêu chí, 3 nhóm) từ ${WHERE}: bo.json`,
    );
    // The figures the table states first (here its items' maxima only), then what was understood, before the notices:
    // groups with their maxima, items with their way of scoring, the total.
    expect(lines[1]).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (6 số điểm của mục).');
    expect(lines.slice(2, 13)).toEqual([
      'Bảng đã hiểu như sau (sửa trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu chưa đúng):',
      '  CQS. CQS — 30 điểm',
      '    CQS1  Văn bản điện tử trao đổi trên môi trường mạng — tối đa 10 điểm, theo tỷ lệ',
      '    CQS2  Họp giao ban chuyển đổi số trong năm — tối đa 20 điểm, chọn mức: 20 / 15 / 10 / 5',
      '    CQS9  Sự cố mất an toàn thông tin do chủ quan — trừ 4 điểm mỗi lần, tối đa 8 [điểm trừ]',
      '  XHS. Xã hội số — 20 điểm',
      '    XHS1  Có Tổ công nghệ số cộng đồng hoạt động — tối đa 5 điểm, có/không',
      '    XHS2  Hộ có tài khoản thanh toán điện tử — tối đa 15 điểm, theo tỷ lệ',
      '  TCCN. TCCN — 40 điểm',
      '    CN1  Sáng kiến chuyển đổi số được công nhận — 20 điểm mỗi sáng kiến, tối đa 40',
      '  Chấm trên tổng 90 điểm (điểm trừ tối đa 8).',
    ]);
    expect(lines[13]).toBe(`${WHERE}: đã tự bổ sung (không phải lỗi, sửa trên trang nếu cần):`);
    expect(lines.slice(14)).toEqual([
      '  Chưa có «Mã bộ tiêu chí»: dùng «bang-tieu-chi-thi-dua-chuyen-doi-so-xa-na-pen-nam-2025» (tạo từ tên bộ tiêu chí).',
      '  Chưa có «Phiên bản»: dùng «1».',
      '  Chưa có mục «XẾP LOẠI»: dùng mặc định Xuất sắc ≥ 90%, Tốt ≥ 80%, Đạt ≥ 60%, Chưa đạt dưới 60%.',
      '  Chưa có mục «HÌNH THỨC KHEN THƯỞNG»: dùng mặc định Giấy khen của Chủ tịch UBND xã, từ xếp loại Tốt, không có chỉ tiêu số lượng (Hội đồng quyết định).',
      '  ô A1: Chưa có «Tên bộ tiêu chí»: dùng «BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025» (lấy từ dòng tiêu đề ô A1).',
      '  ô A1: Chưa có «Từ ngày», «Đến ngày»: dùng cả năm 2025 (01/01/2025 – 31/12/2025), theo «BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025».',
      '  ô A3: Chưa có mục «NHÓM TIÊU CHÍ»: nhóm lấy từ cột «Nhóm»: CQS (30 điểm); Xã hội số (20 điểm); TCCN (40 điểm); điểm tối đa của nhóm là tổng điểm các tiêu chí trong nhóm.',
      '  ô A3: Chưa có mục «LOẠI ĐỐI TƯỢNG»: nhận các loại đơn vị thường gặp (UBND xã, Cơ quan, Đoàn thể, Thôn, Trường học, Trạm y tế xã, Doanh nghiệp, Cá nhân, Hộ gia đình); tiêu chí để trống «Áp dụng cho» áp dụng cho mọi đơn vị.',
    ]);
    expect(run.stderr).toBe('');
  });

  it('round trip: export writes the full sheet, which imports to the same set with nothing inferred', async () => {
    const exported = await runInProcess(['criteria', 'export', 'bo.json', '--out', 'day-du.xlsx'], dir);
    expect(exported.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'day-du.xlsx'));
    const column = wb.getWorksheet('Tiêu chí')!.getColumn(1).values.filter((v) => typeof v === 'string');
    for (const section of ['NHÓM TIÊU CHÍ', 'LOẠI ĐỐI TƯỢNG', 'DANH SÁCH TIÊU CHÍ', 'XẾP LOẠI', 'HÌNH THỨC KHEN THƯỞNG', 'THỨ TỰ ƯU TIÊN KHI BẰNG ĐIỂM']) {
      expect(column).toContain(section);
    }
    const again = await runInProcess(['criteria', 'import', 'day-du.xlsx', '--out', 'lai.json'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Trang có đủ các mục, không phải bổ sung gì.');
    expect(await readJson('lai.json')).toEqual(await readJson('bo.json'));
  });

  it('reads the sheet --sheet names, and lists the sheets when there is none by that name', async () => {
    const named = await runInProcess(['criteria', 'import', 'tieu-chi.xlsx', '--sheet', 'PLAIN-TABLE', '--out', 'theo-ten.json'], dir);
    expect(named.code).toBe(0);
    expect(await readJson('theo-ten.json')).toEqual(await readJson('bo.json'));
    const missing = await runInProcess(['criteria', 'import', 'tieu-chi.xlsx', '--sheet', 'Tiêu chí', '--out', 'x.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Tệp tieu-chi.xlsx không có trang «Tiêu chí»; các trang: «plain-table».');
  });

  it('refuses a sheet with errors, each with its cell, and writes nothing', async () => {
    const bad = await runInProcess(['criteria', 'import', 'co-loi.xlsx', '--out', 'loi.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Trang «plain-table-errors» của tệp co-loi.xlsx có lỗi:\n  ô G4: Không hiểu cách tính «Theo tỷ lệ hoàn thành»');
    await expect(readFile(join(dir, 'loi.json'))).rejects.toThrow();
  });

  it('refuses to overwrite without --force', async () => {
    const again = await runInProcess(['criteria', 'import', 'tieu-chi.xlsx', '--out', 'bo.json'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Tệp bo.json đã có; thêm --force để ghi đè.');
  });
});

describe('the plain sheet used directly', () => {
  it('criteria show and score --criteria say the inferences on stderr', async () => {
    const show = await runInProcess(['criteria', 'show', 'tieu-chi.xlsx'], dir);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Xếp loại: Xuất sắc ≥ 90%; Tốt ≥ 80%; Đạt ≥ 60%; Chưa đạt ≥ 0%');
    expect(show.stderr).toContain(`${WHERE}: đã tự bổ sung (không phải lỗi, sửa trên trang nếu cần):`);
    expect(show.stderr).toContain('\n  Chưa có «Phiên bản»: dùng «1».');

    await mkdir(join(dir, 'bao-cao'));
    await writeReportWorkbook(join(dir, 'bao-cao', 'thon-na-pen.xlsx'), [{
      sheet: 'Báo cáo', name: 'Thôn Nà Pen', kind: 'Thôn', submitted: null, setRef: 'bang-tieu-chi-thi-dua-chuyen-doi-so-xa-na-pen-nam-2025@1',
      lines: [['CQS2', 3, null, null, null, 15], ['XHS1', 'Có', null, null, null, 5], ['XHS2', null, 60, 100, null, 15], ['CQS9', 1, null, null, null, null]],
    }]);
    const scored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'ket-qua', '--json'], dir);
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain('  ô A3: Chưa có mục «NHÓM TIÊU CHÍ»');
    const card = JSON.parse(scored.stdout).cards[0];
    expect([card.unitName, card.total, card.applicableMax, card.classification.label]).toEqual(['Thôn Nà Pen', 31, 40, 'Đạt']);
  });
});

it('leaves the criteria sheets it read byte-identical', async () => {
  const now = await hashes(dir);
  expect(now['tieu-chi.xlsx']).toBe(before['tieu-chi.xlsx']);
  expect(now['co-loi.xlsx']).toBe(before['co-loi.xlsx']);
});

describe('thidua score without --criteria, on units’ all-in-one scoring sheets', () => {
  it('scores each unit with the first sheet’s own criteria, flagging the unit that changed the form', async () => {
    const units = join(dir, 'cham-diem');
    await mkdir(units);
    await writeScoringSheet(join(units, '1-thon-na-pen.xlsx'));
    const changed = LINES.map((l): Line => (l[0] === '2' ? ['2', l[1], 20, 18, null, l[5]] : l));
    await writeScoringSheet(join(units, '2-thon-na-sang.xlsx'), { unit: 'Thôn Nà Sáng', lines: changed });
    const inputs = await hashes(units);
    const run = await runInProcess(['score', 'cham-diem', '--out', 'ket-qua-gop', '--json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Không có --criteria: dùng bảng tiêu chí của Trang «Chấm điểm» của tệp cham-diem/1-thon-na-pen.xlsx (6 tiêu chí); tệp khác mẫu này thì có cảnh báo.');
    expect(run.stderr).toContain('  ô C14: Mục 3 ghi 25 điểm, nhưng các mục con 3.a, 3.b cộng được 20: dùng điểm của từng mục con.');
    const out = JSON.parse(run.stdout);
    expect(out.criteriaSet.title).toBe('BẢNG TỰ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025');
    const cards = Object.fromEntries(out.cards.map((c: { unitName: string }) => [c.unitName, c]));
    expect([cards['Thôn Nà Pen'].total, cards['Thôn Nà Pen'].applicableMax]).toEqual([79, 95]);
    expect([cards['Thôn Nà Sáng'].total, cards['Thôn Nà Sáng'].applicableMax]).toEqual([79, 95]); // «2» capped at the form's 15
    expect(cards['Thôn Nà Sáng'].flags.map((f: { code: string; cell?: string }) => `${f.code} ${f.cell}`)).toEqual(
      expect.arrayContaining(['max-points-changed C12', 'self-score-over-max D12']),
    );
    expect(cards['Thôn Nà Pen'].flags.map((f: { code: string }) => f.code)).not.toContain('max-points-changed');
    expect(await hashes(units)).toEqual(inputs);
  });

  it('still asks for --criteria when no input carries its own maxima', async () => {
    const run = await runInProcess(['score', 'bao-cao', '--out', 'ket-qua-khong'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Thiếu --criteria (bộ tiêu chí), và không tệp nào có bảng chấm điểm mang điểm tối đa của mình');
  });
});

describe('a workbook with a criteria table on more than one sheet', () => {
  // A district's digital-transformation template (nguyenthang13dev/ON-DRL, «Bo chi tieu chuyen doi so.xlsx»): part 1 on
  // «Thể chế số» (90), part 5 on «Hoạt động chính quyền số» (540). Imported, the first sheet was the set with every
  // figure said to agree, the second dropped without a word.
  it('names the other sheets holding criteria where the set is taken, each with what it holds, and not when --sheet chose one', async () => {
    const book = new ExcelJS.Workbook();
    const part = (name: string, n: string, total: number, items: [string, number][]) => {
      const ws = book.addWorksheet(name);
      ws.addRows([['STT', 'Tiêu chí', 'Điểm tối đa'], [n, name, total], ...items.map(([title, points], k) => [`${n}.${k + 1}`, title, points])]);
    };
    part('Thể chế số', '1', 90, [['Ban hành kế hoạch chuyển đổi số', 20], ['Bố trí kinh phí', 20], ['Quy chế quản lý', 20], ['Kiểm tra, đánh giá', 30]]);
    part('Hoạt động chính quyền số', '5', 50, [['Gửi nhận văn bản điện tử', 30], ['Dịch vụ công trực tuyến', 20]]);
    await book.xlsx.writeFile(join(dir, 'hai-trang.xlsx'));
    const both = await runInProcess(['criteria', 'import', 'hai-trang.xlsx', '--out', 'hai-trang.json'], dir);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('Dùng trang «Thể chế số» của tệp hai-trang.xlsx làm bảng tiêu chí; trang «Hoạt động chính quyền số» cũng có bảng tiêu chí nhưng không vào bộ này');
    // Each sheet with what it holds, in the words the page and the pane list them to choose from.
    expect(both.stdout).toContain('Các trang có bảng tiêu chí — trang «Thể chế số»: 4 tiêu chí, tổng 90 điểm; trang «Hoạt động chính quyền số»: 2 tiêu chí, tổng 50 điểm. Nhập riêng một trang khác: --sheet «tên trang».');
    const one = await runInProcess(['criteria', 'import', 'hai-trang.xlsx', '--sheet', 'Hoạt động chính quyền số', '--out', 'trang-5.json'], dir);
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('cũng có bảng tiêu chí');
    expect((await readJson('trang-5.json')).criteria.map((c) => c.maxPoints)).toEqual([30, 20]);
  });

  // Parts named «… (20 điểm)» keep their words on the «Tiêu chí» sheet import writes; the officer then raises group I
  // to 25 (and item I.1 to 15) there. Until 2026-11-30 read back as 25 under «Các số bảng ghi đều khớp ✔», the name
  // still saying 20 with nothing said.
  it('says a group\'s name writing other points than its maximum, at the name and first, keeping the name as typed', async () => {
    const office = new ExcelJS.Workbook();
    office.addWorksheet('Bang diem').addRows([
      ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025'],
      ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
      ['I', 'Cải cách hành chính (20 điểm)', 20], ['1', 'Công khai thủ tục hành chính', 10], ['2', 'Giải quyết hồ sơ đúng hạn', 10],
      ['II', 'Chuyển đổi số (80 điểm)', 80], ['1', 'Tỷ lệ hồ sơ trực tuyến', 40], ['2', 'Ký số văn bản đi', 40],
      [null, 'Tổng cộng', 100],
    ]);
    await office.xlsx.writeFile(join(dir, 'ten-co-diem.xlsx'));
    expect((await runInProcess(['criteria', 'import', 'ten-co-diem.xlsx', '--out', 'ten-co-diem-bo.xlsx'], dir)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'ten-co-diem-bo.xlsx'));
    const ws = book.getWorksheet('Tiêu chí')!;
    let [group, item] = [0, 0];
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'I' && row.getCell(2).value === 'Cải cách hành chính (20 điểm)') group = r;
      if (row.getCell(1).value === 'I.1') item = r;
    });
    ws.getCell(`C${group}`).value = 25;
    ws.getCell(`F${item}`).value = 15;
    await book.xlsx.writeFile(join(dir, 'ten-co-diem-sua.xlsx'));
    const again = await runInProcess(['criteria', 'import', 'ten-co-diem-sua.xlsx', '--out', 'ten-co-diem-sua.json', '--json'], dir);
    expect(again.code).toBe(0);
    const said = JSON.parse(again.stdout) as { notices: { cell?: string; message: string }[]; reconciliation: { agrees: boolean; summary: string } };
    expect((await readJson('ten-co-diem-sua.json')).groups.map((g) => [g.id, g.title, g.maxPoints])).toEqual([['I', 'Cải cách hành chính (20 điểm)', 25], ['II', 'Chuyển đổi số (80 điểm)', 80]]);
    expect(said.notices.filter((n) => n.message.startsWith('Nhóm ')).map((n) => [n.cell, n.message])).toEqual([[`B${group}`, `Nhóm I: tên nhóm ghi 20 điểm («Cải cách hành chính (20 điểm)») nhưng ô C${group} («Điểm tối đa») ghi 25: thidua chấm nhóm I tối đa 25 điểm, theo ô C${group}; tên nhóm giữ như đã gõ. Nếu 20 mới đúng, sửa ô C${group}; nếu 25 đúng, sửa số trong tên nhóm ở ô B${group}.`]]);
    expect(said.reconciliation.agrees).toBe(false);
    expect(said.reconciliation.summary).toMatch(new RegExp(`^Tên nhóm I ghi 20 điểm \\(ô B${group}\\) nhưng «Điểm tối đa» của nhóm ghi 25 \\(ô C${group}\\): thidua chấm theo 25`));
    // The sheet's items are said as items, as an office table's are: until 2026-11-30 «Phần I.1 «…» ghi 15 điểm (ô F39) ✔»,
    // each item listed as a part under the summary «(4 phần)».
    const plain = await runInProcess(['criteria', 'import', 'ten-co-diem-sua.xlsx', '--out', 'ten-co-diem-sua-2.json'], dir);
    expect(plain.stdout).toContain('Các số khác bảng ghi khớp với bộ tiêu chí thidua đọc được (4 số điểm của mục), nhưng bảng chưa được coi là khớp hết');
    expect(plain.stdout).not.toMatch(/Phần I+\.\d/);
    expect(JSON.parse(again.stdout).reconciliation.figures.map((f: { text: string }) => f.text)[0]).toBe(`Mục I.1 ghi 15 điểm (ô F${item}); thidua đọc được 15 ✔`);
  });
});
