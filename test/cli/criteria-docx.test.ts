// A scoring appendix issued as a Word document, on the command line: `criteria import` takes the table that is a
// criteria table (naming it), import → export → import gives the same set, `score --criteria <.docx>` scores a unit's
// filled copy (pasted into .xlsx by LibreOffice), and so does a run without --criteria. A document without a criteria
// table is a file that cannot be used (exit 1), naming each table and why.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { DEPARTMENT, docxByLibrary, TARGETS, unitCopy, xlsxByLibreOffice } from '../criteria/fixtures/office-tables.js';
import { hashes, runInProcess, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'ke-hoach.docx'), await docxByLibrary([TARGETS, DEPARTMENT]));
  await writeFile(join(dir, 'chi-tieu.docx'), await docxByLibrary([TARGETS]));
  await writeFile(join(dir, 'cong-van.docx'), await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kính gửi: UBND các xã')] }] })));
  await writeFile(join(dir, 'hong.docx'), 'không phải văn bản Word');
  await mkdir(join(dir, 'don-vi'));
  // The unit marked level C1.2 (4 of 5), a half-point deduction, and the bonus.
  const scores = { a1: '12', 'a1.1': '-0,5', a2: '8', 'b1.': '3', 'b2.': '16,5', 'C1.2': '4', C2: '50', '1': '2' };
  await xlsxByLibreOffice([unitCopy(DEPARTMENT, { name: 'UBND xã Tà Ma', kind: 'UBND xã' }, scores)], join(dir, 'don-vi'), 'ta-ma');
});

const readSet = async (name: string) => CriteriaSet.parse(JSON.parse(await readFile(join(dir, name), 'utf8')));

describe('thidua criteria import <.docx>', () => {
  it('takes the scoring table, names it and the table it left aside, and writes the set', async () => {
    const before = await hashes(dir);
    const run = await runInProcess(['criteria', 'import', 'ke-hoach.docx', '--out', 'bo.json'], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Dùng Bảng 2 («PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025») của tệp ke-hoach.docx làm bảng tiêu chí; bỏ qua Bảng 1: dòng tiêu đề ở dòng 1 thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa».',
    );
    expect(lines[1]).toMatch(/^Đã nhập bộ tiêu chí phu-luc-bang-cham-diem-thi-dua-chuyen-doi-so-nam-2025@1 .*\(7 tiêu chí, 3 nhóm\)/);
    // The figures the table states come first (its «Tổng cộng» twice, parts I, II and C, its items), then what was
    // understood before it is used: the tree, then the total the set will score against.
    expect(lines[2]).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 3 phần, 13 số điểm của mục).');
    expect(lines[3]).toBe('Bảng đã hiểu như sau (sửa trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu chưa đúng):');
    expect(lines).toContain('  Chấm trên tổng 100 điểm (điểm thưởng cộng thêm tối đa 2; điểm trừ tối đa 0,5).');
    const set = await readSet('bo.json');
    // a1.1 («Trừ 0,5» under a1) is a1's own deduction line, typed by the unit on its own row.
    expect(set.criteria.map((c) => `${c.code}:${c.rule.kind}`)).toEqual(['a1:manual', 'a2:manual', 'b1:manual', 'b2:manual', 'C1:tiers', 'C2:manual', '1:bonus']);
    expect(set.criteria[0]!.own).toEqual({ lines: [{ code: 'a1.1', title: expect.any(String), kind: 'deduction', maxPoints: 0.5 }] });
    const after = await hashes(dir);
    expect(after['ke-hoach.docx']).toBe(before['ke-hoach.docx']);
  });

  it('gives back the same set after export to a criteria sheet and import again', async () => {
    expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code).toBe(0);
    const again = await runInProcess(['criteria', 'import', 'bo.xlsx', '--out', 'lai.json'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Trang có đủ các mục, không phải bổ sung gì.');
    expect(await readSet('lai.json')).toEqual(await readSet('bo.json'));
  });

  it('refuses a document without a criteria table with exit 1, naming each table and why', async () => {
    const run = await runInProcess(['criteria', 'import', 'chi-tieu.docx', '--out', 'x.json'], dir);
    expect([run.code, run.stderr]).toEqual([
      1,
      'Tệp chi-tieu.docx không có bảng tiêu chí (bảng có cột «STT», «Nội dung», «Điểm chuẩn»…). Các bảng trong văn bản:\n' +
        '  Bảng 1 («Chỉ tiêu chủ yếu năm 2025»): dòng tiêu đề ở dòng 1 thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»\n',
    ]);
    const none = await runInProcess(['criteria', 'import', 'cong-van.docx', '--out', 'x.json'], dir);
    expect([none.code, none.stderr]).toEqual([1, 'Tệp cong-van.docx không có bảng tiêu chí (bảng có cột «STT», «Nội dung», «Điểm chuẩn»…). Các bảng trong văn bản:\n  văn bản không có bảng nào\n']);
    const broken = await runInProcess(['criteria', 'import', 'hong.docx', '--out', 'x.json'], dir);
    expect([broken.code, broken.stderr]).toEqual([1, 'Tệp hong.docx không phải văn bản Word .docx đọc được (hoặc đã bị hỏng); tệp .doc cũ hãy mở trong Word và lưu lại dạng .docx.\n']);
    const usage = await runInProcess(['criteria', 'import', 'bo.json', '--out', 'x.json'], dir);
    expect(usage.code).toBe(2);
    await expect(readFile(join(dir, 'x.json'))).rejects.toThrow();
  });
});

describe('a unit’s filled copy of the table', () => {
  const expected = { base: 93.5, bonus: 2, deduction: 0.5, total: 95, applicableMax: 100, selfTotal: 95 };
  const card = (stdout: string) => {
    const c = JSON.parse(stdout).cards[0];
    return { name: c.unitName, ...Object.fromEntries(Object.keys(expected).map((k) => [k, c[k]])), flags: c.flags.map((f: { code: string }) => f.code) };
  };

  it('is scored against the Word document: its level, deduction and bonus from its self-scores', async () => {
    const run = await runInProcess(['score', 'don-vi', '--criteria', 'ke-hoach.docx', '--out', 'kq', '--json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Dùng Bảng 2 («PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025») của tệp ke-hoach.docx làm bảng tiêu chí');
    expect(card(run.stdout)).toEqual({ name: 'UBND xã Tà Ma', ...expected, flags: [] });
    const scores = JSON.parse(run.stdout).cards[0].criteria.map((c: { code: string; points: number; row: number }) => [c.code, c.points, c.row]);
    // C1 is scored from row 20, the level C1.2 the unit marked, under C1 (row 18) and C1.1; a1's deduction line a1.1 from its own row.
    expect(scores).toContainEqual(['C1', 4, 20]);
    const a1 = JSON.parse(run.stdout).cards[0].criteria.find((c: { code: string }) => c.code === 'a1');
    expect(a1.own).toMatchObject({ deduction: 0.5, lines: [{ code: 'a1.1', kind: 'deduction', points: 0.5, row: 10 }] });
  });

  it('is scored on its own, without --criteria, the same way', async () => {
    const run = await runInProcess(['score', 'don-vi', '--out', 'kq-rieng', '--json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Không có --criteria: dùng bảng tiêu chí của Trang «Sheet1» của tệp don-vi/ta-ma.xlsx (7 tiêu chí)');
    expect(card(run.stdout)).toEqual({ name: 'UBND xã Tà Ma', ...expected, flags: [] });
  });
});
