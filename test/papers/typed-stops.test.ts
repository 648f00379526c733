// Titles are typed as sentences («… theo quy định.»): listed or closed by a paper's own sentence, their stop never
// doubles («quy định.;», «quy định..»), and what was typed is otherwise printed as it is.
import { describe, expect, it } from 'vitest';
import { defaultPaperOptions, papersOf } from '../../core/papers/index.js';
import { closedFixture, paperText } from './closed-fixture.js';

describe('papers over titles typed with their own full stop', () => {
  const closed = closedFixture();
  closed.record.set.legalBasis = { ...closed.record.set.legalBasis, title: `${closed.record.set.legalBasis.title}.` };
  for (const unit of closed.record.units) unit.achievements = unit.achievements.map((a) => `${a}.`);
  const texts = papersOf(closed, defaultPaperOptions(closed)).map((p) => [p.name, paperText(p)] as const);

  it('no paper prints a typed stop before its own', () => {
    expect(texts.length).toBeGreaterThan(5);
    for (const [name, text] of texts) expect(text.match(/.{0,40}(?<!\.)\.(?:[;,:]|\.(?!\.)).{0,10}/g), name).toBeNull();
  });

  it('every achievement is still listed whole', () => {
    const unit = closed.record.units.find((u) => u.achievements.length > 1)!;
    const report = texts.find(([, t]) => t.includes(unit.unitName) && t.includes('Hoàn thành đầy đủ'))![1];
    for (const a of unit.achievements) expect(report).toContain(a.slice(0, -1));
    expect(report).toContain(`${unit.achievements.map((a) => a.slice(0, -1)).join('; ')}.`);
  });
});

describe('a criterion whose title writes its scoring after its name', () => {
  it('is listed among the achievements by its name, the scoring left to the report’s table', () => {
    const closed = closedFixture();
    const unit = closed.record.units.find((u) => u.achievements.length > 1)!;
    unit.achievements = ['Tổ chức đủ số kỳ họp thường lệ theo luật định (mức đạt yêu cầu): 1,5đ; thiếu 01 kỳ họp: 0đ và bị trừ điểm tại nhóm IX.', 'Theo dõi, đôn đốc thực hiện kết luận sau giám sát Điểm = Tỷ lệ % × 6,0', 'Đạt: 2 điểm'];
    const texts = papersOf(closed, defaultPaperOptions(closed)).map(paperText);
    const listed = 'hoàn thành đầy đủ 3 tiêu chí: Tổ chức đủ số kỳ họp thường lệ theo luật định (mức đạt yêu cầu); Theo dõi, đôn đốc thực hiện kết luận sau giám sát; Đạt: 2 điểm';
    // Named in the unit's achievement report; the lists count them (completed.ts).
    expect(texts.filter((t) => t.toLowerCase().includes(listed.toLowerCase())).length).toBeGreaterThan(0);
    expect(texts.join('\n')).not.toContain('1,5đ; thiếu 01 kỳ họp');
  });
});

describe('a deduction row in the achievement report', () => {
  it('says what it took, or that nothing was taken: never «0/5» read as 0 of 5 scored', () => {
    const closed = closedFixture();
    const unit = closed.record.units.find((u) => (u.criteria?.length ?? 0) > 0)!;
    unit.criteria = [
      ...unit.criteria!,
      { code: 'IX.1', title: 'Nghị quyết bị bãi bỏ', points: 0, max: 5, reason: 'Không ghi → không trừ', kind: 'deduction' },
      { code: 'IX.3', title: 'Báo cáo chậm', points: -2, max: 5, reason: 'Trừ 2 điểm (tối đa 5)', kind: 'deduction' },
    ];
    const report = papersOf(closed, defaultPaperOptions(closed)).map(paperText).find((t) => t.includes(unit.unitName) && t.includes('Nghị quyết bị bãi bỏ'))!;
    expect(report).toContain('Nghị quyết bị bãi bỏ | Không ghi → không trừ | không bị trừ (tối đa trừ 5)');
    expect(report).toContain('Báo cáo chậm | Trừ 2 điểm (tối đa 5) | trừ 2 (tối đa 5)');
  });
});
