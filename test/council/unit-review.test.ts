// A unit's returned «Rà soát» against the council's (core/run/unit-review.ts): only its answers to the flags the
// council asked it to explain, and has not decided again, are taken; a decision it shows never applies — what differs
// from the council's is said — and an answer the council did not ask for, or came after its second decision, is said
// and not recorded.
import { describe, expect, it } from 'vitest';
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import { unitsExplanations } from '../../core/run/unit-review.js';

const flag = (flagCode: string, cell: string) => ({ sheet: 'Bản A', unitName: 'Bản A', flagCode, cell });
const council = (flagCode: string, cell: string, decision: CouncilDecision['decision'], more: Partial<CouncilDecision> = {}): CouncilDecision => ({ ...flag(flagCode, cell), decision, reviewer: 'Lò Văn Thành', date: '2025-11-20', comment: '', ...more });
const answer = { text: 'Đã bổ sung minh chứng', by: 'Trưởng bản', date: '2025-11-24' };

describe("a unit's returned «Rà soát»", () => {
  const ours = [council('evidence-missing', 'J14', 'explain'), council('out-of-range', 'G16', 'reject'), council('late-submission', 'C9', 'explain', { explanation: { text: 'cũ', by: 'x', date: '' }, second: { decision: 'reject', reviewer: 'HĐ', date: '2025-11-22', comment: '' } })];

  it('gives its answer to the flag the council asked about, and nothing else', () => {
    const theirs = [
      { ...ours[0]!, explanation: answer }, // answered where asked
      { ...ours[1]!, decision: 'accept' as const, date: '2025-11-25' }, // «accepts» what the council rejected
      { ...ours[2]!, explanation: answer }, // answers after the council's second decision
      { ...council('ratio-mismatch', 'G15', 'accept'), explanation: answer }, // decides and answers a flag the council never reviewed
    ];
    const read = unitsExplanations({ decisions: ours, unread: [] }, { decisions: theirs, unread: [] });
    expect(read.review.decisions).toEqual([{ ...ours[0]!, explanation: answer }, ours[1], ours[2]]);
    expect(read.explained).toEqual([{ ...ours[0]!, explanation: answer }]);
    expect(read.said).toEqual([
      'cảnh báo «Số liệu ngoài phạm vi» ô G16 của Bản A: ghi quyết định «Chấp nhận», không áp — chỉ Hội đồng quyết định (tong-hop.xlsx); quyết định của Hội đồng: «Bác số liệu».',
      'cảnh báo «Nộp báo cáo muộn» ô C9 của Bản A: giải trình của đơn vị chưa được ghi nhận (Hội đồng đã quyết định lần 2).',
      'cảnh báo «Tỷ lệ không khớp tử số/mẫu số» ô G15 của Bản A: ghi quyết định «Chấp nhận», không áp — chỉ Hội đồng quyết định (tong-hop.xlsx); quyết định của Hội đồng: chưa quyết định.',
      'cảnh báo «Tỷ lệ không khớp tử số/mẫu số» ô G15 của Bản A: giải trình của đơn vị chưa được ghi nhận (Hội đồng chưa yêu cầu giải trình cảnh báo này).',
    ]);
  });

  it('takes an answer typed under a decision word it cannot read, and says one whose date it cannot read', () => {
    const held = (date: string): UnreadDecision => ({
      ...flag('evidence-missing', 'J14'),
      first: { decision: 'xem sau', reviewer: '', date: '', comment: '', notes: [{ column: 'decision', text: 'Chưa hiểu' }] },
      explanation: { decision: '', reviewer: 'Trưởng bản', date, comment: 'Đã bổ sung minh chứng', notes: date === '24/11/2025' ? [] : [{ column: 'date', text: 'Chưa hiểu ngày' }] },
    });
    const taken = unitsExplanations({ decisions: [ours[0]!], unread: [] }, { decisions: [], unread: [held('24/11/2025')] });
    expect(taken.review.decisions).toEqual([{ ...ours[0]!, explanation: answer }]);
    expect(taken.said).toEqual([]);
    const unread = unitsExplanations({ decisions: [ours[0]!], unread: [] }, { decisions: [], unread: [held('32/13/2025')] });
    expect(unread.review.decisions).toEqual([ours[0]]);
    expect(unread.said).toEqual(['cảnh báo «Thiếu minh chứng» ô J14 của Bản A: giải trình của đơn vị có ngày không đọc được, chưa ghi nhận.']);
  });
});
