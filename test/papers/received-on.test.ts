// Legal bases by the day the deciding level receives the dossier (issue 57 item 6): Law 06/2026/QH16's transition
// turns on it, so the commune's papers follow the day its chairman receives them and the submission the (later) day
// the province does; a day after 01/03/2027 cites Decree 152/2025 with a warning that it may have ceased in part.
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { describe, expect, it } from 'vitest';
import { defaultPaperOptions, papersCheck, papersOf } from '../../core/papers/index.js';
import { closedFixture, paperText } from './closed-fixture.js';

const closed = closedFixture();
const AMENDMENT = 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16';
const texts = (opts: Partial<ReturnType<typeof defaultPaperOptions>>) => new Map(papersOf(closed, { ...defaultPaperOptions(closed), ...opts }).map((p) => [p.name, paperText(p)]));

describe('legal bases by the day of receipt', () => {
  it('by default the closing day for every paper', () => {
    expect(closed.closedAt >= '2026-10-01').toBe(true);
    const t = texts({});
    for (const name of ['to-trinh', 'du-thao-quyet-dinh', 'to-trinh-cap-tren']) expect(t.get(name), name).toContain(AMENDMENT);
  });

  it("the commune's papers follow its own day of receipt, the submission the province's", () => {
    const t = texts({ receivedOn: '2026-09-29', receivedUpward: '2026-10-05' });
    expect(t.get('to-trinh')).not.toContain('06/2026/QH16');
    expect(t.get('du-thao-quyet-dinh')).not.toContain('06/2026/QH16');
    expect(t.get('to-trinh-cap-tren')).toContain(AMENDMENT);
  });

  it('after 01/03/2027 Decree 152/2025 is cited with a warning said before the papers are written', () => {
    const late = { ...defaultPaperOptions(closed), receivedOn: '2027-03-10', receivedUpward: '2027-03-20' };
    const warnings = papersCheck(closed, COUNCIL_SHEET_NAMES, late).warnings.map((w) => w.text);
    expect(warnings).toContain('Nghị định số 152/2025/NĐ-CP được ghi nhận hết hiệu lực từ 01/03/2027 (chưa kiểm chứng): ngày 10/03/2027 văn bản có thể hết hiệu lực một phần — kiểm tra văn bản thay thế trước khi ký.');
    expect(warnings.some((w) => w.startsWith('Tờ trình đề nghị cấp trên:') && w.includes('ngày 20/03/2027'))).toBe(true);
    expect(texts(late).get('du-thao-quyet-dinh')).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
  });
});
