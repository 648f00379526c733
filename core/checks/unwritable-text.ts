// Ký tự không ghi được vào tệp: the unit's name or period, which thidua writes into page headers and papers, holds a
// character an Excel or Word file cannot carry (a Word line break U+000B pasted in, a U+FFFF), or the name is too long
// for a printed page header. Every writer replaces or cuts it (core/safe-text.ts); this says so, once, by the cell.
import { EXCEL_HEADER_FOOTER_MAX, forbiddenIn, xmlSafe } from '../safe-text.js';
import type { ReportCell } from '../sheet/cell.js';
import { cellText, formatNumberVi } from '../values.js';
import { cellMessage, defineCheck, type FlagDraft } from './define.js';

/** Characters a text takes in a page header: «&» is written twice. */
const headerLength = (text: string) => xmlSafe(text).replace(/&/g, '&&').length;

/** The characters of a field's text no file can hold, said at its cell; nothing when it holds none. */
function forbiddenSaid(flags: FlagDraft[], field: string, cell: ReportCell | undefined, text: string): void {
  const characters = forbiddenIn(text);
  if (characters.length === 0) return;
  flags.push({
    message: cellMessage(
      cell?.address,
      `${field} có ký tự ${characters.join(', ')} mà tệp Excel và Word không chứa được: ở đầu trang in và trong hồ sơ, dấu ngắt dòng được thay bằng dấu cách, ký tự khác được bỏ đi (trong ô vẫn giữ như đã gõ)`,
    ),
    ...(cell ? { cell: cell.address } : {}),
    details: { field, characters },
  });
}

export default defineCheck({
  id: 'unwritable-text',
  severity: 'info',
  title: 'Ký tự không ghi được vào tệp',
  titleEn: 'Text a file cannot hold',
  description:
    'Tên đơn vị hoặc Kỳ báo cáo có ký tự tệp Excel, Word không chứa được (như dấu ngắt dòng của Word dán vào), hoặc tên dài quá đầu trang in: ở đầu trang và trong hồ sơ, ký tự đó được thay hoặc bỏ, tên dài được cắt bằng «…»; trong ô vẫn giữ như đã gõ.',
  run({ report }) {
    const flags: FlagDraft[] = [];
    // Each field's text read once, for both tests; the two fields named in turn, not through a list of pairs made for every report.
    const name = cellText(report.unitName?.raw);
    const period = cellText(report.period?.raw);
    forbiddenSaid(flags, 'Tên đơn vị', report.unitName, name);
    forbiddenSaid(flags, 'Kỳ báo cáo', report.period, period);
    // A text never takes more than twice its length in a header (made safe it is no longer, each «&» is written twice):
    // most names are far below, measured without being made safe.
    const mayOverflow = 2 * (name.length + period.length) + '&L&R'.length > EXCEL_HEADER_FOOTER_MAX;
    // The scored copy's header: the name on the left, the period on the right (core/sheet/print-layout.ts, pageHeader).
    if (mayOverflow && headerLength(name) + headerLength(period) + '&L&R'.length > EXCEL_HEADER_FOOTER_MAX) {
      const cell = report.unitName?.address;
      flags.push({
        message: cellMessage(cell, `Tên đơn vị dài ${formatNumberVi(name.length)} ký tự: đầu trang in của bản chấm chỉ giữ phần đầu, cắt bằng «…» (Excel giữ tối đa ${EXCEL_HEADER_FOOTER_MAX} ký tự ở đầu trang)`),
        ...(cell ? { cell } : {}),
        details: { field: 'Tên đơn vị', length: name.length },
      });
    }
    return flags;
  },
});

// Made for issue 35 item 4: a Word line break or a U+FFFF in a unit's name made its scored copy, the template and the
// papers unopenable, and a 5,000-character name a page header Excel refuses; the writers now replace and cut, and the
// officer is told what was changed, never silently.
