// The bands a closed record keeps for the papers (core/papers/band-conditions.ts, core/papers/proposed.ts): a record
// closed before they were kept reads as it did — no condition said, lists by score —, and one that keeps them lists a
// unit a sanction lowered under the higher band's units whatever its points, and says a band's condition only of the
// nominees graded into it.
import { describe, expect, it } from 'vitest';
import type { ClosedRound } from '../../core/run/closing.js';
import { councilMinutes } from '../../core/papers/minutes.js';
import { defaultPaperOptions } from '../../core/papers/index.js';
import { formsLostAtClosing, scoredUnit } from '../../core/papers/found-bands.js';
import { proposedForms } from '../../core/papers/proposed.js';
import { submissions } from '../../core/papers/submission.js';
import { closedFixture, paperText } from './closed-fixture.js';

const BANDS = [{ label: 'Xuất sắc', condition: 'Không có cá nhân bị kỷ luật trong năm' }, { label: 'Tốt' }, { label: 'Đạt' }, { label: 'Chưa đạt' }];

/** The example commune's round with Công an xã Ta Ma (95,94 %) lowered to «Đạt» by a sanction, as a record keeps it. */
function lowered(closed: ClosedRound): ClosedRound {
  const units = closed.record.units.map((u) => (u.unitName === 'Công an xã Ta Ma' ? { ...u, classification: 'Đạt', sanction: 'không xếp loại từ Tốt trở lên vì bị trừ điểm mục KL, chế tài của bảng' } : u));
  return { ...closed, record: { ...closed.record, units } };
}
const withBands = (closed: ClosedRound): ClosedRound => ({ ...closed, record: { ...closed.record, set: { ...closed.record.set, bands: BANDS } } });
const listed = (closed: ClosedRound, form: string) => proposedForms(closed.record, () => true).find((f) => f.id === form)!.collectives.map((u) => u.unitName);

describe('a record closed before the bands were kept', () => {
  const closed = closedFixture();
  it('has none, and its minutes say no condition and number the vote 3 as before', () => {
    expect(closed.record.set.bands).toBeUndefined();
    const text = paperText(councilMinutes(closed, defaultPaperOptions(closed)));
    expect(text).not.toContain('Điều kiện xếp loại');
    expect(text).toContain('3. Kết quả biểu quyết từng trường hợp');
  });

  it('lists by score, as it did', () => {
    expect(listed(lowered(closed), 'giay-khen-xa')).toEqual(['Công an xã Ta Ma', 'Bản Ta Ma']);
  });
});

describe('a record that keeps the bands', () => {
  const closed = withBands(closedFixture());
  it('lists a unit lowered by a sanction under the higher band, whatever its points', () => {
    expect(listed(lowered(closed), 'giay-khen-xa')).toEqual(['Bản Ta Ma', 'Công an xã Ta Ma']);
  });

  it('says the condition of «Xuất sắc» of its nominees graded into it, before the vote, and of no one else', () => {
    const text = paperText(councilMinutes(closed, defaultPaperOptions(closed)));
    const part = text.slice(text.indexOf('3. Điều kiện xếp loại ngoài điểm'), text.indexOf('4. Kết quả biểu quyết'));
    expect(part).toContain('- 6 trường hợp xếp loại «Xuất sắc» theo điểm; xếp loại «Xuất sắc» còn yêu cầu «Không có cá nhân bị kỷ luật trong năm»:');
    expect(part.split('\n').filter((l) => /^\d+ \|/.test(l)).map((l) => l.split(' | ')[1])).toEqual([
      'Đoàn Thanh niên xã Ta Ma',
      'Bản Hua Ca',
      'UBND xã Ta Ma',
      'Ủy ban MTTQ Việt Nam xã Ta Ma',
      'Công an xã Ta Ma',
      'Lò Văn Minh (công chức Văn hóa - Xã hội)',
    ]);
    expect(part).not.toContain('Bản Ta Ma |');
  });

  it('the submission to the province, which carries the minutes, says it of those it lists graded «Xuất sắc» by points', () => {
    const text = paperText(submissions(closed, defaultPaperOptions(closed))[0]!);
    expect(text).toContain(
      'Xếp loại «Xuất sắc» của Đoàn Thanh niên xã Ta Ma, Bản Hua Ca, UBND xã Ta Ma, Lò Văn Minh (công chức Văn hóa - Xã hội) là xếp loại theo điểm; xếp loại «Xuất sắc» còn yêu cầu «Không có cá nhân bị kỷ luật trong năm»: kết quả Hội đồng xem xét điều kiện này đối với từng trường hợp ghi tại biên bản họp Hội đồng kèm theo.',
    );
  });
});

describe('a province-sized record that keeps the bands', () => {
  it('finds each unit as scored once, not by walking the whole list for each (at closing, formsLostAtClosing)', () => {
    const closed = withBands(closedFixture());
    const units = Array.from({ length: 2000 }, (_, i) => ({ ...closed.record.units[i % closed.record.units.length]!, unitName: `Bản ${i + 1}` }));
    let reads = 0;
    const counted = new Proxy(units, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) });
    const lines = formsLostAtClosing({ ...closed, record: { ...closed.record, units: counted } });
    expect(reads).toBeLessThanOrEqual(2 * units.length);
    expect(lines).toEqual(formsLostAtClosing({ ...closed, record: { ...closed.record, units } }));
    // Each unit as listed in a copy of the record is the record's own (the first of that sheet, name and file).
    expect(scoredUnit(closed.record, { ...closed.record.units[3]! })).toBe(closed.record.units[3]);
    expect(scoredUnit(closed.record, { ...closed.record.units[3]!, file: 'khac.xlsx' })).toEqual({ ...closed.record.units[3]!, file: 'khac.xlsx' });
  });
});

// Made for: the meeting pack's record of bands (issue of 2026-11-28), read from records closed before and after it.
