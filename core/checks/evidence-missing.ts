// Thiếu minh chứng: the criterion requires evidence (document number and date) and the cell is blank.
import { fieldAddress, pointsNumber } from '../scoring/classify.js';
import { cellText } from '../values.js';
import { blankReport } from './blank-report.js';
import { cellMessage, defineCheck } from './define.js';

export default defineCheck({
  id: 'evidence-missing',
  severity: 'warning',
  title: 'Thiếu minh chứng',
  titleEn: 'Evidence missing',
  description: 'Tiêu chí bắt buộc có minh chứng nhưng ô Minh chứng để trống.',
  canFlag: (set) => set.criteria.some((c) => c.evidenceRequired),
  looksAt: (criterion) => criterion.evidenceRequired,
  criterion(ctx, { criterion, row, reading }, flags) {
    // A template sent back blank is said once by blank-report, not at each of its rows.
    if (cellText(row.evidence?.raw) !== '' || blankReport(ctx)) return;
    // A row that claims no points has nothing to prove: a bonus or deduction left blank or at 0 (no prize, no
    // discipline); a criterion scored by hand that the unit scores at 0 or leaves blank (that is flagged as a missing
    // figure), with no verifier's points either (a verifier's 0 beside a unit's 10 is the question itself).
    if ((criterion.rule.kind === 'bonus' || criterion.rule.kind === 'deduction') && reading.kind === 'value' && reading.value === 0) return;
    const claimed = pointsNumber(row.selfScore);
    if (criterion.rule.kind === 'manual' && (claimed === undefined || claimed === 0) && (reading.kind === 'missing' || (reading.kind === 'value' && reading.value === 0))) return;
    const cell = fieldAddress(row, ctx.report.columns, 'evidence');
    const text = cell ? 'chưa có minh chứng, tiêu chí yêu cầu minh chứng' : 'báo cáo không có cột Minh chứng, tiêu chí yêu cầu minh chứng';
    flags.push({
      message: cellMessage(cell ?? row.code.address, text, criterion),
      cell: cell ?? row.code.address,
      criterion: criterion.code,
      details: { row: row.row },
    });
  },
});

// Made for: criteria whose plan asks for «Minh chứng» (document number and date, DOMAIN.md §3): a blank evidence
// cell is the council's first question, flagged before the meeting; not for a self-scored criterion at 0 (Công văn
// 5155's centres: 8 of 11 flags were on criteria scored 0 or left blank, with nothing to prove).
