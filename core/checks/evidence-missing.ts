// Thiếu minh chứng: the criterion requires evidence (document number and date) and the cell is blank.
import { fieldAddress } from '../scoring/classify.js';
import { cellText } from '../values.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

export default defineCheck({
  id: 'evidence-missing',
  severity: 'warning',
  title: 'Thiếu minh chứng',
  titleEn: 'Evidence missing',
  description: 'Tiêu chí bắt buộc có minh chứng nhưng ô Minh chứng để trống.',
  run(ctx) {
    const flags: FlagDraft[] = [];
    for (const { criterion, row, reading } of reportedCriteria(ctx)) {
      if (!criterion.evidenceRequired || cellText(row.evidence?.raw) !== '') continue;
      // A bonus or deduction row left blank or at 0 claims nothing (no prize, no discipline): there is nothing to prove.
      if ((criterion.rule.kind === 'bonus' || criterion.rule.kind === 'deduction') && reading.kind === 'value' && reading.value === 0) continue;
      const cell = fieldAddress(row, ctx.report.columns, 'evidence');
      const text = cell ? 'chưa có minh chứng, tiêu chí yêu cầu minh chứng' : 'báo cáo không có cột Minh chứng, tiêu chí yêu cầu minh chứng';
      flags.push({
        message: cellMessage(cell ?? row.code.address, text, criterion),
        cell: cell ?? row.code.address,
        criterion: criterion.code,
        details: { row: row.row },
      });
    }
    return flags;
  },
});

// Made for: criteria whose plan asks for «Minh chứng» (document number and date, DOMAIN.md §3): a blank evidence
// cell is the council's first question, flagged before the meeting.
