// Words a clerk signs (issue 57 item 7): every tờ trình proposes («Đề nghị … tặng»), the seal is never under a
// signature, a commune officer's post names its unit, achievements are counted as a council counts them (only what is short named), and no unit is ranked in a
// group of one; a criterion is named by its name, not by the lines under it that say how the form is scored or filled.
import { describe, expect, it } from 'vitest';
import { papersOf } from '../../core/papers/index.js';
import { criterionName } from '../../core/papers/wording.js';
import { blockText, closedFixture, paperText } from './closed-fixture.js';

const closed = closedFixture();
const papers = papersOf(closed);
const paper = (name: string) => papers.find((p) => p.name === name)!;

describe('words a clerk signs', () => {
  it('every numbered proposal of a tờ trình reads «Đề nghị … tặng», never a bare «Tặng»', () => {
    for (const name of ['to-trinh', 'to-trinh-cap-tren']) {
      const leads = paper(name).blocks.map(blockText).filter((t) => /^\d+\. /.test(t));
      expect(leads.length, name).toBeGreaterThan(0);
      for (const lead of leads) expect(lead, name).toMatch(/^\d+\. Đề nghị Chủ tịch Ủy ban nhân dân (xã|tỉnh)[^]* tặng /);
    }
    expect(paperText(paper('to-trinh'))).toContain('2. Đề nghị Chủ tịch Ủy ban nhân dân xã tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 02 tập thể:');
    expect(paperText(paper('to-trinh-cap-tren'))).toContain('1. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Điện Biên tặng Bằng khen');
  });

  it('the seal code is never right under a signature: after the decision\'s lists, in the minutes\' body before the conclusion', () => {
    for (const p of papers) {
      p.blocks.forEach((b, i) => {
        if (b.kind !== 'columns' || !blockText(b).includes('(Ký, ghi rõ họ tên)')) return;
        const next = p.blocks[i + 1];
        expect(next ? blockText(next) : '', `${p.name}: after a signature`).not.toMatch(/Mã niêm phong/);
      });
    }
    const decision = paper('du-thao-quyet-dinh').blocks.map(blockText);
    expect(decision.findIndex((t) => t.includes('Mã niêm phong'))).toBe(decision.length - 1);
    expect(decision.at(-2)).toBe('THÔNG TIN KIỂM TRA DANH SÁCH');
    const minutes = paper('bien-ban').blocks.map(blockText);
    expect(minutes.findIndex((t) => t.includes('Mã niêm phong'))).toBeLessThan(minutes.indexOf('Kết luận:'));
  });

  it("a commune officer's post names its unit; a post that names one is kept as written", () => {
    const list = paperText(paper('danh-sach-cong-khai'));
    expect(list).toContain('Lò Văn Minh | công chức Văn hóa - Xã hội, Ủy ban nhân dân xã\u00A0Ta\u00A0Ma |');
  });

  it('achievements as a council counts them: met of all the base’s criteria, only those short named with their points', () => {
    for (const name of ['to-trinh', 'bien-ban', 'danh-sach-cong-khai', 'du-thao-quyet-dinh']) {
      const list = paperText(paper(name));
      const listed = closed.record.units.filter((u) => u.criteria && list.includes(`${u.unitName} |`));
      expect(listed.length, name).toBeGreaterThan(0);
      for (const u of listed) {
        const base = u.criteria!.filter((c) => c.kind === undefined && c.max > 0);
        const short = base.filter((c) => !u.achievements.includes(c.title));
        const said = `hoàn thành đầy đủ ${u.achievements.length}/${base.length} tiêu chí${short.length > 0 ? `; chưa đầy đủ: ${short.map((c) => `${c.title} (${String(c.points).replace('.', ',')}/${c.max})`).join('; ')}` : ''}`;
        expect(list, `${name}: ${u.unitName}`).toContain(said);
        // No criterion met in full is named in the lists: the achievement report names them.
        for (const a of u.achievements) expect(list.slice(list.indexOf(`${u.unitName} |`)).split('\n')[0], `${name}: ${u.unitName}`).not.toContain(a);
      }
    }
  });

  it('no rank within a group of one; elsewhere the rank and how many it is among', () => {
    const alone = closed.record.units.find((u) => u.unitName === 'UBND xã Ta Ma')!;
    expect(closed.record.units.filter((u) => u.kindLabel === alone.kindLabel)).toHaveLength(1);
    const all = papers.map(paperText).join('\n');
    expect(all).toContain('UBND xã Ta Ma');
    expect(all).not.toContain(`trong bảng xếp hạng ${alone.kindLabel}`);
    expect(all).toMatch(/hạng \d\/4 trong bảng xếp hạng Bản/);
  });

  it('names a criterion by its name, not the formula, example, note, points per case or levels written after it (Mẫu 03, ccvc-son-tra-mau-03.xlsx; nq57-xa-cong-hai-ca-nam)', () => {
    // Cells B51, B81 and B82 of the form's second sheet, as written.
    const b51 =
      'Tỷ lệ số lượng công việc, sản phẩm hoàn thành \n - Tỷ lệ công việc, sản phẩm hoàn thành = (Số lượng công việc, sản phẩm hoàn thành/Số lượng công việc, sản phẩm được giao) X 100.\n- Điểm tỷ lệ công việc, sản phẩm hoàn thành = Tỷ lệ sản phẩm, công việc hoàn thành X số điểm tối đa tương ứng.\n(Ví dụ: tỷ lệ công việc, sản phẩm hoàn thành trong kỳ đánh giá = 95% thì điểm tỷ lệ số lượng công việc, sản phẩm hoàn thành tương ứng = 95 % X 15 = 14,25 điểm)\nLưu ý: Chỉ điền vào 01 dòng duy nhất trong số các dòng bên dưới.';
    const b81 = 'Có hành vi vi phạm quy định\nMỗi hành vi vi phạm bị cấp có thẩm quyền nhắc nhở, phê bình thì bị trừ 01 điểm/lần vi phạm';
    const b82 =
      ' Có công việc, sản phẩm được giao chưa hoàn thành hoặc hoàn thành chậm tiến độ gây ảnh hưởng đến kết quả chung của cơ quan, tổ chức, đơn vị (trừ trường hợp lí do khách quan, bất khả kháng):\n- Mỗi một công việc, sản phẩm hoàn thành chậm tiến độ gây ảnh hưởng đến kết quả chung của cơ quan, tổ chức, đơn vị bị trừ 01 điểm;\n- Mỗi một công việc, sản phẩm chưa hoàn thành gây ảnh hưởng đến kết quả chung của cơ quan, tổ chức, đơn vị bị trừ 02 điểm.';
    expect([b51, b81, b82].map(criterionName)).toEqual([
      'Tỷ lệ số lượng công việc, sản phẩm hoàn thành',
      'Có hành vi vi phạm quy định',
      'Có công việc, sản phẩm được giao chưa hoàn thành hoặc hoàn thành chậm tiến độ gây ảnh hưởng đến kết quả chung của cơ quan, tổ chức, đơn vị (trừ trường hợp lí do khách quan, bất khả kháng)',
    ]);
    // A name of two lines is kept whole; a guide of sentences under a name, scoring in it, is not (hdnd-thanh-hoa-cap-tinh's V.1).
    expect(criterionName('Ứng dụng công nghệ thông tin\ntrong chỉ đạo, điều hành')).toBe('Ứng dụng công nghệ thông tin\ntrong chỉ đạo, điều hành');
    expect(criterionName('Ứng dụng công nghệ thông tin\ntrong chỉ đạo, điều hành: 2 điểm')).toBe('Ứng dụng công nghệ thông tin\ntrong chỉ đạo, điều hành');
    expect(criterionName('Trong năm có ít nhất 02 mô hình mới, cách làm hay\nMô hình mới là giải pháp mới. Chỉ tính khi đủ 05 điều kiện. Mỗi mô hình: 2,5đ, tối đa 5,0đ.')).toBe('Trong năm có ít nhất 02 mô hình mới, cách làm hay');
    // Levels written on the name's own line after dashes (Khánh Hòa's Resolution-57 table, corpus nq57-xa-cong-hai-ca-nam,
    // B5 and B10): the first level's words are no part of the name; a name's own dash stays when one level follows
    // on the next line, or none.
    expect([
      'Tỷ lệ bộ phận chuyên môn, tổ chức/cá nhân được giao nhiệm vụ được kiểm tra, giám sát trong năm - Từ 30% trở lên: 1 điểm - Từ 25% đến dưới 30%: 0,5 điểm - Dưới 25%: 0,25 điểm - Không thực hiện: 0 điểm',
      'Thực hiện các nhiệm vụ, chỉ tiêu được Ban Chỉ đạo tỉnh giao trong năm - Hoàn thành đúng tiến độ 100% nhiệm vụ, chỉ tiêu được giao: 10 điểm - Đạt từ 90% đến dưới 100%: 8 điểm - Dưới 70%: 0 điểm',
      'Sắp xếp nhân lực - Văn phòng HĐND-UBND: 4 điểm\n- Không đúng số lượng: 0 điểm',
      'Phòng Văn hoá - Xã hội: 2 điểm',
    ].map(criterionName)).toEqual([
      'Tỷ lệ bộ phận chuyên môn, tổ chức/cá nhân được giao nhiệm vụ được kiểm tra, giám sát trong năm',
      'Thực hiện các nhiệm vụ, chỉ tiêu được Ban Chỉ đạo tỉnh giao trong năm',
      'Sắp xếp nhân lực - Văn phòng HĐND-UBND',
      'Phòng Văn hoá - Xã hội',
    ]);
    // Levels after a colon of the name's line or on the line under it, parted by «;» (Thanh Hóa's framework for its
    // People's Councils, corpus hdnd-thanh-hoa-cap-tinh, II.4.b and IV.1): the first level's words go; a name's own
    // colon stays when no level follows, or when what follows it is longer than what precedes it.
    expect([
      'Tỷ lệ kết luận, kiến nghị ĐÃ ĐẾN HẠN được thực hiện xong: ≥85%: 2,0đ; 70% đến dưới 85%: 1,25đ; 50% đến dưới 70%: 0,5đ; dưới 50%: 0đ.',
      'Công tác thông tin: Có bản tin hằng tháng: 1đ',
      '100% văn bản (trừ văn bản mật) xử lý trên môi trường điện tử, ký số theo quy định\nĐạt 100%: 3,0đ; từ 90% đến dưới 100%: 1,5đ; dưới 90%: 0đ.',
      'Tiêu chí 1: Tỷ lệ hồ sơ giải quyết đúng hạn: 2đ; dưới 90%: 1đ',
    ].map(criterionName)).toEqual([
      'Tỷ lệ kết luận, kiến nghị ĐÃ ĐẾN HẠN được thực hiện xong',
      'Công tác thông tin: Có bản tin hằng tháng',
      '100% văn bản (trừ văn bản mật) xử lý trên môi trường điện tử, ký số theo quy định',
      'Tiêu chí 1: Tỷ lệ hồ sơ giải quyết đúng hạn',
    ]);
    // The top level inside the name's sentence (the same framework's I.1.c, III.2.b and IV.3.a): its threshold, or the
    // words a lower level denies, go with it, or a unit at «30% đến dưới 40%» is listed «… ≥ 40% tổng thời gian kỳ họp (1/2)».
    expect([
      'Thời lượng thảo luận, tranh luận, chất vấn ≥ 40% tổng thời gian kỳ họp: 2,0đ; 30% đến dưới 40%: 1,0đ; dưới 30%: 0đ.',
      'Tỷ lệ kiến nghị được giải quyết, trả lời đúng thời hạn ≥90%: 1,5đ; 80% đến dưới 90%: 1,0đ; dưới 80%: 0,5đ; dưới 80% nhưng đã đôn đốc bằng văn bản, tổ chức giám sát, khảo sát hoặc chất vấn: 1,0đ.',
      'Có ứng dụng AI triển khai chính thức phục vụ đại biểu: 3,0đ; mới thí điểm: 1,5đ; chưa triển khai: 0đ.',
      '100% nghị quyết được công khai đúng hình thức, đúng thời hạn: 3,0đ; công khai chưa đầy đủ: 1,5đ.',
    ].map(criterionName)).toEqual([
      'Thời lượng thảo luận, tranh luận, chất vấn',
      'Tỷ lệ kiến nghị được giải quyết, trả lời đúng thời hạn',
      'Có ứng dụng AI',
      '100% nghị quyết được công khai đúng hình thức, đúng thời hạn',
    ]);
    // The same levels a line each, as the cell holds them in the workbook (II.2, B21 of the same table).
    expect([
      'Tỷ lệ bộ phận chuyên môn, tổ chức/cá nhân được giao nhiệm vụ được kiểm tra, giám sát trong năm\n- Từ 30% trở lên: 1 điểm\n- Từ 25% đến dưới 30%: 0,5 điểm\n- Dưới 25%: 0,25 điểm\n- Không thực hiện: 0 điểm',
      'Cải cách thể chế: Phối hợp xây dựng, góp ý các văn bản QPPL hoặc văn bản triển khai nhiệm vụ khi được cơ quan chủ quản yêu cầu\n- Có văn bản góp ý, phối hợp đúng hạn theo yêu cầu: 8 điểm\n- Không có văn bản góp ý hoặc có văn bản nhưng quá hạn theo yêu cầu: 0 điểm\n- Trường hợp trong năm không phát sinh yêu cầu góp ý, phối hợp thì giảm trừ điểm tối đa tương ứng.',
    ].map(criterionName)).toEqual([
      'Tỷ lệ bộ phận chuyên môn, tổ chức/cá nhân được giao nhiệm vụ được kiểm tra, giám sát trong năm',
      'Cải cách thể chế: Phối hợp xây dựng, góp ý các văn bản QPPL hoặc văn bản triển khai nhiệm vụ khi được cơ quan chủ quản yêu cầu',
    ]);
  });
});
