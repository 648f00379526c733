// The table's sanctions in the ranking and the awards (core/ranking: rank, proposeAwards, whatItTakes): a unit lowered
// to «Tốt» stands under every «Xuất sắc», whatever its points, and says whom it stands under; a unit held to
// «Tốt» by IX.1 is not proposed for a form needing «Xuất sắc», why said on its row; one kept from awards is proposed for
// none; one whose sanction is left to the council carries it on its rows; no path of points is offered past a sanction.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { rank, rankedBandText } from '../../core/ranking/rank.js';
import { pathToNextBand, whatItTakes } from '../../core/ranking/what-it-takes.js';
import { sanctionReport, sanctionSet } from '../helpers/sanction-set.js';

const cards = [
  score(sanctionSet, sanctionReport('HĐND xã Quảng Phú', 100)),
  score(sanctionSet, sanctionReport('HĐND xã Thọ Xuân', 99, { 'IX.1': 5 })),
  score(sanctionSet, sanctionReport('HĐND xã Hạc Thành', 100, { 'IX.10': 5 })),
  score(sanctionSet, sanctionReport('HĐND xã Triệu Sơn', 97, { 'IX.9': 1 })),
];
const reasons = (form: string) => proposeAwards(sanctionSet, cards).filter((p) => p.form === form).map((p) => [p.unitName, p.proposed, p.reason]);

describe('awards', () => {
  it('does not propose a unit held below the form’s band by a sanction, saying why; proposes it where its band suffices', () => {
    expect(reasons('bang-khen')).toEqual([
      ['HĐND xã Quảng Phú', true, 'Đề xuất: Xuất sắc 100%, hạng 1 — trong chỉ tiêu 5 đơn vị'],
      ['HĐND xã Hạc Thành', false, 'Không đề xuất: không xét khen thưởng: bị trừ điểm mục IX.10, chế tài của bảng'],
      [
        'HĐND xã Triệu Sơn',
        false,
        'Không đề xuất: xếp loại Tốt (96%; hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng) thấp hơn mức tối thiểu Xuất sắc; lưu ý (không chặn đề xuất): chế tài mục IX.9 «Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu» thidua không tự áp dụng: Hội đồng quyết định',
      ],
      ['HĐND xã Thọ Xuân', false, 'Không đề xuất: xếp loại Tốt (94%; không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng) thấp hơn mức tối thiểu Xuất sắc'],
    ]);
    expect(reasons('giay-khen')).toEqual([
      ['HĐND xã Hạc Thành', false, 'Không đề xuất: không xét khen thưởng: bị trừ điểm mục IX.10, chế tài của bảng'],
      [
        'HĐND xã Triệu Sơn',
        true,
        'Đề xuất: Tốt (hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng) 96%, hạng 1 — trong chỉ tiêu 5 đơn vị; lưu ý (không chặn đề xuất): chế tài mục IX.9 «Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu» thidua không tự áp dụng: Hội đồng quyết định',
      ],
      ['HĐND xã Thọ Xuân', true, 'Đề xuất: Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng) 94%, hạng 2 — trong chỉ tiêu 5 đơn vị'],
    ]);
  });
});

describe('the ranking', () => {
  it('ranks by band first, then points: a unit lowered by a sanction under the band above it, why and whom it stands under beside it', () => {
    const entries = rank(sanctionSet, cards)[0]!.entries;
    expect(entries.map((e) => [e.rank, e.unitName, e.percent, e.classification, e.sanction ?? null, e.under ?? null])).toEqual([
      [1, 'HĐND xã Quảng Phú', 100, 'Xuất sắc', null, null],
      [2, 'HĐND xã Hạc Thành', 95, 'Xuất sắc', 'không xét khen thưởng vì bị trừ điểm mục IX.10, chế tài của bảng', null],
      [3, 'HĐND xã Triệu Sơn', 96, 'Tốt', 'hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng', ['HĐND xã Hạc Thành']],
      [4, 'HĐND xã Thọ Xuân', 94, 'Tốt', 'không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng', null],
    ]);
    expect(rankedBandText(entries[2]!)).toBe(
      'Tốt (hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng), xếp sau HĐND xã Hạc Thành dù tỷ lệ điểm cao hơn (xếp hạng theo xếp loại trước, điểm sau)',
    );
    expect(rankedBandText(entries[3]!)).toBe('Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)');
  });
});

describe('what it takes', () => {
  it('offers no points past a cap, and aims a lowered unit at the band that lifts it', () => {
    expect(pathToNextBand(sanctionSet, cards[1]!)).toMatchObject({ reachable: false, text: 'Không thể đạt Xuất sắc dù thêm điểm: không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng' });
    // Triệu Sơn at 96% is lowered to «Tốt»: no percentage lifts it to «Xuất sắc» (the top band lowered once is «Tốt»).
    expect(pathToNextBand(sanctionSet, cards[3]!)).toMatchObject({ reachable: false, goal: 'Xuất sắc' });
    const lowered = score(sanctionSet, sanctionReport('HĐND xã Nga Sơn', 80, { 'IX.9': 1 }));
    expect([lowered.percent, lowered.classification?.label]).toEqual([79, 'Đạt']);
    // 79% is «Tốt» lowered to «Đạt»: «Tốt» takes 90% (Xuất sắc lowered once), 11 points more.
    expect(pathToNextBand(sanctionSet, lowered)).toMatchObject({ goal: 'Tốt', reachable: true, need: 11 });
    const shortfall = whatItTakes(sanctionSet, cards, proposeAwards(sanctionSet, cards), []);
    expect(shortfall.find((s) => s.unitName === 'HĐND xã Hạc Thành')?.award?.text).toBe(
      'Không thể đạt Bằng khen của Chủ tịch UBND tỉnh (từ Xuất sắc) dù thêm điểm: không xét khen thưởng vì bị trừ điểm mục IX.10, chế tài của bảng',
    );
  });
});
