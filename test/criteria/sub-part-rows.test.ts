// Sub-parts written as a row with their points and no number (core/criteria/sheet/sub-part-rows.ts), on the real table
// that shows them: the district DTI workbook's second sheet, part 5 «Hoạt động chính quyền số» = 540 in nine sub-parts.
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { subPartRows, type WrittenRow } from '../../core/criteria/sheet/sub-part-rows.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';

/** The sheet's rows as typed (number, points), its rates' data rows «a», «b» without points, from row 3 on. */
const PART_5: WrittenRow[] = (
  [
    ['5', 540], ['', 50], ['5.1', 20], ['a'], ['b'], ['5.2', 30], ['a'], ['b'],
    ['', 170], ['5.3', 10], ['5.4', 20], ['a'], ['b'], ['5.5', 20], ['5.6', 10], ['5.7', 10], ['5.8', 30], ['5.9', 10], ['5.10', 10], ['5.11', 10], ['5.12', 10], ['5.13', 20], ['5.14', 10],
    ['', 90], ['5.15'], ['5.15.1', 5], ['5.15.2', 5], ['5.15.3', 5], ['5.15.4', 5], ['5.15.5', 5], ['5.15.6', 5], ['5.15.7', 5], ['5.15.8', 5], ['5.16', 10], ['5.17', 10], ['5.18', 10], ['5.19', 20],
    ['', 50], ['5.20', 50], ['', 40], ['5.21', 40], ['', 30], ['5.22', 10], ['5.23', 20], ['', 40], ['5.24', 10], ['5.25', 10], ['5.26', 20], ['', 30], ['5.27', 10], ['5.28', 10], ['5.29', 10], ['', 40], ['5.30', 40],
  ] as [string, number?][]
).map(([code, value]) => ({ code, value, plain: true }));

describe('sub-parts written with their points and no number', () => {
  it('are found where every such row heads numbered items adding up to it, the part over them the whole table', () => {
    const found = subPartRows(PART_5)!;
    expect(found.heads.map((i) => PART_5[i]!.value)).toEqual([50, 170, 90, 50, 40, 30, 40, 30, 40]);
    expect(found.whole).toBe(0);
  });

  it('are not found where one such row heads no run adding up to it and the part over them no longer adds up, or two do not: an item its number was left off, a level', () => {
    // «Thư điện tử» written 35 over 5.22 10 + 5.23 20: part 5's 540 is no longer what they add up to (545), no reading
    // adds up, the rows are left to the tree as before.
    const at = (value: number, k = 0) => PART_5.flatMap((y, i) => (y.value === value && y.code === '' ? [i] : []))[k];
    const off = PART_5.map((x, i) => (i === at(30) ? { ...x, value: 35 } : x));
    expect(subPartRows(off)).toBeUndefined();
    // Two such rows off, «Thư điện tử» 35 and «Hệ thống truyền thanh» 35, with no part over them: not read so either.
    const twoOff = PART_5.slice(1).map((x, i) => (i + 1 === at(30) || i + 1 === at(30, 1) ? { ...x, value: 35 } : x));
    expect(subPartRows(twoOff)).toBeUndefined();
    // One such row only (a total over its items is read elsewhere), or a dashed row with points among them.
    expect(subPartRows([{ code: '', value: 50, plain: true }, { code: '1', value: 20, plain: true }, { code: '2', value: 30, plain: true }])).toBeUndefined();
    expect(subPartRows([...PART_5.slice(0, 8), { code: '', value: 5, plain: false }, ...PART_5.slice(8)])).toBeUndefined();
  });
});

describe('sub-parts one of whose figures its items do not add up to', () => {
  it('are found when every other such row heads items adding up to it and no part over them is written: that figure said by the reconciliation', () => {
    // The same sub-parts without part 5's row, «Thư điện tử» written 35 over 30 (a sum over a short range, a figure
    // changed): the eight others add up exactly, so the nine are sub-parts and the 35 a group's maximum against 30.
    const oneOff = PART_5.slice(1).map((x) => (x.code === '' && x.value === 30 && x === PART_5.slice(1).find((y) => y.code === '' && y.value === 30) ? { ...x, value: 35 } : x));
    expect(subPartRows(oneOff)!.heads.map((i) => oneOff[i]!.value)).toEqual([50, 170, 90, 50, 40, 35, 40, 30, 40]);
  });
});

describe('the district DTI part 5 imported as an officer imports it (criteria import --sheet)', () => {
  let read: Awaited<ReturnType<typeof readCriteriaFile>>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-sub-parts-'));
    const file = join(dir, 'bo-chi-tieu.xlsx');
    await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), file);
    read = await readCriteriaFile(file, dir, 'Hoạt động chính quyền số');
  });

  it('reads the nine sub-parts as the groups, on the 540 the part writes', () => {
    expect(read.set.groups.map((g) => [g.title, g.maxPoints])).toEqual([
      ['Gửi nhận văn bản điện tử', 50], ['Dịch vụ công trực tuyến', 170], ['Cổng/trang thông tin điện tử', 90], ['Hệ thống hội nghị trực tuyến', 50],
      ['Hệ thống thông tin báo cáo của tỉnh', 40], ['Thư điện tử', 30], ['Ứng dụng các phần mềm nội bộ khác', 40], ['Hệ thống truyền thanh', 30], ['Chi ngân sách nhà nước cho chuyển đổi số', 40],
    ]);
    expect(read.set.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(540);
    // No sub-part is a criterion, nor the part's own row; 5.20 and 5.21 keep their own points.
    expect(read.set.criteria.map((c) => c.title)).not.toContain('Dịch vụ công trực tuyến');
    expect(read.set.criteria.map((c) => c.code)).not.toContain('5');
    expect(read.set.criteria.filter((c) => c.code === '5.20' || c.code === '5.21').map((c) => c.maxPoints)).toEqual([50, 40]);
  });

  it('reads 5.15, writing no points among indicators that write theirs, as one item of its eight parts', () => {
    const parts = read.set.criteria.filter((c) => c.partOf?.code === '5.15');
    expect(parts.map((c) => c.code)).toEqual(['5.15.1', '5.15.2', '5.15.3', '5.15.4', '5.15.5', '5.15.6', '5.15.7', '5.15.8']);
    expect(parts[0]!.partOf!.maxPoints).toBe(40);
  });

  it('holds every figure the sheet writes to what it read, and says where each sub-part was read', () => {
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(read.reconciliation.figures.find((f) => f.figure.kind === 'total')?.figure.value).toBe(540);
    expect(read.notices.find((n) => n.cell === 'D11')?.message).toMatch(/«Dịch vụ công trực tuyến» ghi 170 điểm nhưng không có số thứ tự.*cộng lại đúng 170 điểm: đọc là nhóm 2/);
  });
  it('says, where the set is named from its banner «Thể chế số» (the first sheet’s part), that the table is part 5 under another name', () => {
    expect(read.set.title).toBe('Thể chế số');
    expect(read.notices.filter((n) => n.cell === 'A1').map((n) => n.message)).toContain(
      'Tiêu đề ô A1 «Thể chế số» (tên bộ tiêu chí lấy từ đây) khác tên phần mà cả bảng là, ở dòng 3 «5 Hoạt động chính quyền số»: tiêu đề có thể là của phần khác. Kiểm tra, sửa «Tên bộ tiêu chí» trên trang «Tiêu chí» của tệp .xlsx xuất ra trước khi xác nhận — tên bộ in trên mẫu báo cáo, «Tổng hợp» và giấy tờ khen thưởng.',
    );
  });
});

// Made for the second sheet of a province's district DTI workbook (part 5 «Hoạt động chính quyền số», 540 in nine
// sub-parts written without a number): read as 39 criteria on 1,110 until these rows were known for what they are.
