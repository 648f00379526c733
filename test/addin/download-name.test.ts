// The names of a round's two downloads on the page and in the pane — its results' .zip and its papers' .zip — for the set
// of an officer's walk: a Tây Ninh commune's DTI table imported and titled «Bộ chỉ số đánh giá mức độ chuyển đổi số cấp
// xã (DTI) năm 2025» (62 characters), no commune typed, six units of six communes (the run names none of them).
import { describe, expect, it } from 'vitest';
import { zipName } from '../../excel-addin/page/commune-run.js';
import { papersZip } from '../../excel-addin/shared/papers-download.js';
import { closedFixture } from '../papers/closed-fixture.js';

const TITLE = 'Bộ chỉ số đánh giá mức độ chuyển đổi số cấp xã (DTI) năm 2025';
const UNITS = ['UBND xã Phước Lý', 'UBND xã Long Hựu', 'UBND phường Long An', 'UBND xã Tân Lân', 'UBND xã Mỹ Lộc', 'UBND xã Cần Giuộc'];

describe('a round’s downloads, named after a set title longer than a file name takes', () => {
  it('keep the title’s year and carry the same words: «… (DTI) … 2025», not «… năm 202» on the papers and «… năm» on the results', async () => {
    const closed = closedFixture();
    const set = { ...closed.record.set, title: TITLE, commune: '' };
    const units = closed.record.units.map((u, i) => ({ ...u, unitName: UNITS[i % UNITS.length]! }));
    const round = { ...closed, closedAt: '2026-11-28T09:30', record: { ...closed.record, set, units } };
    const named = 'Bộ chỉ số đánh giá mức độ chuyển đổi số cấp xã (DTI) … 2025';
    expect((await papersZip(round)).name).toBe(`Hồ sơ khen thưởng - ${named} - lần 1 - 28-11-2026.zip`);
    expect(zipName(set, '2026-11-28', units)).toBe(`Kết quả chấm điểm - ${named} - 28-11-2026.zip`);
  });
});

// Made for an officer's walk of the Tây Ninh DTI set (issue 59): the page downloaded «Kết quả chấm điểm - Bộ chỉ số đánh
// giá mức độ chuyển đổi số cấp xã (DTI) năm - 28-11-2026-da-chot-lan-1.zip» and «Hồ sơ khen thưởng - Bộ chỉ số đánh giá
// mức độ chuyển đổi số cấp xã (DTI) năm 202 - lần 1 - 28-11-2026.zip» for one round.
