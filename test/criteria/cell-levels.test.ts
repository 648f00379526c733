// Levels an item writes in its own content cell, a line each below its words (core/criteria/sheet/cell-levels.ts), as
// the corpus's kpi-thpt-phuong-xa-lanh-dao writes them in III.2.1–III.2.7 — read only where they close the cell, two or
// more, each a different figure; the corpus test holds the table's 28 levels end to end.
import { describe, expect, it } from 'vitest';
import { levelLines, levelsInCell } from '../../core/criteria/sheet/cell-levels.js';

const III_2_1 = 'Quán triệt, thể chế hóa và thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước tại đơn vị:\n- Thực hiện tốt: 2,5 điểm\n- Có thực hiện đầy đủ: 2,0 điểm\n- Có thực hiện nhưng chưa đầy đủ: 1 điểm\n- Không thực hiện: 0 điểm';
const read = {
  title: 'Quán triệt, thể chế hóa và thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước tại đơn vị',
  levels: [{ words: 'Thực hiện tốt', points: 2.5 }, { words: 'Có thực hiện đầy đủ', points: 2 }, { words: 'Có thực hiện nhưng chưa đầy đủ', points: 1 }, { words: 'Không thực hiện', points: 0 }],
};

describe('levelsInCell', () => {
  it('reads the lines closing the cell as levels, the words above as the name', () => {
    expect(levelsInCell(III_2_1)).toEqual(read);
  });

  it('reads them the same when the cell lost its line breaks («… tại đơn vị: - Thực hiện tốt: 2,5 điểm - …»)', () => {
    expect(levelsInCell(III_2_1.replace(/\n/g, ' '))).toEqual(read);
  });

  it('ends a line only at its breaks where the cell keeps them: « - » within a level is its words (nq57-xa-cong-hai-ca-nam, II.5.1)', () => {
    const II_5_1 = 'Tổ chức tuyên truyền, phổ biến trực tiếp về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số\n- Đạt từ 100 lượt người tham gia: 4 điểm\n- Đạt từ 50 - dưới 100 lượt người: 3 điểm\n- Dưới 50 lượt người: 2 điểm\n- Không tổ chức: 0 điểm';
    expect(levelsInCell(II_5_1)?.levels.map((l) => [l.words, l.points])).toEqual([['Đạt từ 100 lượt người tham gia', 4], ['Đạt từ 50 - dưới 100 lượt người', 3], ['Dưới 50 lượt người', 2], ['Không tổ chức', 0]]);
  });

  it.each([
    ['one level line', 'Lãnh đạo, chỉ đạo, điều hành đơn vị:\n- Hoàn thành tất cả: 5 điểm'],
    ['no words above them', '- Thực hiện tốt: 2,5 điểm\n- Không thực hiện: 0 điểm'],
    ['words after them', 'Có văn bản góp ý:\n- Đúng hạn: 8 điểm\n- Quá hạn: 0 điểm\n- Trường hợp không phát sinh thì giảm trừ điểm tối đa tương ứng.'],
    ['a level line above other words (two sets of levels)', 'Tổ chức:\na) Nhóm không có kế hoạch:\n- Có tổ chức: 2 điểm\n- Không tổ chức: 0 điểm\nb) Nhóm có kế hoạch:\n- Đạt 100%: 5 điểm\n- Không tổ chức: 0 điểm'],
    ['two lines of the same figure', 'Báo cáo:\n- Đủ: 2 điểm\n- Đúng hạn: 2 điểm'],
    ['a line in «Mác - Lênin» words, no points', 'Vận dụng chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.'],
  ])('leaves the words as they are: %s', (_, text) => {
    expect(levelsInCell(text)).toBeUndefined();
  });

  it('counts the lines written as levels that are not read, for the notice that says them', () => {
    expect(levelLines('Có văn bản góp ý:\n- Đúng hạn: 8 điểm\n- Quá hạn: 0 điểm\n- Trường hợp không phát sinh thì giảm trừ.')).toBe(2);
    expect(levelLines('Vận dụng chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.')).toBe(0);
  });
});
