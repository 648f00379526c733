// The vote's meeting dated before the day the closed result was scored is a doubt said on closing and before the
// papers (the DTI part 6 walk: a meeting typed 12/01/2026 on a result scored 29/11/2026 passed without a word).
import { describe, expect, it } from 'vitest';
import { meetingBeforeScoring } from '../../core/run/meeting-before-scoring.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { papersCheck } from '../../core/papers/index.js';
import { closedFixture } from '../papers/closed-fixture.js';
import { formatDateVi } from '../../core/values.js';

describe('a meeting dated before the scoring day', () => {
  it('is said naming «Biểu quyết» and its cell, on the scoring day or after it nothing', () => {
    const closed = closedFixture();
    const meeting = closed.votes!.meeting.date;
    closed.record.scoredOn = meeting;
    expect(meetingBeforeScoring(closed, COUNCIL_SHEET_NAMES)).toEqual([]);
    closed.record.scoredOn = '2099-01-02';
    const [line] = meetingBeforeScoring(closed, COUNCIL_SHEET_NAMES);
    expect(line).toMatch(new RegExp(`^Trang «Biểu quyết», ô B3 \\(«Ngày họp»\\): cuộc họp biểu quyết ghi ngày ${formatDateVi(meeting)}, trước ngày chấm điểm 02/01/2099 của kết quả đã chốt`));
    expect(papersCheck(closed).warnings).toContain(line);
  });
});
