// Thiếu thông tin đơn vị: no unit name, no or unknown unit kind (it decides which criteria apply), no date.
import type { CriteriaSet } from '../criteria/schema.js';
import { kindTyped } from '../scoring/set-plan.js';
import { cellText, formatDateVi } from '../values.js';
import { cellMessage, defineCheck, type FlagDraft } from './define.js';

/** The set's kinds as the flag lists them; a function, not a closure made for every report (issue 59). */
const kindsOf = (set: CriteriaSet) => set.subjectKinds.map((k) => k.label).join(', ');

export default defineCheck({
  id: 'missing-metadata',
  severity: 'error',
  title: 'Thiếu thông tin đơn vị',
  titleEn: 'Unit details missing',
  description: 'Thiếu Tên đơn vị, thiếu hoặc không nhận ra Loại đơn vị (quyết định tiêu chí nào áp dụng), thiếu Ngày nộp khi có hạn nộp.',
  run(ctx) {
    const { report, set } = ctx;
    const flags: FlagDraft[] = [];

    if (cellText(report.unitName?.raw) === '') {
      const cell = report.unitName?.address;
      flags.push({ severity: 'warning', message: cellMessage(cell, 'thiếu Tên đơn vị'), ...(cell ? { cell } : {}), details: { field: 'Tên đơn vị' } });
    }

    const kindText = cellText(report.unitKind?.raw);
    const kindCell = report.unitKind?.address;
    if (kindText === '') {
      flags.push({
        message: cellMessage(kindCell, `thiếu Loại đơn vị; các loại của bộ tiêu chí: ${kindsOf(set)}`),
        ...(kindCell ? { cell: kindCell } : {}),
        details: { field: 'Loại đơn vị', known: set.subjectKinds.map((k) => k.id) },
      });
    } else if (!kindTyped(set, kindText)) {
      flags.push({
        message: cellMessage(kindCell, `loại đơn vị "${kindText}" không có trong bộ tiêu chí; các loại: ${kindsOf(set)}`),
        ...(kindCell ? { cell: kindCell } : {}),
        details: { field: 'Loại đơn vị', stated: kindText, known: set.subjectKinds.map((k) => k.id) },
      });
    }

    const submitted = report.submittedAt;
    if (set.deadline && submitted?.value.kind !== 'date') {
      const typed = cellText(submitted?.raw);
      const text = typed === ''
        ? `thiếu Ngày nộp nên chưa kiểm tra được hạn nộp ${formatDateVi(set.deadline)}`
        : `Ngày nộp "${typed}" không đọc được thành ngày nên chưa kiểm tra được hạn nộp ${formatDateVi(set.deadline)}`;
      flags.push({
        severity: 'info',
        message: cellMessage(submitted?.address, text),
        ...(submitted ? { cell: submitted.address } : {}),
        details: { field: 'Ngày nộp', stated: typed, deadline: set.deadline },
      });
    }
    return flags;
  },
});

// Made for: reports without the unit's name, kind or date (the form's header block): the kind decides which criteria
// apply, so a missing one is said rather than guessed.
