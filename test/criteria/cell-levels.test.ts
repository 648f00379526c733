// Levels an item writes in its own content cell, a line each below its words (core/criteria/sheet/cell-levels.ts), as
// the corpus's kpi-thpt-phuong-xa-lanh-dao writes them in III.2.1–III.2.7 — read only where they close the cell, two or
// more, each a different figure; the corpus test holds the table's 28 levels end to end.
import { describe, expect, it } from 'vitest';
import { cellLines, levelLines, levelsInCell, readCellLevels } from '../../core/criteria/sheet/cell-levels.js';
import type { SheetReader } from '../../core/criteria/sheet/sheet-reader.js';

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

  // The corpus's lanh-dao-pcvt, B.5 (maximum 1), its cell as the app's export writes it: levels with no dash before them.
  const B_5 = 'Thực hiện chỉ tiêu cải cách thủ tục hành chính:\nCó CCHC được công nhận: 1.0 đ\nCó CCHC đăng ký nhưng không được công nhận: 0.5 đ\nKhông có CCHC: 0.0 đ';

  it('reads lines closing the cell as levels without a dash before them (lanh-dao-pcvt, B.5: 1.0 / 0.5 / 0.0 đ)', () => {
    expect(levelsInCell(B_5)).toEqual({ title: 'Thực hiện chỉ tiêu cải cách thủ tục hành chính', levels: [{ words: 'Có CCHC được công nhận', points: 1 }, { words: 'Có CCHC đăng ký nhưng không được công nhận', points: 0.5 }, { words: 'Không có CCHC', points: 0 }] });
    expect(cellLines(B_5, 1)?.kind).toBe('levels');
  });

  it('reads a figure of points in brackets closing the line the same (constructed: «Hoàn thành tốt (2 điểm)»)', () => {
    expect(levelsInCell('Xếp loại chi bộ:\nHoàn thành tốt (2 điểm)\nHoàn thành (1 điểm)\nKhông hoàn thành (0 điểm)')?.levels.map((l) => [l.words, l.points])).toEqual([['Hoàn thành tốt', 2], ['Hoàn thành', 1], ['Không hoàn thành', 0]]);
  });

  it.each([
    ['a number in the words, not points (constructed)', 'Công tác hội nghị:\nTổ chức 02 hội nghị sơ kết\nBáo cáo 01 lần'],
    ['deductions closing the lines (nq57-xa-cong-hai-ca-nam\'s V.2 and V.3 written in one cell)', 'Không hoàn thành công việc, nhiệm vụ được giao tại Kế hoạch năm của tỉnh\nKhông hoàn thành công việc: trừ 01 điểm\nChậm báo cáo: trừ 0,5 điểm'],
    ['undashed levels in a cell of one line: nothing ends them (B.5 folded)', B_5.replace(/\n/g, ' ')],
  ])('finds no level where the figure is not points closing a line of its own: %s', (_, text) => {
    expect(levelsInCell(text)).toBeUndefined();
    expect(levelLines(text)).toBeLessThan(2);
  });

  it('counts the lines written as levels that are not read, for the notice that says them', () => {
    expect(levelLines('Có văn bản góp ý:\n- Đúng hạn: 8 điểm\n- Quá hạn: 0 điểm\n- Trường hợp không phát sinh thì giảm trừ.')).toBe(2);
    expect(levelLines('Vận dụng chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.')).toBe(0);
  });
});

// The corpus's hanh-kiem-sv (a school's student-conduct form, read by the scoring-sheet layout): its cells as its
// workbook folds them into one line. I.5's lines are its levels (the highest, 6, is its maximum); III.3's, IV.1's and
// IV.2's add up to theirs (3 + 2 = 5, 8 + 2 = 10, 2 + 1 + 2 + 2 = 7): parts, never cut to their highest.
describe('cellLines: the closing lines held against the item\'s maximum', () => {
  const I_5 = 'Kết quả học tập - Điểm TBCHT từ 5 đến cận 6: 2 điểm - Điểm TBCHT từ 6 đến cận 7: 3 điểm - Điểm TBCHT từ 7 đến cận 8: 4 điểm - Điểm TBCHT từ 8 đến cận 9: 5 điểm - Điểm TBCHT từ 9 điểm trở lờn: 6 điểm';
  const III_3 = 'Tham gia tuyên truyền phũng chống tội phạm và các tệ nạn xã hội như: Ma tuý, mại dâm, cờ bạc, số đề, rượu chè, quan hệ nam nữ không lành mạnh - Không vi phạm 1 trong các tệ nạn trên: 3 điểm - Tuyên truyền, phòng chống tội phạm và các tệ nạn xã hội: 2 điểm';
  const IV_1 = 'Ý thức chấp hành và tham gia tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước trong cộng đồng. - Chấp hành đầy đủ các chủ trương của Đảng, chính sách, pháp luật của Nhà nước: 8 điểm - Tham gia tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước trong cộng đồng: 2 điểm';
  const IV_2 = 'Ý thức tham gia các hoạt động xã hội có thành tích được ghi nhận, biểu dương, khen thưởng: - Tham gia các hoạt động xã hội: 2 điểm - Có thành tích và được khen thưởng cấp trường: 1 điểm - Có thành tích và được khen thưởng cấp tỉnh trở lên: 2 điểm - Được công nhận là đối tượng đảng hoặc được kết nạp Đảng: 2 điểm';

  it('reads them as levels when the highest is the maximum (I.5: 6 of 6)', () => {
    const read = cellLines(I_5, 6);
    expect([read?.kind, read?.title, read?.levels.map((l) => l.points)]).toEqual(['levels', 'Kết quả học tập', [2, 3, 4, 5, 6]]);
  });

  it.each([
    ['III.3', III_3, 5, [3, 2]],
    ['IV.1', IV_1, 10, [8, 2]],
    ['IV.2, a figure twice', IV_2, 7, [2, 1, 2, 2]],
  ])('reads them as parts when they add up to the maximum (%s)', (_, text, max, points) => {
    const read = cellLines(text as string, max as number);
    expect([read?.kind, read?.levels.map((l) => l.points)]).toEqual(['parts', points]);
  });

  it('leaves them unsure when they are neither (I.5 under another maximum, 8: its highest 6, its sum 20)', () => {
    expect(cellLines(I_5, 8)?.kind).toBe('unsure');
  });

  // I.2 folded into one line: the note the lost break set below its levels ends their line where its bracket opens.
  it('counts I.2\'s levels as lines not closing the cell, for the notice, where its bracket note follows them', () => {
    const I_2 = 'Ý thức và thái độ tham gia các câu lạc bộ học thuật, các hoạt động học thuật, hoạt động ngoại khóa, hoạt động nghiên cứu khoa học. - Tham gia các câu lạc bộ được Nhà trường cho phép hoạt động: tùy theo mức độ, vai trò tham gia được đánh giá tối đa 2 điểm. - Nghiên cứu khoa học cấp khoa: 1 điểm. - Nghiên cứu khoa học cấp trường trở lên: 2 điểm. (Trường hợp tham gia tất cả các hoạt động trên chỉ được tính ở hoạt động có điểm cao nhất)';
    expect([cellLines(I_2, 2), levelLines(I_2)]).toEqual([undefined, 2]);
  });

  // «: trừ hết điểm» is a level of 0 in the officer's words: I.4's four lines close its cell, held against its 4.
  it('reads «trừ hết điểm» as a level of 0, and I.4\'s 3 / 2 / 1 / 0 under 4 as unsure (its highest 3, its sum 6)', () => {
    const read = cellLines('Tinh thần vượt khó, vươn lên trong học tập - Số tín chỉ thi lại nhỏ hơn 10%: 3 điểm - Số tín chỉ thi lại từ 10% đến 20%: 2 điểm - Số tín chỉ thi lại lớn hơn 20% đến 30%: 1 điểm - Số tín chỉ thi lại >30%: trừ hết điểm', 4);
    expect([read?.kind, read?.levels.map((l) => l.points)]).toEqual(['unsure', [3, 2, 1, 0]]);
  });
});

// The corpus's hdnd-thanh-hoa-cap-xa (Thanh Hóa's draft framework for commune councils, Phụ lục II): IV.2 and VII.2,
// items of one part, write their levels on one line under their name, separated by «;». Until 2026-11-30 both were
// scored by hand from 0 to their maximum with nothing said.
describe('levels on one line, separated by «;»', () => {
  const IV_2 = 'Sử dụng phần mềm, sổ theo dõi điện tử về kiến nghị cử tri, đơn thư, kết luận giám sát\nSử dụng phần mềm hoặc sổ điện tử cho cả 03 nội dung: 5,0đ; cho 02 nội dung: 3,0đ; cho 01 nội dung: 1,5đ; không sử dụng: 0đ.';
  const VII_2 = 'Phối hợp, cung cấp thông tin phục vụ hoạt động hướng dẫn, giám sát, khảo sát của HĐND tỉnh trên địa bàn\nPhối hợp đầy đủ, cung cấp thông tin đúng yêu cầu và đúng hạn: 2,0đ; chậm hoặc thiếu nội dung: 1,0đ; không phối hợp: 0đ.';

  it('reads each segment as a level, the line above as the name (IV.2: 5 / 3 / 1,5 / 0 under 5)', () => {
    const read = cellLines(IV_2, 5);
    expect([read?.kind, read?.title, read?.levels.map((l) => [l.words, l.points])]).toEqual([
      'levels',
      'Sử dụng phần mềm, sổ theo dõi điện tử về kiến nghị cử tri, đơn thư, kết luận giám sát',
      [['Sử dụng phần mềm hoặc sổ điện tử cho cả 03 nội dung', 5], ['cho 02 nội dung', 3], ['cho 01 nội dung', 1.5], ['không sử dụng', 0]],
    ]);
  });

  it('reads VII.2\'s three (2 / 1 / 0 under 2)', () => {
    expect(cellLines(VII_2, 2)?.levels.map((l) => l.points)).toEqual([2, 1, 0]);
    expect(cellLines(VII_2, 2)?.kind).toBe('levels');
  });

  it('holds them to the maximum as lines are: under another maximum they are unsure, never guessed', () => {
    expect(cellLines(IV_2, 6)?.kind).toBe('unsure');
  });

  it.each([
    ['a «;» in words that are not levels (constructed)', 'Công tác hội nghị:\nTổ chức hội nghị; ban hành kế hoạch'],
    ['a segment not ending in points (VII.1: «…: 3,0đ; mỗi lần chậm … trừ 0,5đ (đồng thời …).»)', 'Báo cáo định kỳ, đột xuất đúng hạn, đúng biểu mẫu\n100% báo cáo đúng hạn, đúng biểu mẫu: 3,0đ; mỗi lần chậm hoặc sai biểu mẫu trừ 0,5đ (đồng thời bị trừ điểm tại nhóm IX).'],
  ])('changes nothing where a segment is no level: %s', (_, text) => {
    expect([levelsInCell(text), levelLines(text)]).toEqual([undefined, 0]);
  });

  // A lettered part whose whole cell is its levels (I.2.a), no name above them: read, the cell as written its name.
  it('reads the segments of a part with no name above them, its cell as written its name (I.2.a)', () => {
    const I_2_a = 'Gửi đủ tài liệu đúng thời hạn ở 100% kỳ họp: 2,0đ; có kỳ họp chậm: 1,0đ.';
    const read = cellLines(I_2_a, 2);
    expect([read?.kind, read?.title, read?.segments, read?.levels.map((l) => l.points)]).toEqual(['levels', I_2_a, true, [2, 1]]);
    expect(levelsInCell(I_2_a)).toBeUndefined();
  });
});

// The corpus's ren-luyen-dhdn, 4.e.1: its cell is only its three levels, no name above them, the only item of 4.e
// «Kết quả học tập». Until 2026-11-30 said at its cell as not read, scored by hand up to 4. With no parent's name to
// take (a part among others: hdnd-thanh-hoa-cap-xa's I.2.a), its name is the cell as written, in every layout.
describe('a cell of only levels, named by its parent', () => {
  const E_1 = 'Điểm TBCHK từ 3,2 đến 4,0 (4 điểm)\n- Điểm TBCHK từ 2,0 đến 3,19 (2 điểm)\n- Điểm TBCHK dưới 2,0 (0 điểm)';

  it('reads them as levels under the name it is given (4.e.1: 4 / 2 / 0 under 4, «Kết quả học tập»)', () => {
    const read = cellLines(E_1, 4, 'Kết quả học tập');
    expect([read?.kind, read?.title, read?.levels.map((l) => l.points)]).toEqual(['levels', 'Kết quả học tập', [4, 2, 0]]);
  });

  it('takes the cell as written with no name given, and holds them to the maximum with one (under 5: unsure)', () => {
    expect([cellLines(E_1, 4)?.kind, cellLines(E_1, 4)?.title, levelLines(E_1)]).toEqual(['levels', E_1, 3]);
    expect(cellLines(E_1, 5, 'Kết quả học tập')?.kind).toBe('unsure');
  });
});

describe('readCellLevels, what it says of lines it does not read', () => {
  const said = (text: string, max: number) => {
    const notes: string[] = [];
    const sheet = { note: (_at: string, words: string) => notes.push(words) } as unknown as SheetReader;
    expect(readCellLevels(sheet, 'A9', 'II.3', text, max)).toBeUndefined();
    return notes;
  };

  it('says a figure written twice where the highest is the maximum — never that the highest is not the maximum', () => {
    const [note] = said('Báo cáo định kỳ:\n- Đủ và đúng hạn: 2 điểm\n- Đủ nhưng chậm: 1 điểm\n- Đúng hạn nhưng thiếu: 1 điểm', 2);
    expect(note).toContain('mức cao nhất bằng điểm tối đa 2 của mục nhưng hai dòng cùng ghi 1 điểm, và cộng lại 2 + 1 + 1 không bằng điểm tối đa');
    expect(note).not.toContain('không bằng điểm tối đa 2 của mục, và');
  });

  it('says the highest is not the maximum where it is not', () => {
    expect(said('Báo cáo định kỳ:\n- Đủ và đúng hạn: 3 điểm\n- Chậm: 1 điểm', 5)[0]).toContain('mức cao nhất 3 không bằng điểm tối đa 5 của mục, và cộng lại 3 + 1 cũng không bằng');
  });
});
